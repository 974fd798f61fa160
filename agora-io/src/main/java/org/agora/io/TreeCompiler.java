package org.agora.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.agora.core.ExactValues;
import org.agora.core.Game;
import org.agora.core.GameType;
import org.agora.core.Rational;
import org.agora.core.State;
import org.agora.core.transform.TurnBasedGame;

/**
 * Enumerates a finite {@link Game} through its {@link State}s into an {@link ExplicitTree}.
 *
 * <p>Games with simultaneous nodes are viewed through {@link TurnBasedGame} (players choose in
 * turn without seeing the others' choices). Exact values come from the game's {@link ExactValues} ability,
 * read at the state (or, for a turn-based view, at the wrapped game's state, rebuilt by replaying the
 * history) where the game offers it; otherwise a double {@code x} becomes {@link Rational#of(double)}, the exact binary
 * value of {@code x}. Because such chance probabilities rarely sum to exactly 1, the largest
 * probability of a node is then replaced by one minus the others (a change below 1e-9, else the
 * game is rejected).
 *
 * <p>A player's information sets are the distinct {@link State#informationStateKey(int)} values
 * at the player's decision nodes, numbered per player in first-seen (depth-first) order and named
 * by the key; their actions are labelled by {@link State#actionToString(int, int)}. Each chance
 * node gets its own chance information set. Every terminal node gets its own outcome holding its
 * returns.
 */
final class TreeCompiler {

  private static final double PROBABILITY_TOLERANCE = 1e-9;

  private final Game game;
  private final Game exactSource;
  /** Exact values of the game whose states {@link #exactView} returns, or null. */
  private final ExactValues exactValues;
  private final long nodeLimit;
  private final TreeBuilder builder;
  private final List<Map<String, Integer>> infosetsByKey = new ArrayList<>();
  private final Map<Integer, int[]> legalByInfoset = new HashMap<>();
  private final int[] infosetCountByPlayer;
  private final int width;
  private int chanceInfosets;

  private TreeCompiler(Game game, Game exactSource, long nodeLimit) {
    this.game = game;
    this.exactSource = exactSource;
    this.exactValues = (exactSource == null ? game : exactSource).ability(ExactValues.class).orElse(null);
    this.nodeLimit = nodeLimit;
    this.builder = new TreeBuilder(game.playerCount());
    this.infosetCountByPlayer = new int[game.playerCount()];
    for (int p = 0; p < game.playerCount(); p++) {
      infosetsByKey.add(new HashMap<>());
    }
    this.width = Math.max(1, Math.max(game.actionCount(), game.maxChanceOutcomes()));
  }

  /**
   * Compiles {@code game}.
   *
   * @throws IllegalArgumentException if the tree has more than {@code nodeLimit} nodes, the game is
   *     a mean-field game or has sampled chance, or its information-state keys are inconsistent
   */
  static ExplicitTree compile(Game game, long nodeLimit) {
    GameType type = game.type();
    if (type.dynamics() == GameType.Dynamics.MEAN_FIELD) {
      throw new IllegalArgumentException(game.name() + " is a mean-field game, which has no finite game tree");
    }
    if (type.chance() == GameType.Chance.SAMPLED) {
      throw new IllegalArgumentException(game.name() + " has sampled chance; a game tree needs explicit chance probabilities");
    }
    Game walked = game;
    Game exactSource = null;
    if (type.dynamics() == GameType.Dynamics.SIMULTANEOUS) {
      walked = new TurnBasedGame(game);
      exactSource = game;
    } else if (game instanceof TurnBasedGame turnBased) {
      exactSource = turnBased.inner();
    }
    TreeCompiler compiler = new TreeCompiler(walked, exactSource, nodeLimit);
    compiler.visit(walked.newInitialState(), -1, 0);
    String[] names = new String[game.playerCount()];
    for (int p = 0; p < names.length; p++) {
      names[p] = game.playerName(p);
    }
    String title = game instanceof EfgGame efg ? efg.title() : game.name();
    return compiler.builder.build(title, "", names);
  }

  private void visit(State state, int parent, int slot) {
    if (builder.nodeCount() >= nodeLimit) {
      throw new IllegalArgumentException("the game tree of " + game.name() + " has more than " + nodeLimit + " nodes");
    }
    if (state.isTerminal()) {
      int players = game.playerCount();
      Rational[] payoffs = new Rational[players];
      State exact = exactView(state);
      for (int p = 0; p < players; p++) {
        payoffs[p] = exactValues != null ? exactValues.exactReturn(exact, p) : Rational.of(exact.returns(p));
      }
      int outcome = builder.addOutcome(builder.outcomeCount() + 1, "", payoffs);
      builder.addNode(parent, slot, ExplicitTree.TERMINAL, -1, -1, "", outcome);
      return;
    }
    int[] moves = new int[width];
    int count;
    int node;
    if (state.isChanceNode()) {
      double[] values = new double[width];
      count = state.chanceOutcomes(moves, values);
      Rational[] probabilities = chanceProbabilities(state, count, values);
      String[] labels = new String[count];
      for (int i = 0; i < count; i++) {
        labels[i] = state.chanceOutcomeToString(moves[i]);
      }
      int infoset = builder.addInfoset(-1, ++chanceInfosets, "", labels, probabilities);
      node = builder.addNode(parent, slot, ExplicitTree.CHANCE, -1, infoset, "", -1);
    } else if (state.isDecisionNode()) {
      int player = state.currentPlayer();
      count = state.legalActions(player, moves);
      if (count == 0) {
        throw new IllegalArgumentException(game.name() + ": player " + player + " has no legal action at " + state);
      }
      int infoset = infoset(state, player, Arrays.copyOf(moves, count));
      node = builder.addNode(parent, slot, ExplicitTree.DECISION, player, infoset, "", -1);
    } else {
      throw new IllegalArgumentException(game.name() + ": unexpected simultaneous node in a sequential game at " + state);
    }
    for (int i = 0; i < count; i++) {
      State child = state.copy();
      child.apply(moves[i]);
      visit(child, node, i);
    }
  }

  private int infoset(State state, int player, int[] legal) {
    String key = state.informationStateKey(player);
    Integer known = infosetsByKey.get(player).get(key);
    if (known != null) {
      if (!Arrays.equals(legalByInfoset.get(known), legal)) {
        throw new IllegalArgumentException(game.name() + ": information state '" + key + "' of player " + player
            + " has legal actions " + Arrays.toString(legalByInfoset.get(known)) + " at one node and "
            + Arrays.toString(legal) + " at " + state);
      }
      return known;
    }
    String[] labels = new String[legal.length];
    for (int i = 0; i < legal.length; i++) {
      labels[i] = state.actionToString(player, legal[i]);
    }
    int id = builder.addInfoset(player, ++infosetCountByPlayer[player], key, labels, null);
    infosetsByKey.get(player).put(key, id);
    legalByInfoset.put(id, legal);
    return id;
  }

  private Rational[] chanceProbabilities(State state, int count, double[] values) {
    State exact = exactView(state);
    Rational[] probabilities = new Rational[count];
    if (exactValues != null) {
      int[] outcomes = new int[width];
      exactValues.exactChanceOutcomes(exact, outcomes, probabilities);
      return probabilities;
    }
    int largest = 0;
    Rational sum = Rational.ZERO;
    for (int i = 0; i < count; i++) {
      probabilities[i] = Rational.of(values[i]);
      sum = sum.add(probabilities[i]);
      if (values[i] > values[largest]) {
        largest = i;
      }
    }
    Rational residue = Rational.ONE.subtract(sum);
    if (Math.abs(residue.doubleValue()) > PROBABILITY_TOLERANCE) {
      throw new IllegalArgumentException(game.name() + ": chance probabilities sum to " + sum.doubleValue()
          + " instead of 1 at " + state);
    }
    probabilities[largest] = probabilities[largest].add(residue);
    return probabilities;
  }

  /** The state holding exact values: the state itself, or the wrapped game's state rebuilt from the history. */
  private State exactView(State state) {
    if (exactSource == null) {
      return state;
    }
    State inner = exactSource.newInitialState();
    int[] history = state.history();
    int players = exactSource.playerCount();
    int index = 0;
    while (index < history.length) {
      if (inner.isSimultaneousNode()) {
        inner.apply(Arrays.copyOfRange(history, index, index + players));
        index += players;
      } else {
        inner.apply(history[index++]);
      }
    }
    return inner;
  }
}

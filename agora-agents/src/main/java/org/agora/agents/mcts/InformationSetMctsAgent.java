package org.agora.agents.mcts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.agora.agents.search.Evaluator;
import org.agora.core.Game;
import org.agora.core.State;
import org.agora.core.StateAgent;
import org.agora.core.Turn;

/**
 * Single-observer information-set Monte-Carlo tree search (Cowling, Powley and Whitehouse,
 * "Information Set Monte Carlo Tree Search", IEEE Transactions on Computational Intelligence and AI
 * in Games 4(2), 2012) for sequential games of imperfect information with any number of players.
 *
 * <p>Each simulation first draws a determinization, a full state consistent with the agent's current
 * information state, from a {@link HistorySampler}, then descends it: chance moves are sampled, and
 * at a decision node the acting player's node is the one keyed by that player's information-state
 * key, where the player picks an untried legal action (in legal-action order) or else the action
 * maximizing {@code mean + c * sqrt(ln N / n)} of their own returns, rescaled to [0, 1] by the game's
 * utility range. The first decision node not in the tree is added, the rest of the game is scored by
 * the {@link Evaluator} (one random rollout by default), and each node on the path adds the acting
 * player's return to the chosen action's statistics. The move played is the root action visited most
 * (ties: lower action id).
 *
 * <p>Departures from the paper: nodes are identified by the acting player's information-state key
 * rather than by the observer's view of the move sequence, so an opponent's statistics pool all
 * determinizations that opponent cannot tell apart (legal actions agree within such a node, so plain
 * visit counts replace the paper's availability counts); the tree is rebuilt at every move; the
 * determinization distribution is the sampler's (chance probabilities, opponents uniform).
 *
 * <p>Complexity per move: O(simulations * (game length * (key cost + branching) + rollout length))
 * time and O(simulations * action count) memory, plus the sampler's one-time enumeration. Not
 * thread-safe.
 */
public final class InformationSetMctsAgent implements StateAgent {

  private final int player;
  private final int simulations;
  private final double exploration;
  private final Evaluator evaluator;
  private final RandomGenerator random;
  private final HistorySampler sampler;
  private final int actionCount;
  private final double minimum;
  private final double scale;
  private final int[] legal;
  private final double[] values;
  private final List<Map<String, Integer>> nodesByPlayer = new ArrayList<>();
  private int[] nodeVisits = new int[256];
  private int[] actionVisits;
  private double[] actionSums;
  private int nodeCount;
  private int[] pathNode = new int[16];
  private int[] pathAction = new int[16];
  private int[] pathPlayer = new int[16];

  /**
   * @param simulations simulations (determinizations) per move, at least 1
   * @param exploration the UCB constant c, at least 0
   * @param sampler draws determinizations for {@code player}
   * @param random the only source of randomness of the search
   */
  public InformationSetMctsAgent(Game game, int player, int simulations, double exploration, Evaluator evaluator,
      RandomGenerator random, HistorySampler sampler) {
    MctsAgent.requireSupported(game, "ismcts");
    if (simulations < 1) {
      throw new IllegalArgumentException("simulations must be >= 1, got " + simulations);
    }
    if (!(exploration >= 0.0) || Double.isInfinite(exploration)) {
      throw new IllegalArgumentException("exploration constant must be finite and >= 0, got " + exploration);
    }
    this.player = player;
    this.simulations = simulations;
    this.exploration = exploration;
    this.evaluator = evaluator;
    this.random = random;
    this.sampler = sampler;
    this.actionCount = Math.max(1, game.actionCount());
    this.minimum = game.minUtility();
    double range = game.maxUtility() - game.minUtility();
    this.scale = range > 0 && Double.isFinite(range) ? 1.0 / range : 1.0;
    this.legal = new int[Math.max(actionCount, game.maxChanceOutcomes())];
    this.values = new double[game.playerCount()];
    for (int p = 0; p < game.playerCount(); p++) {
      nodesByPlayer.add(new HashMap<>());
    }
    this.actionVisits = new int[nodeVisits.length * actionCount];
    this.actionSums = new double[nodeVisits.length * actionCount];
  }

  @Override
  public int player() {
    return player;
  }

  @Override
  public int step(State state) {
    if (!state.isDecisionNode() || state.currentPlayer() != player) {
      throw new IllegalStateException("ismcts plays player " + player + " but the turn is " + state.turn());
    }
    int count = state.legalActions(legal);
    if (count == 1) {
      return legal[0];
    }
    String key = state.informationStateKey(player);
    for (Map<String, Integer> nodes : nodesByPlayer) {
      nodes.clear();
    }
    nodeCount = 0;
    for (int s = 0; s < simulations; s++) {
      simulate(sampler.sample(key, random));
    }
    int root = nodesByPlayer.get(player).get(key);
    count = state.legalActions(legal);
    int best = legal[0];
    for (int i = 1; i < count; i++) {
      if (actionVisits[root * actionCount + legal[i]] > actionVisits[root * actionCount + best]) {
        best = legal[i];
      }
    }
    return best;
  }

  private void simulate(State state) {
    int length = 0;
    while (true) {
      Turn turn = state.turn();
      if (turn == Turn.TERMINAL) {
        terminalValues(state);
        break;
      }
      if (turn == Turn.CHANCE) {
        state.apply(state.sampleChanceOutcome(random));
        continue;
      }
      int mover = state.currentPlayer();
      String key = state.informationStateKey(mover);
      Integer existing = nodesByPlayer.get(mover).get(key);
      int node = existing != null ? existing : newNode(mover, key);
      int count = state.legalActions(legal);
      int action = select(node, count);
      if (length == pathNode.length) {
        pathNode = Arrays.copyOf(pathNode, 2 * length);
        pathAction = Arrays.copyOf(pathAction, 2 * length);
        pathPlayer = Arrays.copyOf(pathPlayer, 2 * length);
      }
      pathNode[length] = node;
      pathAction[length] = action;
      pathPlayer[length] = mover;
      length++;
      state.apply(action);
      if (existing == null) {
        if (state.isTerminal()) {
          terminalValues(state);
        } else {
          evaluator.evaluate(state, random, values);
        }
        break;
      }
    }
    for (int i = 0; i < length; i++) {
      int slot = pathNode[i] * actionCount + pathAction[i];
      nodeVisits[pathNode[i]]++;
      actionVisits[slot]++;
      actionSums[slot] += values[pathPlayer[i]];
    }
  }

  private void terminalValues(State state) {
    for (int p = 0; p < values.length; p++) {
      values[p] = state.returns(p);
    }
  }

  private int select(int node, int count) {
    double logVisits = Math.log(Math.max(1, nodeVisits[node]));
    int best = legal[0];
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < count; i++) {
      int slot = node * actionCount + legal[i];
      int n = actionVisits[slot];
      if (n == 0) {
        return legal[i];
      }
      double score = (actionSums[slot] / n - minimum) * scale + exploration * Math.sqrt(logVisits / n);
      if (score > bestScore) {
        bestScore = score;
        best = legal[i];
      }
    }
    return best;
  }

  private int newNode(int mover, String key) {
    if (nodeCount == nodeVisits.length) {
      int capacity = 2 * nodeCount;
      nodeVisits = Arrays.copyOf(nodeVisits, capacity);
      actionVisits = Arrays.copyOf(actionVisits, capacity * actionCount);
      actionSums = Arrays.copyOf(actionSums, capacity * actionCount);
    }
    int node = nodeCount++;
    nodeVisits[node] = 0;
    Arrays.fill(actionVisits, node * actionCount, (node + 1) * actionCount, 0);
    Arrays.fill(actionSums, node * actionCount, (node + 1) * actionCount, 0.0);
    nodesByPlayer.get(mover).put(key, node);
    return node;
  }
}

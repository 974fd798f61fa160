package org.agora.agents.search;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.agora.core.Game;
import org.agora.core.GameSpecException;
import org.agora.core.GameType;
import org.agora.core.State;
import org.agora.core.Turn;

/**
 * Minimax search with alpha-beta pruning (Knuth and Moore, "An Analysis of Alpha-Beta Pruning",
 * Artificial Intelligence 6(4), 1975) for two-player zero-sum sequential games of perfect
 * information. Chance nodes, where present, are expectimax nodes: their value is the
 * probability-weighted mean of their children (Michie, "Game-playing and game-learning automata",
 * 1966), each child searched with a full window, so pruning never crosses a chance node.
 *
 * <p>Values are player 0's returns: player 0 maximizes, player 1 minimizes. With a depth limit, a
 * non-terminal state at the limit is scored by an {@link Evaluator}; without one the search solves
 * the position exactly.
 *
 * <p>Move ordering: children that end the game come first, best for the mover first (so a win in
 * one is always found and preferred), then the rest by the history heuristic (Schaeffer, "The
 * History Heuristic and Alpha-Beta Search Enhancements in Practice", IEEE TPAMI 11(11), 1989): a
 * per-player, per-action score raised whenever that action causes a cutoff. At the root the first
 * child reaching the best value is chosen, so ties go to the earlier child in this order.
 *
 * <p>Node budget: a search may be given a budget of nodes per {@link #search}. It first searches to
 * its depth limit as above; if that search would visit more nodes than the budget it is abandoned,
 * and the search deepens iteratively instead (Slate and Atkin, "CHESS 4.5 — The Northwestern
 * University Chess Program", in <i>Chess Skill in Man and Machine</i>, Springer, 1977): depth 1, 2,
 * ... with the evaluator at the horizon, within a second budget of the same size, returning the move
 * of the deepest iteration that finished (depth 1 always finishes). So a position small enough is
 * still searched exactly, with the same move as without a budget, and any position costs at most
 * about twice the budget, plus one ply. Counting nodes rather than time keeps the moves a function of
 * the position and the seed. The history table is kept across iterations, so earlier iterations
 * order the moves of later ones.
 *
 * <p>Complexity: O(b^d) time in the worst case and O(b^(d/2)) with perfect ordering, for branching
 * factor b and depth d; memory O(b * d) states (the children of each node on the current path).
 * There is no transposition table: {@link State} offers no hash or equality, and the history is not
 * a transposition-sound key, so transposed positions are searched again. Not thread-safe.
 */
public final class AlphaBetaSearch {

  /** Depth limit meaning "search to the end of the game", and node budget meaning "no budget". */
  public static final int UNLIMITED = Integer.MAX_VALUE;

  /**
   * The outcome of a search.
   *
   * @param action the best action of the player to move (-1 at chance nodes)
   * @param value the minimax (expectimax) value for player 0
   * @param nodes nodes visited by this search (by every attempt, when a budget cut one short)
   * @param depth the depth limit of the search that chose the action: the search's own limit
   *     ({@link #UNLIMITED} for an exact search), or the deepest iteration that fitted the budget
   */
  public record Result(int action, double value, long nodes, int depth) {}

  /** Thrown inside a search when it passes its node budget; carries no stack trace. */
  private static final class BudgetExhausted extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final BudgetExhausted INSTANCE = new BudgetExhausted();

    private BudgetExhausted() {
      super("node budget exhausted", null, false, false);
    }
  }

  private final int depthLimit;
  private final long nodeBudget;
  private final Evaluator evaluator;
  private final RandomGenerator random;
  private final double[] values;
  private final int width;
  private final double[][] history;
  private final List<Ply> plies = new ArrayList<>();
  private long nodes;
  /** The node count past which the current attempt is abandoned. */
  private long nodeCeiling;
  /** True when the current attempt scored some state at its depth limit (so it was not exact). */
  private boolean reachedHorizon;
  private int rootAction;

  /** Per-depth scratch: moves, chance probabilities, child states and ordering. */
  private static final class Ply {
    final int[] moves;
    final double[] probabilities;
    final State[] children;
    final double[] scores;
    final int[] order;

    Ply(int width) {
      moves = new int[width];
      probabilities = new double[width];
      children = new State[width];
      scores = new double[width];
      order = new int[width];
    }
  }

  /**
   * @param depthLimit plies to search (chance moves count), at least 1, or {@link #UNLIMITED}
   * @param evaluator scores non-terminal states at the depth limit by player 0's entry (unused when
   *     unlimited); it may advance the state it is given, which the search does not use afterwards
   * @param random the generator the evaluator draws from (unused when unlimited)
   * @throws GameSpecException if the game is not a two-player zero-sum sequential game of perfect
   *     information with no or explicit chance
   */
  public AlphaBetaSearch(Game game, int depthLimit, Evaluator evaluator, RandomGenerator random) {
    this(game, depthLimit, UNLIMITED, evaluator, random);
  }

  /**
   * A search with a node budget per {@link #search} (see the class comment).
   *
   * @param depthLimit plies to search (chance moves count), at least 1, or {@link #UNLIMITED}
   * @param nodeBudget nodes one attempt may visit, at least 1, or {@link #UNLIMITED} for no budget
   * @param evaluator scores non-terminal states at a depth limit (needed unless both limits are
   *     unlimited)
   * @param random the generator the evaluator draws from
   * @throws GameSpecException if the game is not a two-player zero-sum sequential game of perfect
   *     information with no or explicit chance
   */
  public AlphaBetaSearch(Game game, int depthLimit, long nodeBudget, Evaluator evaluator, RandomGenerator random) {
    requireSupported(game, "alpha-beta search");
    if (depthLimit < 1) {
      throw new IllegalArgumentException("depth limit must be >= 1, got " + depthLimit);
    }
    if (nodeBudget < 1) {
      throw new IllegalArgumentException("node budget must be >= 1, got " + nodeBudget);
    }
    if ((depthLimit != UNLIMITED || nodeBudget != UNLIMITED) && (evaluator == null || random == null)) {
      throw new IllegalArgumentException("a depth-limited or budgeted search needs an evaluator and a random generator");
    }
    this.depthLimit = depthLimit;
    this.nodeBudget = nodeBudget;
    this.evaluator = evaluator;
    this.random = random;
    this.values = new double[game.playerCount()];
    this.width = Math.max(1, Math.max(game.actionCount(), game.maxChanceOutcomes()));
    this.history = new double[2][game.actionCount()];
  }

  /**
   * Checks that {@code game} is something minimax can search.
   *
   * @param who the name used in the message, e.g. {@code alphabeta}
   * @throws GameSpecException naming the game and what is required
   */
  public static void requireSupported(Game game, String who) {
    GameType type = game.type();
    String problem = null;
    if (game.playerCount() != 2) {
      problem = "has " + game.playerCount() + " players";
    } else if (type.utility() != GameType.Utility.ZERO_SUM) {
      problem = "is " + type.utility().name().toLowerCase().replace('_', '-');
    } else if (type.information() != GameType.Information.PERFECT) {
      problem = "has imperfect information";
    } else if (type.dynamics() != GameType.Dynamics.SEQUENTIAL) {
      problem = "is " + type.dynamics().name().toLowerCase().replace('_', '-');
    } else if (type.chance() == GameType.Chance.SAMPLED) {
      problem = "has sampled chance";
    }
    if (problem != null) {
      throw new GameSpecException(who + " cannot play " + game.name() + ": it " + problem
          + "; it needs a 2-player zero-sum sequential game of perfect information (no or explicit chance)");
    }
  }

  /** An exact search (no depth limit, so no evaluator) of {@code game}. */
  public static AlphaBetaSearch exact(Game game) {
    return new AlphaBetaSearch(game, UNLIMITED, null, null);
  }

  /**
   * Searches {@code state} (not modified) and returns the best move and the value: to the depth
   * limit, or, when that passes the node budget, to the deepest depth that fits it.
   */
  public Result search(State state) {
    nodes = 0;
    nodeCeiling = nodeBudget == UNLIMITED ? Long.MAX_VALUE : nodeBudget;
    try {
      double value = attempt(state, depthLimit);
      return new Result(rootAction, value, nodes, depthLimit);
    } catch (BudgetExhausted exhausted) {
      return deepenIteratively(state);
    }
  }

  /**
   * Iterative deepening from depth 1 below the depth limit, within a fresh budget; the first
   * iteration always finishes.
   */
  private Result deepenIteratively(State state) {
    int bestAction = -1;
    double bestValue = Double.NaN;
    int bestDepth = 0;
    long spent = nodes;
    nodes = 0;
    for (int depth = 1; depth == 1 || depth < depthLimit; depth++) {
      nodeCeiling = depth == 1 ? Long.MAX_VALUE : nodeBudget;
      double value;
      try {
        value = attempt(state, depth);
      } catch (BudgetExhausted exhausted) {
        break;
      }
      bestAction = rootAction;
      bestValue = value;
      bestDepth = depth;
      if (!reachedHorizon) {
        bestDepth = UNLIMITED;
        break;
      }
    }
    return new Result(bestAction, bestValue, spent + nodes, bestDepth);
  }

  /** One search to {@code depth}; throws {@link BudgetExhausted} past the node ceiling. */
  private double attempt(State state, int depth) {
    rootAction = -1;
    reachedHorizon = false;
    return alphaBeta(state, 0, depth, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
  }

  /** The value of {@code state} for player 0. */
  public double value(State state) {
    return search(state).value();
  }

  private Ply ply(int depth) {
    while (plies.size() <= depth) {
      plies.add(new Ply(width));
    }
    return plies.get(depth);
  }

  private double alphaBeta(State state, int depth, int remaining, double alpha, double beta) {
    if (++nodes > nodeCeiling) {
      throw BudgetExhausted.INSTANCE;
    }
    Turn turn = state.turn();
    if (turn == Turn.TERMINAL) {
      return state.returns(0);
    }
    if (remaining == 0) {
      reachedHorizon = true;
      // The state is a child the search never reads again, so the evaluator may advance it.
      evaluator.evaluate(state, random, values);
      return values[0];
    }
    int next = remaining == UNLIMITED ? UNLIMITED : remaining - 1;
    Ply ply = ply(depth);
    if (turn == Turn.CHANCE) {
      int count = state.chanceOutcomes(ply.moves, ply.probabilities);
      double expected = 0.0;
      for (int i = 0; i < count; i++) {
        State child = state.copy();
        child.apply(ply.moves[i]);
        expected += ply.probabilities[i]
            * alphaBeta(child, depth + 1, next, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
      }
      return expected;
    }
    int player = state.currentPlayer();
    boolean maximizing = player == 0;
    int count = order(state, player, ply);
    double best = maximizing ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    int bestAction = -1;
    for (int k = 0; k < count; k++) {
      int i = ply.order[k];
      State child = ply.children[i];
      ply.children[i] = null;
      double value = alphaBeta(child, depth + 1, next, alpha, beta);
      if (maximizing ? value > best : value < best) {
        best = value;
        bestAction = ply.moves[i];
      }
      if (maximizing) {
        alpha = Math.max(alpha, best);
      } else {
        beta = Math.min(beta, best);
      }
      if (alpha >= beta) {
        history[player][ply.moves[i]] += next == UNLIMITED ? 1.0 : (double) remaining * remaining;
        for (int rest = k + 1; rest < count; rest++) {
          ply.children[ply.order[rest]] = null;
        }
        break;
      }
    }
    if (depth == 0) {
      rootAction = bestAction;
    }
    return best;
  }

  /** Expands the children of a decision node into {@code ply} and sorts them; returns the count. */
  private int order(State state, int player, Ply ply) {
    int count = state.legalActions(ply.moves);
    for (int i = 0; i < count; i++) {
      State child = state.copy();
      child.apply(ply.moves[i]);
      ply.children[i] = child;
      // Won and drawn terminal children first (best for the mover first), then the others by
      // history score (>= 0), lost terminal children last.
      ply.scores[i] = child.isTerminal()
          ? 1e15 * Math.signum(child.returns(player)) + (child.returns(player) == 0.0 ? 1e14 : child.returns(player))
          : history[player][ply.moves[i]];
      ply.order[i] = i;
    }
    for (int i = 1; i < count; i++) {
      int current = ply.order[i];
      int j = i - 1;
      while (j >= 0 && ply.scores[ply.order[j]] < ply.scores[current]) {
        ply.order[j + 1] = ply.order[j];
        j--;
      }
      ply.order[j + 1] = current;
    }
    return count;
  }
}

package org.agora.agents.mcts;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.agora.agents.search.Evaluator;
import org.agora.core.Game;
import org.agora.core.GameSpecException;
import org.agora.core.GameType;
import org.agora.core.State;
import org.agora.core.StateAgent;
import org.agora.core.Turn;

/**
 * Monte-Carlo tree search with the UCT selection rule (Kocsis and Szepesvári, "Bandit based
 * Monte-Carlo Planning", ECML 2006) for games with any number of players, chance and simultaneous
 * moves.
 *
 * <p>Each move runs a fixed number of simulations from the current state. A simulation descends the
 * tree: at a decision node of player p it takes an unvisited child if there is one (in legal-action
 * order), otherwise the child maximizing {@code mean_p + c * sqrt(ln N / n)}, where {@code mean_p} is
 * player p's mean return through that child rescaled to [0, 1] by the game's utility range, N the
 * node's visits and n the child's; at a chance node it samples the outcome with its probability
 * (chance is sampled in the tree). The first node not visited before is evaluated by the
 * {@link Evaluator} (by default one random rollout), and every node on the path adds each player's
 * value to its per-player sums, so each player maximizes their own return and general-sum and
 * n-player games are handled (as in max^n). The move played is the most visited child of the root
 * (ties: higher mean for the agent, then lower action id).
 *
 * <p>Implementation: the tree lives in flat arrays (first child, child count, move, visits, and
 * {@code node * players + p} value sums) reused from move to move; a node's children are created
 * together when it is first passed through. A simulation copies the root state once and advances the
 * copy in place, so its only allocations are that copy and whatever the game's own moves allocate.
 *
 * <p>Optional MCTS-Solver ({@code solve}; Winands, Björnsson and Saito, "Monte-Carlo Tree Search
 * Solver", Computers and Games 2008), for two-player zero-sum games without chance: a terminal node
 * is proven with its return; a decision node is proven when one child is proven to give its mover
 * the game's maximum utility, or when all children are proven (with the best of them for the mover).
 * Selection takes a proven win at once, never enters a child proven worse than an unproven or
 * better proven sibling, and scores proven children by their exact value; the search stops early
 * once the root is proven, and the move played is a best proven child when the root is proven.
 * Simulation values are still averaged as in plain UCT (the paper's backing up of proven values as
 * infinities is not used).
 *
 * <p>Complexity per move: O(simulations * (depth * branching + rollout length)) time, and
 * O(simulations * branching) tree nodes. Departures from the paper: the tree is rebuilt at every
 * move; values are rescaled to [0, 1] so that the default {@code c = sqrt(2)} suits any game.
 * Not thread-safe.
 *
 * <p>Simultaneous moves use simultaneous-move MCTS with regret matching ({@link SimultaneousNodes}):
 * at a simultaneous node each player samples its own action from regret matching on its own
 * importance-sampled regrets (with 10% uniform exploration), and the node's children are the joint
 * actions; at a simultaneous root the agent samples its move from its average strategy there, which
 * is mixed where the game calls for it (rock-paper-scissors).
 */
public final class MctsAgent implements StateAgent {

  private static final int NOT_EXPANDED = -1;

  private final int player;
  private final int players;
  private final int simulations;
  private final double exploration;
  private final Evaluator evaluator;
  private final RandomGenerator random;
  private final double minimum;
  private final double scale;
  private final int[] legal;
  private final double[] values;
  private final boolean solve;
  private final double maximumUtility;
  private double[] proven;
  private int[] moverOf;
  private int[] simultaneousEntry;
  private final SimultaneousNodes simultaneous;
  private final int[] jointAction;
  private final int[] jointScratch;
  private final double[] rootStrategy;
  private int[] path;

  private int[] firstChild;
  private int[] childCount;
  private int[] move;
  private int[] visits;
  private double[] sums;
  private int nodeCount;

  /**
   * @param simulations simulations per move, at least 1
   * @param exploration the UCT constant c, at least 0
   * @param evaluator scores leaves
   * @param random the only source of randomness of the search
   * @throws GameSpecException if the game has simultaneous moves or is not sequential
   */
  public MctsAgent(Game game, int player, int simulations, double exploration, Evaluator evaluator,
      RandomGenerator random) {
    this(game, player, simulations, exploration, evaluator, random, false);
  }

  /**
   * As {@link #MctsAgent(Game, int, int, double, Evaluator, RandomGenerator)}, with MCTS-Solver when
   * {@code solve} is true.
   *
   * @throws GameSpecException if {@code solve} is true and the game is not a two-player zero-sum
   *     game without chance
   */
  public MctsAgent(Game game, int player, int simulations, double exploration, Evaluator evaluator,
      RandomGenerator random, boolean solve) {
    requireTree(game, "mcts");
    if (solve && (game.playerCount() != 2 || game.type().utility() != GameType.Utility.ZERO_SUM
        || game.type().chance() != GameType.Chance.NONE || game.type().dynamics() != GameType.Dynamics.SEQUENTIAL)) {
      throw new GameSpecException("mcts: option 'solve' needs a 2-player zero-sum sequential game without chance; "
          + game.name() + " is " + game.playerCount() + "-player, " + game.type().describe());
    }
    this.solve = solve;
    this.maximumUtility = game.maxUtility();
    if (simulations < 1) {
      throw new IllegalArgumentException("simulations must be >= 1, got " + simulations);
    }
    if (!(exploration >= 0.0) || Double.isInfinite(exploration)) {
      throw new IllegalArgumentException("exploration constant must be finite and >= 0, got " + exploration);
    }
    this.player = player;
    this.players = game.playerCount();
    this.simulations = simulations;
    this.exploration = exploration;
    this.evaluator = evaluator;
    this.random = random;
    this.minimum = game.minUtility();
    double range = game.maxUtility() - game.minUtility();
    this.scale = range > 0 && Double.isFinite(range) ? 1.0 / range : 1.0;
    this.legal = new int[Math.max(1, Math.max(game.actionCount(), game.maxChanceOutcomes()))];
    this.values = new double[players];
    this.simultaneous = new SimultaneousNodes(players);
    this.jointAction = new int[players];
    this.jointScratch = new int[players];
    this.rootStrategy = new double[Math.max(1, game.actionCount())];
    this.path = new int[Math.max(2, game.maxGameLength() + 2)];
    allocate(1024);
  }

  /**
   * Checks that {@code game} is sequential (no simultaneous nodes).
   *
   * @throws GameSpecException naming the game and what is required
   */
  public static void requireSupported(Game game, String who) {
    if (game.type().dynamics() != GameType.Dynamics.SEQUENTIAL) {
      throw new GameSpecException(who + " cannot play " + game.name() + ": it is "
          + game.type().dynamics().name().toLowerCase().replace('_', '-')
          + "; it needs a sequential game (one player or chance moves at a time)");
    }
  }

  /**
   * Checks that {@code game} has a finite tree of sequential or simultaneous moves (not mean-field).
   *
   * @throws GameSpecException naming the game and what is required
   */
  public static void requireTree(Game game, String who) {
    if (game.type().dynamics() == GameType.Dynamics.MEAN_FIELD) {
      throw new GameSpecException(who + " cannot play " + game.name()
          + ": it is a mean-field game; it needs sequential or simultaneous moves");
    }
  }

  @Override
  public int player() {
    return player;
  }

  @Override
  public int step(State state) {
    if (state.isSimultaneousNode()) {
      if (state.legalActions(player, legal) == 1) {
        return legal[0];
      }
      search(state);
      int count = simultaneous.averageStrategy(simultaneousEntry[0], player, rootStrategy);
      double target = random.nextDouble();
      double cumulative = 0.0;
      for (int slot = 0; slot < count; slot++) {
        cumulative += rootStrategy[slot];
        if (target < cumulative) {
          return simultaneous.action(simultaneousEntry[0], player, slot);
        }
      }
      return simultaneous.action(simultaneousEntry[0], player, count - 1);
    }
    if (!state.isDecisionNode() || state.currentPlayer() != player) {
      throw new IllegalStateException("mcts plays player " + player + " but the turn is " + state.turn());
    }
    if (state.legalActions(legal) == 1) {
      return legal[0];
    }
    search(state);
    int best = -1;
    for (int child = firstChild[0]; child < firstChild[0] + childCount[0]; child++) {
      if (solve && isProven(0)) {
        if (proven[child] == proven[0]) {
          return move[child];
        }
        continue;
      }
      if (solve && best >= 0 && provenLoss(child) != provenLoss(best)) {
        best = provenLoss(best) ? child : best;
        continue;
      }
      if (best < 0 || visits[child] > visits[best]
          || (visits[child] == visits[best] && mean(child, player) > mean(best, player))) {
        best = child;
      }
    }
    return move[best];
  }

  /**
   * With {@code solve}: player 0's proven value of the root of the last search, or NaN when the
   * search did not prove it.
   */
  public double rootProvenValue() {
    return solve ? proven[0] : Double.NaN;
  }

  /**
   * Visits of the root child for {@code action} in the last search (0 if it was not a child); at a
   * simultaneous root, the number of simulations in which the agent took {@code action}.
   */
  public int rootVisits(int action) {
    if (simultaneousEntry[0] >= 0 && childCount[0] > 0) {
      return simultaneous.visits(simultaneousEntry[0], player, action);
    }
    for (int child = firstChild[0]; child < firstChild[0] + Math.max(0, childCount[0]); child++) {
      if (move[child] == action) {
        return visits[child];
      }
    }
    return 0;
  }

  /** Runs the simulations from {@code root} (not modified), rebuilding the tree. */
  void search(State root) {
    nodeCount = 1;
    simultaneous.clear();
    reset(0, -1);
    for (int s = 0; s < simulations && !(solve && isProven(0)); s++) {
      simulate(root.copy());
    }
  }

  private void simulate(State state) {
    int node = 0;
    int length = 0;
    path[length++] = node;
    while (true) {
      Turn turn = state.turn();
      if (turn == Turn.TERMINAL) {
        terminalValues(state);
        if (solve) {
          proven[node] = values[0];
        }
        break;
      }
      if (childCount[node] == NOT_EXPANDED) {
        expand(node, state);
      }
      int child;
      if (turn == Turn.CHANCE) {
        child = chanceChild(node, state.sampleChanceOutcome(random));
        state.apply(move[child]);
      } else if (turn instanceof Turn.Decision decision) {
        child = select(node, decision.player());
        state.apply(move[child]);
      } else {
        int entry = simultaneousEntry[node];
        int joint = simultaneous.select(entry, random);
        child = firstChild[node] + joint;
        simultaneous.decode(entry, joint, jointAction);
        state.apply(jointAction);
      }
      if (length == path.length) {
        path = Arrays.copyOf(path, 2 * length);
      }
      path[length++] = child;
      node = child;
      if (visits[child] == 0) {
        if (state.isTerminal()) {
          terminalValues(state);
          if (solve) {
            proven[child] = values[0];
          }
        } else {
          evaluator.evaluate(state, random, values);
        }
        break;
      }
    }
    if (solve) {
      for (int i = length - 2; i >= 0 && prove(path[i], path[i + 1]); i--) {
        // Each newly proven node may prove its parent.
      }
    }
    for (int i = 0; i < length; i++) {
      int visited = path[i];
      if (simultaneousEntry[visited] >= 0 && i + 1 < length) {
        simultaneous.update(simultaneousEntry[visited], move[path[i + 1]], values, minimum, scale, jointScratch);
      }
      visits[visited]++;
      int base = visited * players;
      for (int p = 0; p < players; p++) {
        sums[base + p] += values[p];
      }
    }
  }

  private void terminalValues(State state) {
    for (int p = 0; p < players; p++) {
      values[p] = state.returns(p);
    }
  }

  private int select(int node, int mover) {
    int first = firstChild[node];
    int end = first + childCount[node];
    double logVisits = Math.log(Math.max(1, visits[node]));
    int best = first;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int child = first; child < end; child++) {
      int n = visits[child];
      if (n == 0) {
        return child;
      }
      double mean = sums[child * players + mover] / n;
      if (solve && isProven(child)) {
        double value = mover == 0 ? proven[child] : -proven[child];
        if (value == maximumUtility) {
          return child;
        }
        mean = value;
      }
      double score = (mean - minimum) * scale + exploration * Math.sqrt(logVisits / n);
      if (score > bestScore) {
        bestScore = score;
        best = child;
      }
    }
    return best;
  }

  private boolean isProven(int node) {
    return !Double.isNaN(proven[node]);
  }

  /** True when root child {@code child} is proven to give the agent the game's minimum utility. */
  private boolean provenLoss(int child) {
    return isProven(child) && (player == 0 ? proven[child] : -proven[child]) == minimum;
  }

  /**
   * Tries to prove {@code node} (a decision node) after its child {@code changed} was visited;
   * returns true when {@code node} is proven now.
   */
  private boolean prove(int node, int changed) {
    if (isProven(node) || !isProven(changed) || childCount[node] <= 0) {
      return isProven(node);
    }
    int mover = moverAt(node);
    double changedValue = mover == 0 ? proven[changed] : -proven[changed];
    if (changedValue == maximumUtility) {
      proven[node] = proven[changed];
      return true;
    }
    double best = Double.NEGATIVE_INFINITY;
    for (int child = firstChild[node]; child < firstChild[node] + childCount[node]; child++) {
      if (!isProven(child)) {
        return false;
      }
      best = Math.max(best, mover == 0 ? proven[child] : -proven[child]);
    }
    proven[node] = mover == 0 ? best : -best;
    return true;
  }

  private int moverAt(int node) {
    return moverOf[node];
  }

  private int chanceChild(int node, int outcome) {
    int first = firstChild[node];
    for (int child = first; child < first + childCount[node]; child++) {
      if (move[child] == outcome) {
        return child;
      }
    }
    throw new IllegalStateException("chance outcome " + outcome + " was not listed at its node");
  }

  private void expand(int node, State state) {
    int entry = state.isSimultaneousNode() ? simultaneous.add(state, legal) : -1;
    int count = entry >= 0 ? simultaneous.jointCount(entry) : state.legalActions(legal);
    if (nodeCount + count > visits.length) {
      allocate(Math.max(2 * visits.length, nodeCount + count));
    }
    firstChild[node] = nodeCount;
    childCount[node] = count;
    moverOf[node] = state.isDecisionNode() ? state.currentPlayer() : -1;
    simultaneousEntry[node] = entry;
    for (int i = 0; i < count; i++) {
      // A joint action's child stores its joint index as its move.
      reset(nodeCount + i, entry >= 0 ? i : legal[i]);
    }
    nodeCount += count;
  }

  private void reset(int node, int action) {
    firstChild[node] = 0;
    childCount[node] = NOT_EXPANDED;
    move[node] = action;
    visits[node] = 0;
    proven[node] = Double.NaN;
    simultaneousEntry[node] = -1;
    Arrays.fill(sums, node * players, (node + 1) * players, 0.0);
  }

  private double mean(int node, int who) {
    return visits[node] == 0 ? Double.NEGATIVE_INFINITY : sums[node * players + who] / visits[node];
  }

  private void allocate(int capacity) {
    firstChild = firstChild == null ? new int[capacity] : Arrays.copyOf(firstChild, capacity);
    childCount = childCount == null ? new int[capacity] : Arrays.copyOf(childCount, capacity);
    move = move == null ? new int[capacity] : Arrays.copyOf(move, capacity);
    visits = visits == null ? new int[capacity] : Arrays.copyOf(visits, capacity);
    proven = proven == null ? new double[capacity] : Arrays.copyOf(proven, capacity);
    moverOf = moverOf == null ? new int[capacity] : Arrays.copyOf(moverOf, capacity);
    simultaneousEntry = simultaneousEntry == null ? new int[capacity] : Arrays.copyOf(simultaneousEntry, capacity);
    sums = sums == null ? new double[capacity * players] : Arrays.copyOf(sums, capacity * players);
  }
}

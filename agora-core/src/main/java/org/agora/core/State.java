package org.agora.core;

import java.util.random.RandomGenerator;

/**
 * A mutable position in a game. States are advanced in place with {@link #apply(int)} or
 * {@link #apply(int[])} and duplicated with {@link #copy()}; copies are fully independent.
 *
 * <p>Hot-path methods write into caller-supplied arrays and do not allocate: legal actions go into
 * an {@code int[]} of length at least {@link Game#actionCount()}, chance outcomes into arrays of
 * length at least {@link Game#maxChanceOutcomes()}.
 *
 * <p>Every state records its history: the actions and chance outcomes applied since the initial
 * state, with a simultaneous move recorded as one entry per player in player order. Replaying the
 * history on a new initial state reproduces the state, which is how states are serialized
 * ({@link StateSerializer}).
 *
 * <p>Applying an illegal action is a programming error; games throw {@link IllegalArgumentException}
 * where the check is cheap and otherwise leave the result undefined. Edges (CLI, files, HTTP) check
 * legality before applying.
 */
public interface State {

  /** The game this state belongs to. */
  Game game();

  /** Who moves now. Never allocates. */
  Turn turn();

  /** True when the game is over. */
  default boolean isTerminal() {
    return turn() == Turn.TERMINAL;
  }

  /** True when nature moves. */
  default boolean isChanceNode() {
    return turn() == Turn.CHANCE;
  }

  /** True when all players move at once. */
  default boolean isSimultaneousNode() {
    return turn() == Turn.SIMULTANEOUS;
  }

  /** True when exactly one player moves. */
  default boolean isDecisionNode() {
    return turn() instanceof Turn.Decision;
  }

  /**
   * The player who moves at a decision node.
   *
   * @throws IllegalStateException at chance, simultaneous and terminal nodes
   */
  default int currentPlayer() {
    if (turn() instanceof Turn.Decision decision) {
      return decision.player();
    }
    throw new IllegalStateException("no single player moves at a " + turn() + " node");
  }

  /**
   * Writes the legal moves at this node in increasing order and returns their count: the current
   * player's actions at a decision node, the outcome ids at a chance node, nothing at a terminal or
   * simultaneous node (use {@link #legalActions(int, int[])} there).
   */
  int legalActions(int[] out);

  /**
   * Writes {@code player}'s legal actions in increasing order and returns their count. At a
   * simultaneous node every player has at least one; at a decision node only the current player
   * has any; elsewhere the count is 0.
   */
  int legalActions(int player, int[] out);

  /**
   * At a chance node writes the outcome ids and their probabilities (summing to 1) and returns the
   * number of outcomes; returns 0 elsewhere.
   */
  int chanceOutcomes(int[] outcomes, double[] probabilities);

  /**
   * Draws a chance outcome with the node's probabilities. The default allocates scratch arrays;
   * games override it with an allocation-free draw.
   *
   * @throws IllegalStateException when this is not a chance node
   */
  default int sampleChanceOutcome(RandomGenerator random) {
    if (!isChanceNode()) {
      throw new IllegalStateException("not a chance node: " + turn());
    }
    int capacity = game().maxChanceOutcomes();
    int[] outcomes = new int[capacity];
    double[] probabilities = new double[capacity];
    int count = chanceOutcomes(outcomes, probabilities);
    double target = random.nextDouble();
    double cumulative = 0.0;
    for (int i = 0; i < count; i++) {
      cumulative += probabilities[i];
      if (target < cumulative) {
        return outcomes[i];
      }
    }
    return outcomes[count - 1];
  }

  /** Applies the current player's action, or the chance outcome at a chance node. */
  void apply(int action);

  /**
   * Applies one action per player at a simultaneous node ({@code jointAction[p]} is player p's).
   * Implementations read the array during the call and never keep it, so callers may reuse it.
   */
  void apply(int[] jointAction);

  /**
   * Player's cumulative return so far: the final utility at a terminal state; games with
   * intermediate rewards (repeated games) report the running sum, others 0 before the end.
   */
  double returns(int player);

  /** All players' returns (allocates). */
  default double[] returns() {
    double[] result = new double[game().playerCount()];
    for (int p = 0; p < result.length; p++) {
      result[p] = returns(p);
    }
    return result;
  }

  /**
   * Key of {@code player}'s information state: two states give a player the same key exactly when
   * the player cannot tell them apart. The player's legal actions agree on states sharing a key.
   */
  String informationStateKey(int player);

  /** What {@code player} currently observes, for people (may forget the past, unlike the key). */
  String observation(int player);

  /** Readable name of {@code player}'s action {@code action} at this state. */
  String actionToString(int player, int action);

  /** Readable name of chance outcome {@code outcome} at this state. */
  default String chanceOutcomeToString(int outcome) {
    return "outcome " + outcome;
  }

  /** Number of entries in the history (see the class comment). */
  int historyLength();

  /** Copy of the history (see the class comment). */
  int[] history();

  /** An independent copy of this state. */
  State copy();
}

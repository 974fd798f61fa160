package org.agora.core;

/**
 * A (possibly mixed) strategy: for a player at a state, a probability for each action. It may
 * depend on the state only through the player's information state.
 */
@FunctionalInterface
public interface Policy {

  /**
   * Writes {@code player}'s action probabilities at {@code state} into {@code out}, indexed by action
   * id (length at least {@link Game#actionCount()}): legal actions sum to 1, illegal ones get 0.
   */
  void actionProbabilities(State state, int player, double[] out);

  /** The uniform random policy over legal actions. */
  static Policy uniform() {
    return (state, player, out) -> {
      int[] legal = new int[out.length];
      int count = state.legalActions(player, legal);
      java.util.Arrays.fill(out, 0.0);
      for (int i = 0; i < count; i++) {
        out[legal[i]] = 1.0 / count;
      }
    };
  }
}

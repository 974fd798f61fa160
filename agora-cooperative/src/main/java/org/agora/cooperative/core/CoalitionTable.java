package org.agora.cooperative.core;

import org.agora.cooperative.CoalitionGame;

/**
 * Every coalition's value of a game, read once into a flat array indexed by the coalition mask, with
 * the checks the solution concepts share: a player count in range and finite values.
 */
final class CoalitionTable {

  private CoalitionTable() {}

  /**
   * Reads {@code v(S)} for all {@code 2^n} coalitions, the empty one included (a game need not be
   * normalised, and marginal contributions start from {@code v(empty)}).
   *
   * @param concept the solution concept's name, for messages
   * @param maximumPlayers the largest n the concept accepts
   * @throws IllegalArgumentException if n is outside {@code [1, maximumPlayers]} or a value is not finite
   */
  static double[] read(CoalitionGame game, String concept, int maximumPlayers) {
    int n = checkedPlayerCount(game, concept, maximumPlayers);
    double[] values = new double[1 << n];
    for (int coalition = 0; coalition < values.length; coalition++) {
      double value = game.value(coalition);
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException("the " + concept + " needs finite coalition values, but v(" + describe(coalition, n)
            + ") = " + value + " in " + game.describe());
      }
      values[coalition] = value;
    }
    return values;
  }

  /** The player count, checked to be in {@code [1, maximumPlayers]}. */
  static int checkedPlayerCount(CoalitionGame game, String concept, int maximumPlayers) {
    int n = game.playerCount();
    if (n < 1 || n > maximumPlayers) {
      throw new IllegalArgumentException("the " + concept + " takes 1 to " + maximumPlayers + " players, not " + n
          + " (" + game.describe() + ")");
    }
    return n;
  }

  /** A coalition as its members, e.g. {@code {0,2}}. */
  static String describe(long coalition, int players) {
    StringBuilder text = new StringBuilder("{");
    for (int i = 0; i < players; i++) {
      if ((coalition >>> i & 1L) != 0) {
        if (text.length() > 1) {
          text.append(',');
        }
        text.append(i);
      }
    }
    return text.append('}').toString();
  }

  /** The largest |v(S)|, or 1 if every value is 0: the unit the linear programs are scaled by. */
  static double scale(double[] values) {
    double largest = 0.0;
    for (double value : values) {
      largest = Math.max(largest, Math.abs(value));
    }
    return largest > 0.0 ? largest : 1.0;
  }
}

package org.agora.cooperative.shapley;

import org.agora.cooperative.CoalitionGame;

/**
 * The exact pairwise Shapley interaction index of Grabisch and Roubens, "An axiomatic approach to
 * the concept of interaction among players in cooperative games", International Journal of Game
 * Theory 28(4), 1999: {@code I_ij = sum_{S ⊆ N \ {i,j}} |S|!(n-|S|-2)!/(n-1)! (v(S ∪ ij) - v(S ∪ i)
 * - v(S ∪ j) + v(S))}. Positive for complements, negative for substitutes; for a unanimity game
 * u_T it is {@code 1/(|T|-1)} on pairs inside T and 0 elsewhere. One pass over the 2^n coalitions,
 * each value added to every pair with the sign given by how many of the pair it holds: O(2^n n^2)
 * time, 2^n evaluations; at most {@value #MAX_PLAYERS} players.
 */
public final class ShapleyInteraction {

  /** The most players enumerated. */
  public static final int MAX_PLAYERS = 20;

  private ShapleyInteraction() {}

  /**
   * The n x n symmetric matrix of pairwise indices, row-major, zero diagonal.
   *
   * @throws IllegalArgumentException for fewer than 2 or more than {@value #MAX_PLAYERS} players
   */
  public static double[] exact(CoalitionGame game) {
    int n = game.playerCount();
    if (n < 2 || n > MAX_PLAYERS) {
      throw new IllegalArgumentException("the exact interaction index needs 2 to " + MAX_PLAYERS
          + " players, not " + n);
    }
    double[] weight = new double[n - 1];
    for (int s = 0; s <= n - 2; s++) {
      weight[s] = 1.0 / ((n - 1) * ExactShapley.binomial(n - 2, s));
    }
    double[] index = new double[n * n];
    long count = 1L << n;
    long mask = 0;
    int size = 0;
    for (long step = 0; step < count; step++) {
      if (step > 0) {
        int flip = Long.numberOfTrailingZeros(step);
        mask ^= 1L << flip;
        size += (mask >>> flip & 1) != 0 ? 1 : -1;
      }
      double value = game.value(mask);
      for (int i = 0; i < n; i++) {
        boolean hasI = (mask >>> i & 1) != 0;
        for (int j = i + 1; j < n; j++) {
          boolean hasJ = (mask >>> j & 1) != 0;
          int rest = size - (hasI ? 1 : 0) - (hasJ ? 1 : 0);
          double term = weight[rest] * value;
          index[i * n + j] += hasI == hasJ ? term : -term;
        }
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        index[j * n + i] = index[i * n + j];
      }
    }
    return index;
  }
}

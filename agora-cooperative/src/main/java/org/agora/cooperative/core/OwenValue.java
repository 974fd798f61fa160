package org.agora.cooperative.core;

import org.agora.cooperative.CoalitionGame;

/**
 * The Owen value (Owen, "Values of games with a priori unions", in Essays in Mathematical Economics
 * and Game Theory, Springer, 1977) of a game with a coalition structure: the Shapley value of the
 * quotient game among the unions, shared inside each union by the Shapley value of the game its
 * members play with the other unions joining as blocks. Exactly, for player i of union k among m
 * unions ({@code b = |B_k|}):
 * <pre>
 *   phi_i = sum over R subset of the other unions, T subset of B_k \ {i} of
 *           r! (m - r - 1)! / m!  *  t! (b - t - 1)! / b!  *  (v(Q u T u {i}) - v(Q u T)),   Q = union of R.
 * </pre>
 * All {@code 2^n} values are read once into a table (n up to {@link #MAX_PLAYERS}); the sum then takes
 * {@code sum_k 2^(m-1) b_k 2^(b_k - 1)} table differences, at most {@code n 2^(n-1)}, in doubles. The
 * outer subsets R walk a Gray code so each step changes Q by one union.
 */
public final class OwenValue {

  /** The largest player count (a table of {@code 2^n} doubles). */
  public static final int MAX_PLAYERS = 22;

  private OwenValue() {}

  /**
   * The Owen value.
   *
   * @throws IllegalArgumentException if the structure's player count is not the game's, n is outside
   *     [1, 22] or a value is not finite
   */
  public static double[] compute(CoalitionGame game, CoalitionStructure structure) {
    int n = CoalitionTable.checkedPlayerCount(game, "Owen value", MAX_PLAYERS);
    if (structure.playerCount() != n) {
      throw new IllegalArgumentException("the coalition structure has " + structure.playerCount() + " players but "
          + game.describe() + " has " + n);
    }
    double[] table = CoalitionTable.read(game, "Owen value", MAX_PLAYERS);
    int m = structure.unionCount();
    int[] unions = new int[m];
    for (int u = 0; u < m; u++) {
      unions[u] = (int) structure.union(u);
    }
    double[] outerWeight = shapleyWeights(m);
    double[] result = new double[n];
    int[] others = new int[Math.max(0, m - 1)];
    for (int k = 0; k < m; k++) {
      int own = unions[k];
      int b = Integer.bitCount(own);
      double[] innerWeight = shapleyWeights(b);
      for (int u = 0, o = 0; u < m; u++) {
        if (u != k) {
          others[o++] = unions[u];
        }
      }
      int outside = 0;
      int steps = 1 << (m - 1);
      for (int step = 0; step < steps; step++) {
        if (step > 0) {
          outside ^= others[Integer.numberOfTrailingZeros(step)];
        }
        // the Gray code's r is the popcount of step ^ (step >> 1)
        double weight = outerWeight[Integer.bitCount(step ^ (step >>> 1))];
        for (int rest = own; rest != 0; rest &= rest - 1) {
          int player = Integer.numberOfTrailingZeros(rest);
          int bit = 1 << player;
          int partners = own & ~bit;
          double sum = 0.0;
          for (int t = partners; ; t = (t - 1) & partners) {
            int base = outside | t;
            sum += innerWeight[Integer.bitCount(t)] * (table[base | bit] - table[base]);
            if (t == 0) {
              break;
            }
          }
          result[player] += weight * sum;
        }
      }
    }
    return result;
  }

  /** {@code w[s] = s! (size - s - 1)! / size!} for s in [0, size). */
  static double[] shapleyWeights(int size) {
    double[] weights = new double[Math.max(1, size)];
    // w[0] = 1/size; w[s+1] = w[s] * (s + 1) / (size - s - 1)
    weights[0] = 1.0 / size;
    for (int s = 0; s + 1 < size; s++) {
      weights[s + 1] = weights[s] * (s + 1) / (size - s - 1);
    }
    return weights;
  }
}

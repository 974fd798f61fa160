package org.agora.cooperative.core;

import java.util.SplittableRandom;
import java.util.function.LongToDoubleFunction;
import org.agora.cooperative.CoalitionGame;

/** A test game given by a table of {@code 2^n} values indexed by coalition mask. */
record TableGame(int playerCount, double[] values) implements CoalitionGame {

  @Override
  public double value(long coalition) {
    return values[(int) coalition];
  }

  static TableGame of(int players, LongToDoubleFunction formula) {
    double[] values = new double[1 << players];
    for (int coalition = 1; coalition < values.length; coalition++) {
      values[coalition] = formula.applyAsDouble(coalition);
    }
    return new TableGame(players, values);
  }

  /**
   * A random game, seeded: v(S) uniform in [0, |S|) for proper S, v(N) = n (so imputations exist, as
   * every v(i) &lt; 1), v(empty) = 0.
   */
  static TableGame random(int players, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    long grand = (1L << players) - 1;
    return of(players, coalition -> coalition == grand ? players : random.nextDouble() * Long.bitCount(coalition));
  }

  /** The bankruptcy game of Aumann and Maschler: v(S) = max(0, estate - claims of the others). */
  static TableGame bankruptcy(double estate, double... claims) {
    return of(claims.length, coalition -> {
      double others = 0.0;
      for (int i = 0; i < claims.length; i++) {
        if ((coalition >>> i & 1L) == 0) {
          others += claims[i];
        }
      }
      return Math.max(0.0, estate - others);
    });
  }

  /** The savings game of an airport cost game: v(S) = sum of the costs in S minus their maximum. */
  static TableGame airportSavings(double... costs) {
    return of(costs.length, coalition -> {
      double sum = 0.0;
      double largest = 0.0;
      for (int i = 0; i < costs.length; i++) {
        if ((coalition >>> i & 1L) != 0) {
          sum += costs[i];
          largest = Math.max(largest, costs[i]);
        }
      }
      return sum - largest;
    });
  }

  /** The Shapley value by the permutation formula (every one of the n! orders; small n only). */
  static double[] shapleyByPermutations(CoalitionGame game) {
    int n = game.playerCount();
    double[] shapley = new double[n];
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    long[] count = {0};
    permute(game, order, 0, shapley, count);
    for (int i = 0; i < n; i++) {
      shapley[i] /= count[0];
    }
    return shapley;
  }

  private static void permute(CoalitionGame game, int[] order, int position, double[] shapley, long[] count) {
    if (position == order.length) {
      long coalition = 0L;
      for (int player : order) {
        double before = game.value(coalition);
        coalition |= 1L << player;
        shapley[player] += game.value(coalition) - before;
      }
      count[0]++;
      return;
    }
    for (int k = position; k < order.length; k++) {
      int swap = order[position];
      order[position] = order[k];
      order[k] = swap;
      permute(game, order, position + 1, shapley, count);
      order[k] = order[position];
      order[position] = swap;
    }
  }
}

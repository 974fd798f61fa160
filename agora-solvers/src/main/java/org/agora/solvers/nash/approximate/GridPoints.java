package org.agora.solvers.nash.approximate;

/**
 * Points of the regular grid of mesh {@code 1/grid} on a product of simplices, stored as flat
 * non-negative integer counts (player p's strategy j at {@code offset(p) + j}), each player's
 * counts summing to {@code grid}.
 */
public final class GridPoints {

  private GridPoints() {}

  /** The probabilities {@code counts / grid}, per player. */
  public static double[][] toStrategies(long[] counts, long grid, int[] strategyCounts) {
    double[][] strategies = new double[strategyCounts.length][];
    int index = 0;
    for (int p = 0; p < strategyCounts.length; p++) {
      strategies[p] = new double[strategyCounts[p]];
      for (int j = 0; j < strategyCounts[p]; j++) {
        strategies[p][j] = (double) counts[index++] / grid;
      }
    }
    return strategies;
  }

  /**
   * The grid point nearest (largest remainder rounding, per player) to the given distributions;
   * ties go to the lower strategy index.
   */
  public static long[] round(double[][] strategies, long grid) {
    int total = 0;
    for (double[] distribution : strategies) {
      total += distribution.length;
    }
    long[] counts = new long[total];
    int offset = 0;
    for (double[] distribution : strategies) {
      double sum = 0.0;
      for (double value : distribution) {
        sum += value;
      }
      long assigned = 0;
      double[] remainders = new double[distribution.length];
      for (int j = 0; j < distribution.length; j++) {
        double scaled = distribution[j] / sum * grid;
        counts[offset + j] = (long) Math.floor(scaled);
        remainders[j] = scaled - counts[offset + j];
        assigned += counts[offset + j];
      }
      while (assigned < grid) {
        int best = 0;
        for (int j = 1; j < distribution.length; j++) {
          if (remainders[j] > remainders[best]) {
            best = j;
          }
        }
        counts[offset + best]++;
        remainders[best] = -1.0;
        assigned++;
      }
      while (assigned > grid) {
        int largest = 0;
        for (int j = 1; j < distribution.length; j++) {
          if (counts[offset + j] > counts[offset + largest]) {
            largest = j;
          }
        }
        counts[offset + largest]--;
        assigned--;
      }
      offset += distribution.length;
    }
    return counts;
  }
}

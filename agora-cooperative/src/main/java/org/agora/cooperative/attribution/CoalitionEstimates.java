package org.agora.cooperative.attribution;

import java.util.Arrays;

/**
 * The cache of a sampled coalition game: every coalition's mean and standard error, in dense arrays
 * indexed by the coalition mask (NaN until evaluated), so each coalition's episodes are played once.
 * Dense storage bounds the players at {@link #MAX_PLAYERS} (2^20 coalitions, 16 MiB). Not thread-safe.
 */
final class CoalitionEstimates {

  /** The most players a sampled game may have. */
  static final int MAX_PLAYERS = 20;

  /** Evaluates one coalition: writes its mean to {@code out[0]} and its standard error to {@code out[1]}. */
  @FunctionalInterface
  interface Evaluator {
    void evaluate(long coalition, double[] out);
  }

  private final int players;
  private final Evaluator evaluator;
  private double[] means;
  private double[] standardErrors;
  private final double[] scratch = new double[2];
  private long evaluations;

  CoalitionEstimates(int players, String what, Evaluator evaluator) {
    if (players < 1 || players > MAX_PLAYERS) {
      throw new IllegalArgumentException(what + " must have between 1 and " + MAX_PLAYERS + " players, not "
          + players);
    }
    this.players = players;
    this.evaluator = evaluator;
  }

  int players() {
    return players;
  }

  double mean(long coalition) {
    return slot(coalition, true);
  }

  double standardError(long coalition) {
    return slot(coalition, false);
  }

  long evaluations() {
    return evaluations;
  }

  private double slot(long coalition, boolean mean) {
    if (coalition < 0 || coalition >= 1L << players) {
      throw new IllegalArgumentException("coalition " + coalition + " is not a mask over " + players + " players");
    }
    if (means == null) {
      means = new double[1 << players];
      standardErrors = new double[1 << players];
      Arrays.fill(means, Double.NaN);
    }
    int index = (int) coalition;
    if (Double.isNaN(means[index])) {
      evaluator.evaluate(coalition, scratch);
      standardErrors[index] = scratch[1];
      means[index] = scratch[0];
      evaluations++;
    }
    return mean ? means[index] : standardErrors[index];
  }

  /**
   * Welford's running mean and variance of per-episode returns, written as the mean and the standard
   * error of the mean (0 for a single episode).
   */
  static final class Running {
    private long count;
    private double mean;
    private double squares;

    void add(double x) {
      count++;
      double delta = x - mean;
      mean += delta / count;
      squares += delta * (x - mean);
    }

    void write(double[] out) {
      out[0] = mean;
      out[1] = count > 1 ? Math.sqrt(squares / (count - 1) / count) : 0.0;
    }
  }
}

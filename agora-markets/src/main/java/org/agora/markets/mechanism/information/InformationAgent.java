package org.agora.markets.mechanism.information;

/**
 * One agent of an {@link InformationAcquisitionProblem}: its effort levels, their costs, and the
 * distribution of its private signal given its effort and the state.
 *
 * @param effortCosts cost of each effort level, finite and {@code >= 0}
 * @param signalProbabilities {@code [effort][state][signal]}: the probability of each signal given the
 *     effort and the state; every {@code [effort][state]} row is a distribution over the same signals
 */
public record InformationAgent(double[] effortCosts, double[][][] signalProbabilities) {

  public InformationAgent {
    if (effortCosts.length == 0 || effortCosts.length != signalProbabilities.length) {
      throw new IllegalArgumentException("an agent needs at least one effort level and signal probabilities for each;"
          + " got " + effortCosts.length + " costs and " + signalProbabilities.length + " signal tables");
    }
    int signals = -1;
    double[][][] copy = new double[signalProbabilities.length][][];
    for (int e = 0; e < effortCosts.length; e++) {
      if (!(effortCosts[e] >= 0) || Double.isInfinite(effortCosts[e])) {
        throw new IllegalArgumentException("effort " + e + " cost " + effortCosts[e] + " must be finite and >= 0");
      }
      copy[e] = new double[signalProbabilities[e].length][];
      for (int state = 0; state < signalProbabilities[e].length; state++) {
        double[] row = signalProbabilities[e][state];
        if (signals < 0) {
          signals = row.length;
        }
        if (row.length == 0 || row.length != signals) {
          throw new IllegalArgumentException("effort " + e + " state " + state + " has " + row.length
              + " signal probabilities; expected " + signals + " (at least 1)");
        }
        double total = 0;
        for (int s = 0; s < row.length; s++) {
          if (!(row[s] >= 0) || row[s] > 1) {
            throw new IllegalArgumentException("effort " + e + " state " + state + " signal " + s + " probability "
                + row[s] + " is not in [0, 1]");
          }
          total += row[s];
        }
        if (Math.abs(total - 1) > 1e-9) {
          throw new IllegalArgumentException("effort " + e + " state " + state + " signal probabilities sum to "
              + total + "; must be 1");
        }
        copy[e][state] = row.clone();
      }
    }
    effortCosts = effortCosts.clone();
    signalProbabilities = copy;
  }

  /** Number of effort levels. */
  public int efforts() {
    return effortCosts.length;
  }

  /** Number of signals. */
  public int signals() {
    return signalProbabilities[0][0].length;
  }

  /** Number of states the signal tables cover. */
  int states() {
    return signalProbabilities[0].length;
  }

  /** {@code P(signal | effort, state)}. */
  public double signalProbability(int effort, int state, int signal) {
    return signalProbabilities[effort][state][signal];
  }

  /** The cost of {@code effort}. */
  public double cost(int effort) {
    return effortCosts[effort];
  }
}

package org.agora.evaluation.alpharank;

/**
 * The stationary distribution of a finite Markov chain by the Grassmann-Taksar-Heyman algorithm
 * (W. K. Grassmann, M. I. Taksar and D. P. Heyman, "Regenerative analysis and steady state
 * distributions for Markov chains", Operations Research 33(5), 1985): Gaussian elimination of the
 * states one by one (censoring the chain), using only off-diagonal transition probabilities and no
 * subtraction, so the result is non-negative and accurate to a few ulps relative even when
 * transition probabilities span hundreds of orders of magnitude (large ranking intensities).
 *
 * <p>When a censored state cannot reach any lower-numbered state (its escape probability is 0, for
 * example because transition probabilities underflowed), the states below it get no mass: it is
 * absorbing for them. The unnormalised masses are rescaled as they grow, and a ratio that overflows
 * (an escape probability of 1e-300 against an inflow of 1, say) rescales the lower states instead, so no
 * mass becomes infinite. The result is checked: the residual {@code max |pi P - pi|} must be at most
 * {@link #RESIDUAL_TOLERANCE}, or {@link IllegalStateException} is thrown.
 *
 * <p>Cost: {@code O(n^3)} time on a dense {@code n x n} matrix (flat, row-major), which it overwrites.
 */
final class StationaryDistribution {

  /** Largest allowed residual of the returned distribution. */
  static final double RESIDUAL_TOLERANCE = 1e-9;

  private StationaryDistribution() {}

  /** The stationary distribution of the row-stochastic {@code transitions} (destroyed). */
  static double[] of(double[] transitions, int states) {
    double[] original = transitions.clone();
    double[] escape = new double[states];
    for (int n = states - 1; n > 0; n--) {
      int rowN = n * states;
      double s = 0.0;
      for (int j = 0; j < n; j++) {
        s += transitions[rowN + j];
      }
      escape[n] = s;
      if (s == 0.0) {
        continue;
      }
      for (int j = 0; j < n; j++) {
        transitions[rowN + j] /= s;
      }
      for (int i = 0; i < n; i++) {
        double toN = transitions[i * states + n];
        if (toN == 0.0) {
          continue;
        }
        int rowI = i * states;
        for (int j = 0; j < n; j++) {
          transitions[rowI + j] += toN * transitions[rowN + j];
        }
      }
    }
    double[] pi = new double[states];
    pi[0] = 1.0;
    for (int n = 1; n < states; n++) {
      double inflow = 0.0;
      for (int i = 0; i < n; i++) {
        inflow += pi[i] * transitions[i * states + n];
      }
      if (escape[n] == 0.0) {
        java.util.Arrays.fill(pi, 0, n, 0.0);
        pi[n] = 1.0;
      } else {
        pi[n] = inflow / escape[n];
      }
      if (pi[n] == Double.POSITIVE_INFINITY) {
        // the ratio overflows (an escape probability near the bottom of the double range): state n
        // takes the unit and the states below it shrink by escape / inflow, which may underflow to 0
        double scale = escape[n] / inflow;
        for (int i = 0; i < n; i++) {
          pi[i] *= scale;
        }
        pi[n] = 1.0;
      } else if (pi[n] > 1e200) {
        double scale = 1.0 / pi[n];
        for (int i = 0; i <= n; i++) {
          pi[i] *= scale;
        }
      }
    }
    double total = 0.0;
    for (double mass : pi) {
      total += mass;
    }
    for (int i = 0; i < states; i++) {
      pi[i] /= total;
    }
    double residual = 0.0;
    for (int j = 0; j < states; j++) {
      double next = 0.0;
      for (int i = 0; i < states; i++) {
        next += pi[i] * original[i * states + j];
      }
      residual = Math.max(residual, Math.abs(next - pi[j]));
    }
    if (!(residual <= RESIDUAL_TOLERANCE)) {
      throw new IllegalStateException("the stationary distribution failed its check: max |pi P - pi| = " + residual
          + " > " + RESIDUAL_TOLERANCE);
    }
    return pi;
  }
}

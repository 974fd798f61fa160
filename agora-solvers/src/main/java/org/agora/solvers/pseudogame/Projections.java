package org.agora.solvers.pseudogame;

/**
 * Euclidean projections onto the convex sets of the example pseudo-games: the half-space-and-orthant
 * {@code {y >= 0, w . y <= b}} (a budget set, or a cap on a sum when {@code w = 1}) and the shifted
 * simplex {@code {y >= floor, sum y = total}}. Both locate the Lagrange multiplier of the linear
 * constraint by bisection, then recompute it exactly on the support found (as in Held, Wolfe and
 * Crowder, "Validation of subgradient optimization", Math. Programming, 1974, for the simplex).
 * No allocation; {@code O(d log(1/eps))} per call.
 */
public final class Projections {

  private static final int BISECTIONS = 200;

  private Projections() {}

  /**
   * Projects {@code y[from .. from+length)} onto {@code {y >= 0, sum_k weights[k] y_k <= bound}}, weights
   * read from {@code weights[weightsFrom ..]} and positive, {@code bound >= 0}.
   */
  public static void ontoBudget(double[] y, int from, int length, double[] weights, int weightsFrom, double bound) {
    double spend = 0;
    for (int k = 0; k < length; k++) {
      spend += weights[weightsFrom + k] * Math.max(y[from + k], 0);
    }
    if (spend <= bound) {
      for (int k = 0; k < length; k++) {
        y[from + k] = Math.max(y[from + k], 0);
      }
      return;
    }
    ontoBudgetLine(y, from, length, weights, weightsFrom, bound);
  }

  /**
   * Projects {@code y[from .. from+length)} onto the budget line {@code {y >= 0, sum_k weights[k] y_k =
   * bound}}, weights positive and {@code bound > 0}.
   */
  public static void ontoBudgetLine(double[] y, int from, int length, double[] weights, int weightsFrom,
      double bound) {
    // y_k(mu) = max(y_k - mu w_k, 0) spends sum w_k y_k(mu), non-increasing in mu, unbounded as mu -> -inf.
    double low = -1;
    while (budgetSpend(y, from, length, weights, weightsFrom, low) <= bound) {
      low *= 2;
    }
    double high = 1;
    while (budgetSpend(y, from, length, weights, weightsFrom, high) > bound) {
      high *= 2;
    }
    for (int i = 0; i < BISECTIONS; i++) {
      double middle = 0.5 * (low + high);
      if (middle <= low || middle >= high) {
        break;
      }
      if (budgetSpend(y, from, length, weights, weightsFrom, middle) > bound) {
        low = middle;
      } else {
        high = middle;
      }
    }
    double mu = high;
    double support = 0;
    double supportSpend = 0;
    for (int k = 0; k < length; k++) {
      double w = weights[weightsFrom + k];
      if (y[from + k] - mu * w > 0) {
        support += w * w;
        supportSpend += w * y[from + k];
      }
    }
    if (support > 0) {
      mu = (supportSpend - bound) / support;
    }
    for (int k = 0; k < length; k++) {
      y[from + k] = Math.max(y[from + k] - mu * weights[weightsFrom + k], 0);
    }
  }

  /** Projects {@code y[from .. from+length)} onto {@code {y >= 0, sum y <= cap}}. */
  public static void ontoCappedOrthant(double[] y, int from, int length, double cap) {
    double spend = 0;
    for (int k = 0; k < length; k++) {
      y[from + k] = Math.max(y[from + k], 0);
      spend += y[from + k];
    }
    if (spend <= cap) {
      return;
    }
    ontoSimplex(y, from, length, 0, cap);
  }

  /**
   * Projects {@code y[from .. from+length)} onto {@code {y >= floor, sum y = total}}, with
   * {@code length * floor <= total}.
   */
  public static void ontoSimplex(double[] y, int from, int length, double floor, double total) {
    double mass = total - length * floor;
    // y_k(tau) = floor + max(y_k - floor - tau, 0): find tau with sum (y_k - floor - tau)^+ = mass.
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < length; k++) {
      low = Math.min(low, y[from + k] - floor);
      high = Math.max(high, y[from + k] - floor);
    }
    low -= mass / length + 1;
    for (int i = 0; i < BISECTIONS && high - low > 0; i++) {
      double middle = 0.5 * (low + high);
      if (middle == low || middle == high) {
        break;
      }
      if (simplexMass(y, from, length, floor, middle) > mass) {
        low = middle;
      } else {
        high = middle;
      }
    }
    double tau = high;
    int support = 0;
    double supportSum = 0;
    for (int k = 0; k < length; k++) {
      if (y[from + k] - floor - tau > 0) {
        support++;
        supportSum += y[from + k] - floor;
      }
    }
    if (support == 0) {
      tau = low;
      for (int k = 0; k < length; k++) {
        if (y[from + k] - floor - tau > 0) {
          support++;
          supportSum += y[from + k] - floor;
        }
      }
    }
    tau = (supportSum - mass) / support;
    for (int k = 0; k < length; k++) {
      y[from + k] = floor + Math.max(y[from + k] - floor - tau, 0);
    }
  }

  private static double budgetSpend(double[] y, int from, int length, double[] w, int wFrom, double mu) {
    double spend = 0;
    for (int k = 0; k < length; k++) {
      spend += w[wFrom + k] * Math.max(y[from + k] - mu * w[wFrom + k], 0);
    }
    return spend;
  }

  private static double simplexMass(double[] y, int from, int length, double floor, double tau) {
    double sum = 0;
    for (int k = 0; k < length; k++) {
      sum += Math.max(y[from + k] - floor - tau, 0);
    }
    return sum;
  }
}

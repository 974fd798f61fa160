package org.agora.markets.equilibrium;

/** Piecewise-linear bid functions on equally spaced knots over [0, 1], shared by the Bayes–Nash learners. */
final class PiecewiseLinearBid {

  private PiecewiseLinearBid() {}

  /** The interpolated bid at {@code value} (clamped to [0, 1]). */
  static double evaluate(double[] knots, double value) {
    int segments = knots.length - 1;
    double position = Math.min(Math.max(value, 0), 1) * segments;
    int left = Math.min((int) position, segments - 1);
    double weight = position - left;
    return (1 - weight) * knots[left] + weight * knots[left + 1];
  }

  /** Adds {@code scale} times the gradient of the bid at {@code value} (the two hat weights) to {@code gradient}. */
  static void accumulateGradient(double[] gradient, double value, double scale) {
    int segments = gradient.length - 1;
    double position = Math.min(Math.max(value, 0), 1) * segments;
    int left = Math.min((int) position, segments - 1);
    double weight = position - left;
    gradient[left] += scale * (1 - weight);
    gradient[left + 1] += scale * weight;
  }

  /** The L2 distance over U[0,1] values between the bid function and the settings' equilibrium (midpoint rule). */
  static double distanceToEquilibrium(double[] knots, BneLearningSettings settings) {
    int points = 2000;
    double total = 0;
    for (int k = 0; k < points; k++) {
      double value = (k + 0.5) / points;
      double gap = evaluate(knots, value) - settings.equilibriumBid(value);
      total += gap * gap;
    }
    return Math.sqrt(total / points);
  }

  /** The starting bid function of both learners: {@code b(v) = 0.75 v}, equal to no format's equilibrium. */
  static double[] initial(int knots) {
    double[] bids = new double[knots];
    for (int k = 0; k < knots; k++) {
      bids[k] = 0.75 * k / (knots - 1);
    }
    return bids;
  }

  /** The learning rate at {@code step} (1-based): linear decay from the settings' rate towards 0. */
  static double decayed(BneLearningSettings settings, int step) {
    return settings.learningRate() * (1 - (step - 1.0) / settings.iterations());
  }

  /** One Adam ascent step (Kingma and Ba, "Adam: A Method for Stochastic Optimization", ICLR 2015), bids kept >= 0. */
  static void adamStep(double[] knots, double[] gradient, double[] first, double[] second, int step, double rate) {
    double beta1 = 0.9;
    double beta2 = 0.999;
    double correction1 = 1 - Math.pow(beta1, step);
    double correction2 = 1 - Math.pow(beta2, step);
    for (int k = 0; k < knots.length; k++) {
      first[k] = beta1 * first[k] + (1 - beta1) * gradient[k];
      second[k] = beta2 * second[k] + (1 - beta2) * gradient[k] * gradient[k];
      double update = rate * (first[k] / correction1) / (Math.sqrt(second[k] / correction2) + 1e-8);
      knots[k] = Math.max(0, knots[k] + update);
    }
  }
}

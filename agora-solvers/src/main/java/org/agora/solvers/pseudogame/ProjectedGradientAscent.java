package org.agora.solvers.pseudogame;

/**
 * The default best response of a {@link PseudoGame}: projected gradient ascent on the regularised gain
 * {@code u_i(y, x_-i) - (alpha / 2) |y - x_i|^2} over {@code X_i(x_-i)}, with a backtracking step (the
 * sufficient-ascent test of Beck and Teboulle's projected gradient method, "A fast iterative
 * shrinkage-thresholding algorithm", SIAM J. Imaging Sciences, 2009, with the step doubled after each
 * accepted move). For a concave utility and convex feasible set it converges to the maximiser.
 */
final class ProjectedGradientAscent {

  /** Most ascent steps per best response. */
  static final int MAX_STEPS = 5_000;

  private ProjectedGradientAscent() {}

  static void bestResponse(PseudoGame game, int player, double[] profile, double alpha, double[] response) {
    int offset = game.offset(player);
    int dimension = game.dimension(player);
    double[] point = profile.clone();
    double[] gradient = new double[dimension];
    double[] trial = new double[dimension];
    System.arraycopy(profile, offset, response, 0, dimension);
    game.projectAction(player, profile, response);
    double value = gain(game, player, profile, point, response, alpha);
    double step = 1;
    for (int iteration = 0; iteration < MAX_STEPS && step > 1e-18; iteration++) {
      System.arraycopy(response, 0, point, offset, dimension);
      game.ownGradient(player, point, gradient);
      for (int k = 0; k < dimension; k++) {
        gradient[k] -= alpha * (response[k] - profile[offset + k]);
      }
      for (int k = 0; k < dimension; k++) {
        trial[k] = response[k] + step * gradient[k];
      }
      game.projectAction(player, profile, trial);
      double linear = 0;
      double squared = 0;
      double norm = 0;
      for (int k = 0; k < dimension; k++) {
        double move = trial[k] - response[k];
        linear += gradient[k] * move;
        squared += move * move;
        norm += response[k] * response[k];
      }
      if (squared <= 1e-30 * (1 + norm)) {
        return;
      }
      double trialValue = gain(game, player, profile, point, trial, alpha);
      if (trialValue >= value + linear - squared / (2 * step) - 1e-15 * Math.abs(value)) {
        System.arraycopy(trial, 0, response, 0, dimension);
        value = trialValue;
        step = Math.min(step * 2, 1e12);
      } else {
        step /= 2;
      }
    }
  }

  private static double gain(PseudoGame game, int player, double[] profile, double[] point, double[] action,
      double alpha) {
    int offset = game.offset(player);
    double distance = 0;
    for (int k = 0; k < action.length; k++) {
      point[offset + k] = action[k];
      double d = action[k] - profile[offset + k];
      distance += d * d;
    }
    return game.utility(player, point) - alpha / 2 * distance;
  }
}

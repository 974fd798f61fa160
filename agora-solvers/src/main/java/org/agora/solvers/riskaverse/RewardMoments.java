package org.agora.solvers.riskaverse;

import org.agora.core.normalform.NormalFormGame;

/**
 * The mean vector and covariance matrix of one player's rewards, one entry per own strategy, when
 * the other players draw their strategies independently from given mixed strategies: {@code mean[j]}
 * is the expected reward of strategy j and {@code covariance[j * m + k]} the covariance of the
 * rewards of strategies j and k over the others' draw. A mixed strategy x then has expected reward
 * {@code xᵀ mean} and reward variance {@code xᵀ covariance x} (the variance the paper attributes to
 * the other players' randomness, own randomisation being treated as portfolio weights).
 *
 * <p>Cost: O(profiles · players) per call (two passes over the payoff tensor), no allocation.
 */
public final class RewardMoments {

  private RewardMoments() {}

  /**
   * Fills {@code mean} (length m, the player's strategy count) and {@code covariance} (length m·m,
   * row-major) for {@code player} against {@code strategies} of the others (the player's own entry
   * is ignored).
   */
  public static void compute(NormalFormGame game, double[][] strategies, int player, double[] mean,
      double[] covariance) {
    int m = game.strategyCount(player);
    int stride = stride(game, player);
    int profiles = game.profileCount();
    java.util.Arrays.fill(mean, 0, m, 0.0);
    java.util.Arrays.fill(covariance, 0, m * m, 0.0);
    for (int base = 0; base < profiles; base++) {
      if (game.strategyInProfile(base, player) != 0) {
        continue;
      }
      double weight = opponentsWeight(game, strategies, player, base);
      if (weight == 0.0) {
        continue;
      }
      for (int j = 0; j < m; j++) {
        mean[j] += weight * game.payoff(player, base + j * stride);
      }
    }
    for (int base = 0; base < profiles; base++) {
      if (game.strategyInProfile(base, player) != 0) {
        continue;
      }
      double weight = opponentsWeight(game, strategies, player, base);
      if (weight == 0.0) {
        continue;
      }
      for (int j = 0; j < m; j++) {
        double dj = game.payoff(player, base + j * stride) - mean[j];
        for (int k = j; k < m; k++) {
          double dk = game.payoff(player, base + k * stride) - mean[k];
          covariance[j * m + k] += weight * dj * dk;
        }
      }
    }
    for (int j = 0; j < m; j++) {
      for (int k = 0; k < j; k++) {
        covariance[j * m + k] = covariance[k * m + j];
      }
    }
  }

  /** {@code xᵀ covariance x} for an m-vector x. */
  public static double variance(double[] covariance, double[] x, int m) {
    double total = 0.0;
    for (int j = 0; j < m; j++) {
      double row = 0.0;
      for (int k = 0; k < m; k++) {
        row += covariance[j * m + k] * x[k];
      }
      total += x[j] * row;
    }
    return Math.max(0.0, total);
  }

  /** {@code xᵀ mean}. */
  public static double expected(double[] mean, double[] x, int m) {
    double total = 0.0;
    for (int j = 0; j < m; j++) {
      total += mean[j] * x[j];
    }
    return total;
  }

  private static double opponentsWeight(NormalFormGame game, double[][] strategies, int player, int profile) {
    double weight = 1.0;
    for (int q = 0; q < game.playerCount() && weight != 0.0; q++) {
      if (q != player) {
        weight *= strategies[q][game.strategyInProfile(profile, q)];
      }
    }
    return weight;
  }

  private static int stride(NormalFormGame game, int player) {
    int stride = 1;
    for (int q = game.playerCount() - 1; q > player; q--) {
      stride *= game.strategyCount(q);
    }
    return stride;
  }
}

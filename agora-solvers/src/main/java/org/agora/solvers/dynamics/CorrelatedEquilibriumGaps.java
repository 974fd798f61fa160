package org.agora.solvers.dynamics;

import org.agora.core.normalform.NormalFormGame;

/**
 * Minimal gap measures of a joint distribution over pure profiles, used by {@link Trajectory} until
 * the shared {@code org.agora.solvers.correlated} package provides its own; meant to be replaced by
 * it.
 *
 * <ul>
 *   <li>Coarse correlated gap: the sum over players of the best gain from committing, before the
 *       draw, to one pure strategy: {@code sum_p max(0, max_s' sum_a pi(a) [u_p(s', a_-p) - u_p(a)])}.
 *       Zero exactly at a coarse correlated equilibrium.
 *   <li>Correlated gap: the sum over players of the best gain of a swap function (a deviation for
 *       each recommended strategy): {@code sum_p sum_s max(0, max_s' sum_{a: a_p = s} pi(a)
 *       [u_p(s', a_-p) - u_p(a)])}. Zero exactly at a correlated equilibrium.
 * </ul>
 *
 * <p>Cost: {@code O(profiles * sum_p strategies_p)} each, allocating small per-player buffers.
 */
final class CorrelatedEquilibriumGaps {

  private CorrelatedEquilibriumGaps() {}

  /** The coarse correlated equilibrium gap of {@code distribution} (see the class comment). */
  static double coarseCorrelatedGap(NormalFormGame game, double[] distribution) {
    check(game, distribution);
    double total = 0.0;
    int[] strides = strides(game);
    for (int p = 0; p < game.playerCount(); p++) {
      int count = game.strategyCount(p);
      double[] gain = new double[count];
      for (int profile = 0; profile < distribution.length; profile++) {
        double probability = distribution[profile];
        if (probability == 0.0) {
          continue;
        }
        int own = game.strategyInProfile(profile, p);
        int base = profile - own * strides[p];
        double payoff = game.payoff(p, profile);
        for (int s = 0; s < count; s++) {
          gain[s] += probability * (game.payoff(p, base + s * strides[p]) - payoff);
        }
      }
      double best = 0.0;
      for (double value : gain) {
        best = Math.max(best, value);
      }
      total += best;
    }
    return total;
  }

  /** The correlated equilibrium gap of {@code distribution} (see the class comment). */
  static double correlatedGap(NormalFormGame game, double[] distribution) {
    check(game, distribution);
    double total = 0.0;
    int[] strides = strides(game);
    for (int p = 0; p < game.playerCount(); p++) {
      int count = game.strategyCount(p);
      double[] gain = new double[count * count];
      for (int profile = 0; profile < distribution.length; profile++) {
        double probability = distribution[profile];
        if (probability == 0.0) {
          continue;
        }
        int own = game.strategyInProfile(profile, p);
        int base = profile - own * strides[p];
        double payoff = game.payoff(p, profile);
        for (int s = 0; s < count; s++) {
          gain[own * count + s] += probability * (game.payoff(p, base + s * strides[p]) - payoff);
        }
      }
      for (int recommended = 0; recommended < count; recommended++) {
        double best = 0.0;
        for (int s = 0; s < count; s++) {
          best = Math.max(best, gain[recommended * count + s]);
        }
        total += best;
      }
    }
    return total;
  }

  private static int[] strides(NormalFormGame game) {
    int[] strides = new int[game.playerCount()];
    int stride = 1;
    for (int p = strides.length - 1; p >= 0; p--) {
      strides[p] = stride;
      stride *= game.strategyCount(p);
    }
    return strides;
  }

  private static void check(NormalFormGame game, double[] distribution) {
    if (distribution.length != game.profileCount()) {
      throw new IllegalArgumentException("distribution has " + distribution.length + " entries, the game "
          + game.profileCount() + " profiles");
    }
  }
}

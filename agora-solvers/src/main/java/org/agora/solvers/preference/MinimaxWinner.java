package org.agora.solvers.preference;

import org.agora.core.Rational;
import org.agora.core.job.ProgressMeter;
import org.agora.solvers.nash.ExactZeroSumLpSolver;

/**
 * The minimax (von Neumann) winner of a preference matrix, exactly: a lottery w over the
 * alternatives that no alternative beats in expectation, {@code Σ_i w_i M[i][j] ≥ 0} for every j
 * with {@code M = P − Pᵀ} (for preference probabilities: w is preferred to every alternative with
 * probability at least 1/2). It is a maximin strategy of the symmetric zero-sum game M, whose value
 * is 0 (Kreweras 1965; Fishburn, "Probabilistic social choice based on simple voting comparisons",
 * Rev. Econ. Studies 1984), the solution concept of Swamy et al. ("A Minimaximalist Approach to
 * Reinforcement Learning from Human Feedback", ICML 2024) and of Wang, Liu and Jin ("Is RLHF More
 * Difficult than Standard RL?", NeurIPS 2023). Computed in exact rationals by the simplex method
 * ({@link ExactZeroSumLpSolver}); a Condorcet winner, when there is one, is the unique minimax winner
 * and gets all the mass.
 *
 * <p>Departures: when several lotteries are minimax winners, the LP's vertex is returned (no
 * tie-breaking by entropy or otherwise).
 */
public final class MinimaxWinner {

  private final ProgressMeter meter;

  /** A solver that reports nowhere. */
  public MinimaxWinner() {
    this(ProgressMeter.none());
  }

  /** A solver that counts simplex pivots on {@code meter} and polls it for cancellation. */
  public MinimaxWinner(ProgressMeter meter) {
    this.meter = meter;
  }

  /** A minimax winner of {@code preferences}, exactly. */
  public Rational[] solve(PreferenceMatrix preferences) {
    ExactZeroSumLpSolver.ZeroSumSolution solution = new ExactZeroSumLpSolver(meter).solve(preferences.marginGame());
    if (solution.value().compareTo(Rational.ZERO) != 0) {
      throw new IllegalStateException("the margin game's value is " + solution.value() + ", not 0");
    }
    return solution.strategies().strategy(0).clone();
  }

  /** The least expected margin {@code min_j Σ_i w_i M[i][j]} of a lottery {@code w} (≥ 0 exactly for a winner). */
  public static double worstMargin(PreferenceMatrix preferences, double[] lottery) {
    int n = preferences.size();
    double worst = Double.POSITIVE_INFINITY;
    for (int j = 0; j < n; j++) {
      double total = 0.0;
      for (int i = 0; i < n; i++) {
        total += lottery[i] * preferences.margin(i, j).doubleValue();
      }
      worst = Math.min(worst, total);
    }
    return worst;
  }
}

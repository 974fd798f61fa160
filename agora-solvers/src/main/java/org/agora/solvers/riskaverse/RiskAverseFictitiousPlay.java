package org.agora.solvers.riskaverse;

import java.util.function.BooleanSupplier;
import org.agora.core.normalform.NormalFormGame;
import org.agora.solvers.MixedProfile;

/**
 * A risk-averse equilibrium (RAE) of a finite normal-form game by fictitious play with risk-averse
 * best responses, after Slumbers, Mguni, Blumberg, McAleer, Yang and Wang, "A Game-Theoretic
 * Framework for Managing Risk in Multi-Agent Systems", ICML 2023, PMLR 202:32059–32087
 * (arXiv:2205.15434; an earlier version was submitted to ICLR 2023 as "A Risk-Averse Equilibrium for
 * Multi-Agent Systems").
 *
 * <p>What the paper states (checked against its abstracts; the body text could not be consulted):
 * a player's risk is the variance of its reward caused by the other players' strategies; the RAE
 * picks, for a given level of expected utility, the strategy of minimum variance (Markowitz's
 * problem with the own strategies as assets); it always exists; it is computed in small games by a
 * fictitious-play-type process with convergence guarantees in classes including zero-sum and
 * potential games, and in large games by a PSRO variant (here {@code RiskAverseMetaSolver} in
 * agora-evaluation); it coincides with the risk-dominant equilibrium in some games (the stag hunt).
 *
 * <p>What this class computes: a profile x is an RAE with reward tolerance ε when every player's
 * strategy x_i is a {@linkplain RiskAverseBestResponse risk-averse best response} to the others: it
 * minimises the reward variance {@code x_iᵀ Σ_i(x_{-i}) x_i} among strategies whose expected reward
 * is within ε of a best response's ({@link RewardMoments} gives μ_i and Σ_i; Σ_i is the covariance
 * of the own pure strategies' rewards over the others' independent draw, so own randomisation adds
 * no variance). At iteration 1 every player responds to the others' uniform strategies, and at
 * iteration t every player responds (simultaneously) to the others' averages of their first t − 1
 * responses; the averages are returned.
 *
 * <p>Selection: against pure opponents every variance is 0, so every pure Nash equilibrium is an RAE
 * for every ε. In the stag hunt both (stag, stag) and (hare, hare) are RAE; the process selects
 * hare/hare, the risk-dominant one, because its first responses are to uniform opponents (against
 * which hare has both the higher mean and zero variance). The selection is the process's, not the
 * definition's.
 *
 * <p>Stopping: after {@code iterations}, or as soon as the {@linkplain Result#gap() RAE gap} of the
 * averages falls to {@code precision}. The gap of player i is its expected-reward shortfall below
 * {@code max μ_i − ε} plus its variance above that of its risk-averse best response; it is 0
 * exactly at an RAE. In games where play settles on a pure profile (the stag hunt, dominance
 * solvable games) the process stops with gap 0 after two iterations.
 *
 * <p>Cost per iteration: O(profiles · players) for the moments and one convex QP of m_i variables
 * per player (the QP allocates its ojAlgo model; the moments do not allocate). The responses to the
 * averages also measure the averages' gap, so stopping costs nothing extra.
 *
 * <p>Departures: (1) the level of expected utility is set relative to the best response's, {@code
 * max μ_i − ε} with an absolute tolerance ε, rather than as a fixed level (a fixed level can be
 * unattainable against some opponent strategies); ε = 0 allows only exact best responses, so an RAE
 * is then a Nash equilibrium refined by variance. (2) The process is classical fictitious play
 * (simultaneous updates, uniform start, averages of exact risk-averse responses); whether it is the
 * paper's process in every detail (step sizes, smoothing, update order) could not be checked, so the
 * paper's convergence guarantees are not claimed for it. Convergence is tested here on potential
 * games only, and the gap reported says how far the returned profile is from an RAE. (3) The variance excess is discontinuous in the others' strategies (the set of near-best
 * responses jumps), so near a mixed equilibrium of a random game the gap may stay large although
 * NashConv is small: on a random 10x10 game the gap after 2000 iterations is dominated by one
 * player's variance excess.
 */
public final class RiskAverseFictitiousPlay {

  /**
   * The averaged profile, how it ended and the per-player measures at it.
   *
   * @param profile the players' average responses
   * @param iterations the iterations run
   * @param converged true when the gap reached the precision before the iteration budget
   * @param shortfalls each player's expected-reward shortfall below its best reward minus ε (≥ 0)
   * @param varianceExcess each player's reward variance above that of its risk-averse best response
   * @param variances each player's reward variance at the profile
   */
  public record Result(MixedProfile profile, int iterations, boolean converged, double[] shortfalls,
      double[] varianceExcess, double[] variances) {

    /** The RAE gap: the sum over players of shortfall plus variance excess. */
    public double gap() {
      double total = 0.0;
      for (int p = 0; p < shortfalls.length; p++) {
        total += shortfalls[p] + varianceExcess[p];
      }
      return total;
    }
  }

  private final double tolerance;
  private final int iterations;
  private final double precision;

  /**
   * @param tolerance ε ≥ 0, the expected reward a player may give up for lower variance
   * @param iterations the largest number of iterations, ≥ 1
   * @param precision stop when the RAE gap is at most this, ≥ 0
   */
  public RiskAverseFictitiousPlay(double tolerance, int iterations, double precision) {
    if (!(tolerance >= 0.0) || Double.isInfinite(tolerance)) {
      throw new IllegalArgumentException("the reward tolerance must be finite and >= 0, got " + tolerance);
    }
    if (iterations < 1) {
      throw new IllegalArgumentException("iterations must be >= 1, got " + iterations);
    }
    if (!(precision >= 0.0)) {
      throw new IllegalArgumentException("the precision must be >= 0, got " + precision);
    }
    this.tolerance = tolerance;
    this.iterations = iterations;
    this.precision = precision;
  }

  /** Runs the process on {@code game}. */
  public Result solve(NormalFormGame game) {
    return solve(game, () -> false);
  }

  /** Runs the process, polling {@code cancelled} before each iteration (stopping early when it says so). */
  public Result solve(NormalFormGame game, BooleanSupplier cancelled) {
    int players = game.playerCount();
    int largest = 0;
    double[][] averages = new double[players][];
    double[][] previous = new double[players][];
    double[][] responses = new double[players][];
    for (int p = 0; p < players; p++) {
      int m = game.strategyCount(p);
      largest = Math.max(largest, m);
      averages[p] = new double[m];
      previous[p] = new double[m];
      responses[p] = new double[m];
      java.util.Arrays.fill(previous[p], 1.0 / m);
    }
    double[] mean = new double[largest];
    double[] covariance = new double[largest * largest];
    double[] shortfalls = new double[players];
    double[] excess = new double[players];
    double[] variances = new double[players];
    int done = 0;
    boolean converged = false;
    while (true) {
      // everyone's risk-averse response to the others' averages so far (uniform before the first
      // iteration); the same moments measure the averages' RAE gap, so measuring costs nothing extra
      double gap = 0.0;
      for (int p = 0; p < players; p++) {
        int m = game.strategyCount(p);
        RewardMoments.compute(game, previous, p, mean, covariance);
        double least = RiskAverseBestResponse.solve(mean, covariance, m, tolerance, responses[p]);
        if (done > 0) {
          gap += measure(mean, covariance, m, averages[p], least, p, shortfalls, excess, variances);
        }
      }
      if (done > 0 && gap <= precision) {
        converged = true;
        break;
      }
      if (done == iterations || cancelled.getAsBoolean()) {
        break;
      }
      done++;
      for (int p = 0; p < players; p++) {
        double[] average = averages[p];
        for (int s = 0; s < average.length; s++) {
          average[s] += (responses[p][s] - average[s]) / done;
        }
        System.arraycopy(average, 0, previous[p], 0, average.length);
      }
    }
    if (done == 0) {
      for (int p = 0; p < players; p++) {
        System.arraycopy(previous[p], 0, averages[p], 0, averages[p].length);
      }
      measure(game, averages, mean, covariance, shortfalls, excess, variances);
    }
    return new Result(MixedProfile.of(averages), done, converged, shortfalls, excess, variances);
  }

  /** Fills player p's measures from its moments and the least variance of its responses; returns its gap. */
  private double measure(double[] mean, double[] covariance, int m, double[] strategy, double least, int p,
      double[] shortfalls, double[] excess, double[] variances) {
    double best = Double.NEGATIVE_INFINITY;
    for (int s = 0; s < m; s++) {
      best = Math.max(best, mean[s]);
    }
    variances[p] = RewardMoments.variance(covariance, strategy, m);
    shortfalls[p] = Math.max(0.0, best - tolerance - RewardMoments.expected(mean, strategy, m));
    excess[p] = Math.max(0.0, variances[p] - least);
    return shortfalls[p] + excess[p];
  }

  /** Fills the per-player measures of {@code profile} and returns the RAE gap. */
  private double measure(NormalFormGame game, double[][] profile, double[] mean, double[] covariance,
      double[] shortfalls, double[] excess, double[] variances) {
    double gap = 0.0;
    for (int p = 0; p < profile.length; p++) {
      int m = game.strategyCount(p);
      RewardMoments.compute(game, profile, p, mean, covariance);
      double least = RiskAverseBestResponse.solve(mean, covariance, m, tolerance, new double[m]);
      gap += measure(mean, covariance, m, profile[p], least, p, shortfalls, excess, variances);
    }
    return gap;
  }

  /** Measures {@code profile} as this solver would (shortfalls, variance excess, variances), without iterating. */
  public Result evaluate(NormalFormGame game, MixedProfile profile) {
    int players = game.playerCount();
    int largest = 0;
    double[][] strategies = new double[players][];
    for (int p = 0; p < players; p++) {
      strategies[p] = profile.strategy(p).clone();
      largest = Math.max(largest, strategies[p].length);
    }
    double[] shortfalls = new double[players];
    double[] excess = new double[players];
    double[] variances = new double[players];
    double gap = measure(game, strategies, new double[largest], new double[largest * largest], shortfalls, excess,
        variances);
    return new Result(profile, 0, gap <= precision, shortfalls, excess, variances);
  }
}

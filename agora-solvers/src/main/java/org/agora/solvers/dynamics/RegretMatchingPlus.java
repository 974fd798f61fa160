package org.agora.solvers.dynamics;

import org.agora.core.normalform.NormalFormGame;
import org.agora.solvers.MixedProfile;

/**
 * Regret matching+: regret matching whose cumulative regrets are clipped at zero after every update,
 * with linearly weighted averages.
 *
 * <p>Update rule: Q<sub>p</sub><sup>t</sup>(s) = max(0, Q<sub>p</sub><sup>t-1</sup>(s) +
 * u<sub>p</sub>(s, x<sub>-p</sub><sup>t</sup>) - u<sub>p</sub>(x<sup>t</sup>)), and
 * x<sub>p</sub><sup>t+1</sup> proportional to Q<sub>p</sub><sup>t</sup> (uniform when it is zero).
 * Iteration t has weight t in the average profile and in the empirical joint distribution (which
 * averages the product distributions played). Full-information expected payoffs; deterministic.
 *
 * <p>O. Tammelin, "Solving large imperfect information games using CFR+", arXiv:1407.5042, 2014;
 * O. Tammelin, N. Burch, M. Johanson and M. Bowling, "Solving heads-up limit Texas hold'em",
 * <i>IJCAI</i> 2015.
 *
 * <p>Convergence: Q &ge; R pointwise and ||Q<sup>t</sup>||<sup>2</sup> &le; t (m - 1) range<sup>2</sup>
 * as for regret matching, so the t-weighted regret is at most t range sqrt((m - 1) t), and divided by
 * the total weight t (t + 1) / 2 each player's weighted average regret is at most
 * {@code 2 * range * sqrt((m - 1) / t)} (the argument of Tammelin et al. 2015 for non-decreasing
 * weights). Hence the linearly weighted empirical joint distribution converges to the coarse
 * correlated equilibrium set and, in two-player zero-sum games, the average profile to the Nash
 * equilibria. Departure: CFR+ as published alternates the players' updates; this class updates them
 * simultaneously, as {@link LearningDynamics#step()} requires, which is often slower in practice.
 *
 * <p>Complexity: one pass over the payoff tensor per step, {@code O(profiles * players)}; no
 * allocation.
 */
public final class RegretMatchingPlus extends AbstractLearningDynamics {

  private final double[][] regrets;

  /** Regret matching+ on {@code game}, starting from uniform strategies. */
  public RegretMatchingPlus(NormalFormGame game) {
    this(game, MixedProfile.uniform(game));
  }

  /**
   * Regret matching+ whose first play is {@code initial} (the first play is arbitrary in the
   * procedure; later plays follow the regrets).
   */
  public RegretMatchingPlus(NormalFormGame game, MixedProfile initial) {
    super(game);
    setCurrent(initial);
    this.regrets = new double[players][];
    for (int p = 0; p < players; p++) {
      regrets[p] = new double[strategyCounts[p]];
    }
  }

  @Override
  double averagingWeight(int t) {
    return t;
  }

  @Override
  void update(double weight) {
    deviationPayoffs(current, deviation, jointSum, weight);
    for (int p = 0; p < players; p++) {
      double[] payoff = deviation[p];
      double expected = dot(current[p], payoff);
      double[] regret = regrets[p];
      for (int s = 0; s < regret.length; s++) {
        regret[s] = Math.max(0.0, regret[s] + payoff[s] - expected);
      }
      positivePartDistribution(regret, current[p]);
    }
  }

  /** A copy of player p's clipped cumulative regrets (never negative). */
  public double[] cumulativeRegrets(int player) {
    return regrets[player].clone();
  }
}

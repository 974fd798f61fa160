package org.agora.solvers.dynamics;

import org.agora.core.normalform.NormalFormGame;
import org.agora.solvers.MixedProfile;

/**
 * Regret matching, the unconditional (external-regret) version in expectation: every player plays in
 * proportion to the positive part of its cumulative regret for not having always played each pure
 * strategy.
 *
 * <p>Update rule: R<sub>p</sub><sup>t</sup>(s) = sum<sub>k &le; t</sub> [u<sub>p</sub>(s,
 * x<sub>-p</sub><sup>k</sup>) - u<sub>p</sub>(x<sup>k</sup>)] and x<sub>p</sub><sup>t+1</sup>(s) =
 * R<sub>p</sub><sup>t</sup>(s)<sup>+</sup> / sum<sub>s'</sub> R<sub>p</sub><sup>t</sup>(s')<sup>+</sup>,
 * uniform when no regret is positive (and at t = 0). Payoffs are the full-information expected
 * payoffs against the others' mixed strategies, not sampled play, so the run is deterministic.
 * Averages are uniform over iterations; the empirical joint distribution averages the product
 * distributions x<sup>1</sup>, ..., x<sup>t</sup>.
 *
 * <p>S. Hart and A. Mas-Colell, "A simple adaptive procedure leading to correlated equilibrium",
 * <i>Econometrica</i> 68(5), 2000. Departure: that paper's main procedure uses conditional
 * (internal) regrets of realized play and leads to correlated equilibria; this class implements the
 * unconditional variant the paper also discusses (Blackwell approachability of the non-positive
 * orthant for external regrets), which is Hannan consistent: each player's average external regret
 * is at most {@code range * sqrt((m - 1) / t)} (the squared norm of the positive regret vector grows
 * by at most (m - 1) range<sup>2</sup> per step), so the empirical joint distribution converges to the
 * coarse correlated equilibrium set, and in two-player zero-sum games the average profile converges
 * to the Nash equilibria at rate O(1/sqrt(t)). For correlated equilibria use
 * {@link SwapRegretMinimizer}.
 *
 * <p>Complexity: one pass over the payoff tensor per step, {@code O(profiles * players)}; no
 * allocation.
 */
public final class RegretMatching extends AbstractLearningDynamics {

  private final double[][] regrets;

  /** Regret matching on {@code game}, starting from uniform strategies. */
  public RegretMatching(NormalFormGame game) {
    this(game, MixedProfile.uniform(game));
  }

  /**
   * Regret matching whose first play is {@code initial} (the first play is arbitrary in the
   * procedure; later plays follow the regrets).
   */
  public RegretMatching(NormalFormGame game, MixedProfile initial) {
    super(game);
    setCurrent(initial);
    this.regrets = new double[players][];
    for (int p = 0; p < players; p++) {
      regrets[p] = new double[strategyCounts[p]];
    }
  }

  @Override
  void update(double weight) {
    deviationPayoffs(current, deviation, jointSum, weight);
    for (int p = 0; p < players; p++) {
      double[] payoff = deviation[p];
      double expected = dot(current[p], payoff);
      double[] regret = regrets[p];
      for (int s = 0; s < regret.length; s++) {
        regret[s] += payoff[s] - expected;
      }
      positivePartDistribution(regret, current[p]);
    }
  }

  /** A copy of player p's cumulative regrets. */
  public double[] cumulativeRegrets(int player) {
    return regrets[player].clone();
  }
}

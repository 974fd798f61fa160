package org.agora.solvers.dynamics;

import org.agora.core.normalform.NormalFormGame;
import org.agora.solvers.MixedProfile;

/**
 * Hedge (multiplicative weights, exponential weights): every player plays each pure strategy with
 * probability proportional to the exponential of its cumulative payoff, scaled by a learning rate.
 *
 * <p>Update rule: U<sub>p</sub><sup>t</sup>(s) = sum<sub>k &le; t</sub> u<sub>p</sub>(s,
 * x<sub>-p</sub><sup>k</sup>) and x<sub>p</sub><sup>t+1</sup>(s) proportional to
 * exp(&eta;<sub>p</sub> U<sub>p</sub><sup>t</sup>(s)) (computed after subtracting the maximum, so it
 * never overflows); x<sup>1</sup> is uniform unless initial weights are given, which then multiply
 * the exponentials. Full-information expected payoffs; deterministic.
 * Averages are uniform; the empirical joint distribution averages the product distributions played.
 *
 * <p>Y. Freund and R. E. Schapire, "A decision-theoretic generalization of on-line learning and an
 * application to boosting", <i>Journal of Computer and System Sciences</i> 55(1), 1997. The
 * horizon-tuned rate {@link #forHorizon} is &eta;<sub>p</sub> = sqrt(8 ln m<sub>p</sub> / T) / range
 * (range = max minus min payoff of the game), which bounds each player's external regret after T
 * iterations by {@code range * sqrt(T ln m / 2)} (N. Cesa-Bianchi and G. Lugosi, <i>Prediction,
 * Learning, and Games</i>, Theorem 2.2, 2006).
 *
 * <p>Convergence: with the horizon-tuned rate the empirical joint distribution after T iterations is
 * an O(range sqrt(ln m / T)) coarse correlated equilibrium, and in two-player zero-sum games the
 * average profile an O(range sqrt(ln m / T)) Nash equilibrium. With a fixed rate &eta; the average
 * regret is at most {@code ln m / (eta t) + eta range^2 / 8}: it levels off at O(&eta;) rather than
 * going to zero.
 *
 * <p>Complexity: one pass over the payoff tensor and one exponential per strategy per step,
 * {@code O(profiles * players + sum_p m_p)}; no allocation.
 */
public final class Hedge extends AbstractLearningDynamics {

  private final double[] learningRates;
  private final double[][] cumulativePayoffs;
  private final double[][] prior;

  private Hedge(NormalFormGame game, double[] learningRates, MixedProfile initial) {
    super(game);
    this.learningRates = learningRates;
    setCurrent(initial);
    this.prior = new double[players][];
    for (int p = 0; p < players; p++) {
      prior[p] = current[p].clone();
    }
    this.cumulativePayoffs = new double[players][];
    for (int p = 0; p < players; p++) {
      cumulativePayoffs[p] = new double[strategyCounts[p]];
    }
  }

  /** Hedge with the same fixed learning rate &eta; for every player. */
  public static Hedge withLearningRate(NormalFormGame game, double learningRate) {
    return withLearningRate(game, learningRate, MixedProfile.uniform(game));
  }

  /**
   * Hedge with a fixed learning rate and initial weights {@code initial}: x<sup>t+1</sup>(s)
   * proportional to initial(s) exp(&eta; U<sup>t</sup>(s)); a strategy of initial weight 0 is never
   * played.
   */
  public static Hedge withLearningRate(NormalFormGame game, double learningRate, MixedProfile initial) {
    requirePositive("learningRate", learningRate);
    double[] rates = new double[game.playerCount()];
    java.util.Arrays.fill(rates, learningRate);
    return new Hedge(game, rates, initial);
  }

  /**
   * Hedge tuned for a run of {@code horizon} iterations: &eta;<sub>p</sub> = sqrt(8 ln m<sub>p</sub> /
   * horizon) / range (a player with a single strategy gets rate 1, which does not matter).
   */
  public static Hedge forHorizon(NormalFormGame game, int horizon) {
    return forHorizon(game, horizon, MixedProfile.uniform(game));
  }

  /** Hedge tuned for {@code horizon} iterations with initial weights {@code initial}. */
  public static Hedge forHorizon(NormalFormGame game, int horizon, MixedProfile initial) {
    if (horizon < 1) {
      throw new IllegalArgumentException("horizon must be at least 1, got " + horizon);
    }
    double range = game.maxUtility() - game.minUtility();
    if (!(range > 0.0)) {
      range = 1.0;
    }
    double[] rates = new double[game.playerCount()];
    for (int p = 0; p < rates.length; p++) {
      int strategies = game.strategyCount(p);
      rates[p] = strategies > 1 ? Math.sqrt(8.0 * Math.log(strategies) / horizon) / range : 1.0;
    }
    return new Hedge(game, rates, initial);
  }

  /** Player p's learning rate. */
  public double learningRate(int player) {
    return learningRates[player];
  }

  @Override
  void update(double weight) {
    deviationPayoffs(current, deviation, jointSum, weight);
    for (int p = 0; p < players; p++) {
      double[] cumulative = cumulativePayoffs[p];
      double[] payoff = deviation[p];
      double[] weights = prior[p];
      double max = Double.NEGATIVE_INFINITY;
      for (int s = 0; s < cumulative.length; s++) {
        cumulative[s] += payoff[s];
        if (weights[s] > 0.0) {
          max = Math.max(max, cumulative[s]);
        }
      }
      double rate = learningRates[p];
      double[] strategy = current[p];
      double total = 0.0;
      for (int s = 0; s < cumulative.length; s++) {
        strategy[s] = weights[s] > 0.0 ? weights[s] * Math.exp(rate * (cumulative[s] - max)) : 0.0;
        total += strategy[s];
      }
      for (int s = 0; s < strategy.length; s++) {
        strategy[s] /= total;
      }
    }
  }
}

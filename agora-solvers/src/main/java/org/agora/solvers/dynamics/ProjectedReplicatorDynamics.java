package org.agora.solvers.dynamics;

import java.util.Objects;
import org.agora.core.normalform.NormalFormGame;
import org.agora.solvers.MixedProfile;

/**
 * Projected replicator dynamics: an explicit Euler step of the multi-population replicator dynamics
 * followed by the Euclidean projection onto the &gamma;-exploratory simplex, which keeps every
 * strategy's share at least &gamma; / m.
 *
 * <p>Update rule: y = x<sub>p</sub> + h x<sub>p</sub> &#8857; (u<sub>p</sub>(&middot;, x<sub>-p</sub>)
 * - u<sub>p</sub>(x)) and x<sub>p</sub> &larr; argmin<sub>z</sub> ||z - y||<sub>2</sub> over
 * {z : sum z = 1, z(s) &ge; &gamma; / m<sub>p</sub>}. The projection is z(s) = max(y(s) - &tau;,
 * &gamma; / m) with &tau; found by bisection and then solved exactly on the resulting active set.
 * Averages are uniform; the empirical joint distribution averages the product distributions.
 *
 * <p>M. Lanctot, V. Zambaldi, A. Gruslys, A. Lazaridou, K. Tuyls, J. Pérolat, D. Silver and
 * T. Graepel, "A unified game-theoretic approach to multiagent reinforcement learning",
 * <i>NeurIPS</i> 2017 (the meta-solver of PSRO).
 *
 * <p>Convergence: no general guarantee; the exploration floor keeps every strategy alive, which
 * damps the cycling of the plain replicator, and in zero-sum games such as rock–paper–scissors the
 * time average approaches the interior equilibrium up to an O(&gamma; + h) bias.
 *
 * <p>Complexity: one pass over the payoff tensor plus {@code O(64 m_p)} per player for the
 * projection per step; no allocation.
 */
public final class ProjectedReplicatorDynamics extends AbstractLearningDynamics {

  private static final int BISECTION_ROUNDS = 64;

  private final double stepSize;
  private final double exploration;
  private final double[][] velocity;

  /** Projected replicator dynamics from uniform strategies. */
  public ProjectedReplicatorDynamics(NormalFormGame game, double stepSize, double exploration) {
    this(game, stepSize, exploration, MixedProfile.uniform(game));
  }

  /**
   * Projected replicator dynamics from {@code initial}, projected first.
   *
   * @param exploration &gamma; in [0, 1]: every share stays at least &gamma; / m
   * @throws IllegalArgumentException if the step size is not positive, &gamma; is outside [0, 1] or
   *     the profile does not fit
   */
  public ProjectedReplicatorDynamics(NormalFormGame game, double stepSize, double exploration, MixedProfile initial) {
    super(game);
    requirePositive("stepSize", stepSize);
    if (!(exploration >= 0.0 && exploration <= 1.0)) {
      throw new IllegalArgumentException("exploration gamma must be in [0, 1], got " + exploration);
    }
    this.stepSize = stepSize;
    this.exploration = exploration;
    setCurrent(Objects.requireNonNull(initial, "initial"));
    this.velocity = newStrategyArray();
    for (int p = 0; p < players; p++) {
      project(current[p], exploration / strategyCounts[p]);
    }
  }

  /** The exploration parameter &gamma;. */
  public double exploration() {
    return exploration;
  }

  @Override
  void update(double weight) {
    replicatorVelocity(current, velocity, jointSum, weight);
    for (int p = 0; p < players; p++) {
      double[] strategy = current[p];
      for (int s = 0; s < strategy.length; s++) {
        strategy[s] += stepSize * velocity[p][s];
      }
      project(strategy, exploration / strategy.length);
    }
  }

  /**
   * Replaces {@code values} by its Euclidean projection onto {z : sum z = 1, z &ge; floor}; requires
   * {@code floor * length <= 1}.
   */
  static void project(double[] values, double floor) {
    int m = values.length;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double value : values) {
      min = Math.min(min, value);
      max = Math.max(max, value);
    }
    // g(tau) = sum max(v - tau, floor) decreases; g(min - 1) >= m >= 1 and g(max - floor) = m floor <= 1.
    double low = min - 1.0;
    double high = max - floor;
    for (int round = 0; round < BISECTION_ROUNDS; round++) {
      double middle = 0.5 * (low + high);
      double total = 0.0;
      for (double value : values) {
        total += Math.max(value - middle, floor);
      }
      if (total > 1.0) {
        low = middle;
      } else {
        high = middle;
      }
    }
    double tau = 0.5 * (low + high);
    int active = 0;
    double activeSum = 0.0;
    for (double value : values) {
      if (value - tau > floor) {
        active++;
        activeSum += value;
      }
    }
    if (active > 0) {
      tau = (activeSum - (1.0 - (m - active) * floor)) / active;
    }
    double total = 0.0;
    for (int s = 0; s < m; s++) {
      values[s] = Math.max(values[s] - tau, floor);
      total += values[s];
    }
    for (int s = 0; s < m; s++) {
      values[s] /= total;
    }
  }
}

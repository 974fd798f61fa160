package org.agora.solvers.dynamics;

import org.agora.core.normalform.NormalFormGame;
import org.agora.solvers.MixedProfile;

/**
 * Multi-population replicator dynamics, integrated with a fixed step: each player's population
 * shifts towards the pure strategies that earn more than its average.
 *
 * <p>Update rule: the ordinary differential equation dx<sub>p</sub>(s)/dt = x<sub>p</sub>(s)
 * [u<sub>p</sub>(s, x<sub>-p</sub>) - u<sub>p</sub>(x)] for every player p (one population per
 * player), advanced by one explicit Euler or classical fourth-order Runge–Kutta step of size h per
 * iteration. The field keeps each strategy's total at 1 exactly; rounding, and for a large h the
 * discretisation, can push a share below 0, so after each step shares are clipped at 0 and
 * renormalized. Averages are uniform over iterations (the time average, h being fixed); the
 * empirical joint distribution averages the product distributions.
 *
 * <p>P. D. Taylor and L. B. Jonker, "Evolutionarily stable strategies and game dynamics",
 * <i>Mathematical Biosciences</i> 40(1–2), 1978 (one population); the multi-population form is as in
 * J. Hofbauer and K. Sigmund, <i>Evolutionary Games and Population Dynamics</i>, Cambridge University
 * Press, 1998.
 *
 * <p>Convergence: strict Nash equilibria are asymptotically stable; interior orbits of a two-player
 * zero-sum game with an interior equilibrium (x*, y*) conserve sum x*<sub>i</sub> log x<sub>i</sub> +
 * sum y*<sub>j</sub> log y<sub>j</sub> and cycle, and their time averages converge to the equilibrium
 * (Hofbauer and Sigmund 1998); in general neither the trajectory nor its average need converge.
 *
 * <p>Complexity: one (Euler) or four (Runge–Kutta) passes over the payoff tensor per step,
 * {@code O(profiles * players)}; no allocation.
 */
public final class ReplicatorDynamics extends AbstractLearningDynamics {

  /** Numerical integration scheme. */
  public enum Integrator {
    /** Explicit Euler, one field evaluation per step, error O(h) over a fixed time. */
    EULER,
    /** Classical fourth-order Runge–Kutta, four field evaluations per step, error O(h^4). */
    RUNGE_KUTTA_4
  }

  private final double stepSize;
  private final Integrator integrator;
  private final double[][] stage1;
  private final double[][] stage2;
  private final double[][] stage3;
  private final double[][] stage4;
  private final double[][] probe;

  /** Replicator dynamics from uniform strategies (a rest point of symmetric games). */
  public ReplicatorDynamics(NormalFormGame game, double stepSize, Integrator integrator) {
    this(game, stepSize, integrator, MixedProfile.uniform(game));
  }

  /**
   * Replicator dynamics from {@code initial}.
   *
   * @throws IllegalArgumentException if the step size is not positive or the profile does not fit
   */
  public ReplicatorDynamics(NormalFormGame game, double stepSize, Integrator integrator, MixedProfile initial) {
    super(game);
    requirePositive("stepSize", stepSize);
    this.stepSize = stepSize;
    this.integrator = java.util.Objects.requireNonNull(integrator, "integrator");
    setCurrent(initial);
    this.stage1 = newStrategyArray();
    this.stage2 = newStrategyArray();
    this.stage3 = newStrategyArray();
    this.stage4 = newStrategyArray();
    this.probe = newStrategyArray();
  }

  /** The integration step h. */
  public double stepSize() {
    return stepSize;
  }

  @Override
  void update(double weight) {
    double h = stepSize;
    replicatorVelocity(current, stage1, jointSum, weight);
    if (integrator == Integrator.EULER) {
      for (int p = 0; p < players; p++) {
        for (int s = 0; s < strategyCounts[p]; s++) {
          current[p][s] += h * stage1[p][s];
        }
      }
    } else {
      advance(stage1, 0.5 * h);
      replicatorVelocity(probe, stage2, null, 0.0);
      advance(stage2, 0.5 * h);
      replicatorVelocity(probe, stage3, null, 0.0);
      advance(stage3, h);
      replicatorVelocity(probe, stage4, null, 0.0);
      for (int p = 0; p < players; p++) {
        for (int s = 0; s < strategyCounts[p]; s++) {
          current[p][s] += h / 6.0 * (stage1[p][s] + 2.0 * stage2[p][s] + 2.0 * stage3[p][s] + stage4[p][s]);
        }
      }
    }
    clipAndNormalize(current);
  }

  /** probe = current + h * velocity. */
  private void advance(double[][] velocity, double h) {
    for (int p = 0; p < players; p++) {
      for (int s = 0; s < strategyCounts[p]; s++) {
        probe[p][s] = current[p][s] + h * velocity[p][s];
      }
    }
  }

  /** Clips every share at 0 and rescales each player's shares to sum to 1. */
  static void clipAndNormalize(double[][] strategies) {
    for (double[] strategy : strategies) {
      double total = 0.0;
      for (int s = 0; s < strategy.length; s++) {
        if (!(strategy[s] > 0.0)) {
          strategy[s] = 0.0;
        }
        total += strategy[s];
      }
      if (total > 0.0) {
        for (int s = 0; s < strategy.length; s++) {
          strategy[s] /= total;
        }
      } else {
        java.util.Arrays.fill(strategy, 1.0 / strategy.length);
      }
    }
  }
}

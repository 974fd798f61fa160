package org.agora.evaluation.psro;

import org.agora.solvers.dynamics.ProjectedReplicatorDynamics;

/**
 * Projected replicator dynamics (PRD), the meta-solver introduced with PSRO (Lanctot et al.,
 * NeurIPS 2017, section 3.1): {@link ProjectedReplicatorDynamics} run from the uniform profile for a
 * fixed number of Euler steps of size {@code stepSize}, each share kept at least
 * {@code exploration / n}. The meta-strategy is the time average of the run (the last iterate cycles
 * on games like rock-paper-scissors); this is a departure from the paper, which takes the last
 * iterate. Cost O(iterations x n^2).
 */
public final class ProjectedReplicatorMetaSolver implements MetaSolver {

  /** Default number of steps. */
  public static final int DEFAULT_ITERATIONS = 10_000;
  /** Default step size. */
  public static final double DEFAULT_STEP_SIZE = 0.01;
  /** Default exploration floor gamma. */
  public static final double DEFAULT_EXPLORATION = 1e-6;

  private final int iterations;
  private final double stepSize;
  private final double exploration;

  /** PRD with the default steps, step size and exploration. */
  public ProjectedReplicatorMetaSolver() {
    this(DEFAULT_ITERATIONS, DEFAULT_STEP_SIZE, DEFAULT_EXPLORATION);
  }

  /**
   * PRD with the given parameters.
   *
   * @throws IllegalArgumentException for fewer than one step, a step size that is not positive and
   *     finite, or an exploration outside [0, 1]
   */
  public ProjectedReplicatorMetaSolver(int iterations, double stepSize, double exploration) {
    if (iterations < 1) {
      throw new IllegalArgumentException("PRD needs at least 1 iteration, got " + iterations);
    }
    if (!(stepSize > 0.0) || !Double.isFinite(stepSize)) {
      throw new IllegalArgumentException("the PRD step size must be a finite number > 0, got " + stepSize);
    }
    if (!(exploration >= 0.0 && exploration <= 1.0)) {
      throw new IllegalArgumentException("the PRD exploration gamma must be in [0, 1], got " + exploration);
    }
    this.iterations = iterations;
    this.stepSize = stepSize;
    this.exploration = exploration;
  }

  @Override
  public String name() {
    return "prd(iterations=" + iterations + ",step=" + stepSize + ",gamma=" + exploration + ")";
  }

  @Override
  public double[][] solve(MetaGame game) {
    ProjectedReplicatorDynamics dynamics = new ProjectedReplicatorDynamics(game.toNormalFormGame(), stepSize,
        exploration);
    for (int t = 0; t < iterations; t++) {
      dynamics.step();
    }
    return new double[][] {MetaStrategies.normalise(dynamics.averageProfile().strategy(0)),
        MetaStrategies.normalise(dynamics.averageProfile().strategy(1))};
  }
}

package org.agora.solvers.provider;

import java.util.List;
import org.agora.core.ParameterSpec;

/**
 * The parameter declarations solvers share, so that a parameter has one name, default and range
 * wherever it appears (defaults are those of {@code agora solve}).
 */
public final class SolverParameters {

  private SolverParameters() {}

  /** Iterations of an iterative solver. */
  public static final ParameterSpec ITERATIONS =
      ParameterSpec.integer("iterations", 10_000, 1, Integer.MAX_VALUE, "Iterations of iterative methods");
  /** Target precision of approximate normal-form solvers. */
  public static final ParameterSpec PRECISION =
      ParameterSpec.real("precision", 1e-6, Double.MIN_VALUE, Double.POSITIVE_INFINITY,
          "Target NashConv of approximate methods");
  /** Random seed. */
  public static final ParameterSpec SEED =
      ParameterSpec.longInteger("seed", 0L, "Random seed");
  /** Starting label of Lemke-Howson. */
  public static final ParameterSpec LABEL = ParameterSpec.integer("label", 0, 0, Integer.MAX_VALUE,
      "Starting label of Lemke-Howson (lcp); 0 runs every label (default).");
  /** Objective of the correlated-equilibrium programs. */
  public static final ParameterSpec OBJECTIVE = ParameterSpec.choice("objective", "welfare",
      List.of("feasible", "welfare", "maxmin", "entropy"), "Objective of ce/cce: feasible, welfare, maxmin or entropy");
  /** Floating point instead of exact arithmetic. */
  public static final ParameterSpec FLOATING =
      ParameterSpec.bool("floating", false, "Use floating point where a method also has an exact mode.");
  /** Trajectory sampling interval of learning dynamics; 0 for about 200 points. */
  public static final ParameterSpec SAMPLE_EVERY_DYNAMICS = ParameterSpec.integer("sample_every", 0, 0,
      Integer.MAX_VALUE, "Learning dynamics: record the trajectory every K iterations (default: about 200 points).");
  /** Measurement interval of iterative tree solvers; 0 for about 50 points. */
  public static final ParameterSpec SAMPLE_EVERY_TREE = ParameterSpec.integer("sample_every", 0, 0,
      Integer.MAX_VALUE, "Tree methods: measure the average policy every K iterations (default: about 50 points).");
  /** Worker threads of the full-tree CFR solvers. */
  public static final ParameterSpec THREADS = ParameterSpec.integer("threads", 1, 1, Integer.MAX_VALUE,
      "Worker threads of tree methods that support them");
  /** Discounted CFR's positive-regret exponent. */
  public static final ParameterSpec ALPHA = ParameterSpec.real("alpha", 1.5, Double.NEGATIVE_INFINITY,
      Double.POSITIVE_INFINITY, "Discounted CFR's alpha");
  /** Discounted CFR's negative-regret exponent. */
  public static final ParameterSpec BETA = ParameterSpec.real("beta", 0.0, Double.NEGATIVE_INFINITY,
      Double.POSITIVE_INFINITY, "Discounted CFR's beta");
  /** Discounted CFR's average-strategy exponent. */
  public static final ParameterSpec GAMMA = ParameterSpec.real("gamma", 2.0, Double.NEGATIVE_INFINITY,
      Double.POSITIVE_INFINITY, "Discounted CFR's gamma");
  /** Exploration of outcome-sampling MCCFR, in (0, 1]. */
  public static final ParameterSpec EPSILON = ParameterSpec.real("epsilon", 0.6, Double.MIN_VALUE, 1.0,
      "Exploration of outcome-sampling MCCFR");
}

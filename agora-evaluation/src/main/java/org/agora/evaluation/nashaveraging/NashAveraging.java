package org.agora.evaluation.nashaveraging;

import org.agora.solvers.nash.MaximumEntropyZeroSumSolver;

/**
 * Nash averaging: ratings that weight each opponent (or task) by the maximum-entropy Nash
 * equilibrium of the evaluation's zero-sum meta-game, so that redundant copies of an agent or a task
 * change no rating and agents or tasks that no equilibrium uses carry no weight.
 *
 * <p>Reference: D. Balduzzi, K. Tuyls, J. Perolat and T. Graepel, "Re-evaluating Evaluation",
 * NeurIPS 2018. Agent-vs-agent: the evaluation is an antisymmetric matrix A ({@code A[i][j]} is
 * agent i's advantage over agent j, for example the log-odds or the expected payoff of i against j,
 * and {@code A[j][i] = -A[i][j]}); the symmetric zero-sum game A has value 0, its maximum-entropy
 * equilibrium p is the same for both players, and the Nash average is {@code A p}. Agent-vs-task:
 * the score matrix S (agents by tasks) is the payoff to the agent meta-player of a zero-sum game
 * against a task meta-player; the ratings are {@code S p_e} for agents and {@code -S^T p_a} for tasks
 * (the Nash average of {@code [[0, S], [-S^T, 0]]}). The invariance the paper is built on:
 * adding a copy of an agent or task leaves the ratings unchanged, because the maximum-entropy
 * equilibrium splits the original's weight evenly between the copies. Precisely, and as tested: this
 * holds for every rating when the equilibrium is unique (as it is for generic real-valued data), and
 * for the agents (tasks) in the equilibrium's support in every case; when ties make the equilibrium
 * set larger than a point, the entropy counts copies, so a copy can move the maximum-entropy point
 * within that set and change the ratings of agents outside its support.
 *
 * <p>The equilibrium is computed by {@link MaximumEntropyZeroSumSolver} (LPs for the value and the
 * support, then a dual Newton method for the entropy, and an exactness test). Departures: scores are
 * used as given; the paper's preprocessing of raw scores (such as normalising each task's scores) is
 * the caller's. Matrices are flat and row-major.
 */
public final class NashAveraging {

  /** Relative tolerance on {@code |A[i][j] + A[j][i]|} (scale: the largest absolute entry). */
  public static final double ANTISYMMETRY_TOLERANCE = 1e-9;

  private final MaximumEntropyZeroSumSolver solver = new MaximumEntropyZeroSumSolver();

  /** Nash averaging with the default solver. */
  public NashAveraging() {}

  /**
   * Nash averaging of an antisymmetric agent-vs-agent matrix ({@code matrix[i * agents + j]}).
   *
   * @throws IllegalArgumentException if the matrix is not square with {@code agents} rows, holds a
   *     non-finite entry or is not antisymmetric within {@link #ANTISYMMETRY_TOLERANCE}
   */
  public AgentVsAgentRatings agentVsAgent(double[] matrix, int agents) {
    if (agents < 1) {
      throw new IllegalArgumentException("agent-vs-agent Nash averaging needs at least 1 agent, got " + agents);
    }
    if (matrix.length != agents * agents) {
      throw new IllegalArgumentException("the agent-vs-agent matrix has " + matrix.length + " entries, expected "
          + agents + " x " + agents + " = " + agents * agents);
    }
    double scale = 0.0;
    for (int k = 0; k < matrix.length; k++) {
      if (!Double.isFinite(matrix[k])) {
        throw new IllegalArgumentException("entry (" + k / agents + ", " + k % agents + ") is " + matrix[k]
            + "; entries must be finite");
      }
      scale = Math.max(scale, Math.abs(matrix[k]));
    }
    double[] antisymmetric = new double[matrix.length];
    for (int i = 0; i < agents; i++) {
      for (int j = 0; j < agents; j++) {
        double forward = matrix[i * agents + j];
        double backward = matrix[j * agents + i];
        if (Math.abs(forward + backward) > ANTISYMMETRY_TOLERANCE * scale) {
          throw new IllegalArgumentException("the agent-vs-agent matrix must be antisymmetric: entry (" + i + ", " + j
              + ") is " + forward + " but entry (" + j + ", " + i + ") is " + backward + ", not its negative");
        }
        antisymmetric[i * agents + j] = 0.5 * (forward - backward);
      }
    }
    double[] weights = solver.rowStrategy(antisymmetric, agents, agents);
    return new AgentVsAgentRatings(weights, times(antisymmetric, agents, agents, weights));
  }

  /**
   * Nash averaging of an agent-vs-task score matrix ({@code scores[agent * tasks + task]}, higher is
   * better for the agent).
   *
   * @throws IllegalArgumentException if the sizes do not match or a score is not finite
   */
  public AgentVsTaskRatings agentVsTask(double[] scores, int agents, int tasks) {
    if (agents < 1 || tasks < 1) {
      throw new IllegalArgumentException("agent-vs-task Nash averaging needs at least 1 agent and 1 task, got "
          + agents + " agents and " + tasks + " tasks");
    }
    if (scores.length != agents * tasks) {
      throw new IllegalArgumentException("the score matrix has " + scores.length + " entries, expected " + agents
          + " agents x " + tasks + " tasks = " + agents * tasks);
    }
    MaximumEntropyZeroSumSolver.Solution solution = solver.solve(scores, agents, tasks);
    double[] agentWeights = solution.rowStrategy();
    double[] taskWeights = solution.columnStrategy();
    double[] skills = times(scores, agents, tasks, taskWeights);
    double[] difficulties = new double[tasks];
    for (int j = 0; j < tasks; j++) {
      double score = 0.0;
      for (int i = 0; i < agents; i++) {
        score += agentWeights[i] * scores[i * tasks + j];
      }
      difficulties[j] = -score;
    }
    return new AgentVsTaskRatings(solution.value(), agentWeights, taskWeights, skills, difficulties);
  }

  private static double[] times(double[] matrix, int rows, int columns, double[] vector) {
    double[] product = new double[rows];
    for (int i = 0; i < rows; i++) {
      double sum = 0.0;
      for (int j = 0; j < columns; j++) {
        sum += matrix[i * columns + j] * vector[j];
      }
      product[i] = sum;
    }
    return product;
  }
}

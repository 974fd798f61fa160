package org.agora.solvers.nash.approximate;

import java.util.Arrays;
import org.agora.core.normalform.NormalFormGame;

/**
 * Refines an approximate Nash equilibrium to machine precision when its support can be guessed:
 * given a candidate support, Newton's method solves the indifference system on it,
 *
 * <pre>
 *   u_p(j, x_-p) = v_p   for every player p and j in S_p,      sum_{j in S_p} x_pj = 1,
 * </pre>
 *
 * for the probabilities on the supports and the values {@code v_p} (square: {@code sum |S_p| + N}
 * equations and unknowns), starting from the approximation. The result is a candidate only: the
 * caller checks it (probabilities may come out negative, or strategies outside the support may pay
 * more). For a nondegenerate equilibrium with the right support Newton converges quadratically.
 *
 * <p>Cost per Newton step: one pass over the payoff tensor, {@code O(profiles * players^3)}, and a
 * dense solve of size {@code sum |S_p| + N}.
 */
public final class SupportNewtonPolish {

  private static final int MAX_ITERATIONS = 40;

  private final MultilinearPayoffs payoffs;
  private final int[] strategyCounts;

  /** Polishing for {@code game}. */
  public SupportNewtonPolish(NormalFormGame game) {
    this.payoffs = new MultilinearPayoffs(game);
    this.strategyCounts = game.strategyCounts();
  }

  /**
   * The solution of the indifference system on {@code support} ({@code support[p][j]} true when
   * player p's strategy j is in it; every player needs at least one), started from the
   * approximation restricted to the support and renormalised (uniform on the support where the
   * approximation puts no weight on it), with probabilities clipped at zero and renormalised;
   * {@code null} if Newton's method fails.
   */
  public double[][] polish(double[][] approximation, boolean[][] supportMembers) {
    int players = strategyCounts.length;
    int[][] support = new int[players][];
    int unknowns = players;
    for (int p = 0; p < players; p++) {
      int[] chosen = new int[strategyCounts[p]];
      int size = 0;
      for (int j = 0; j < strategyCounts[p]; j++) {
        if (supportMembers[p][j]) {
          chosen[size++] = j;
        }
      }
      if (size == 0) {
        throw new IllegalArgumentException("player " + p + " has an empty support");
      }
      support[p] = Arrays.copyOf(chosen, size);
      unknowns += size;
    }
    double[][] strategies = new double[players][];
    for (int p = 0; p < players; p++) {
      strategies[p] = new double[strategyCounts[p]];
      double sum = 0.0;
      for (int j : support[p]) {
        sum += approximation[p][j];
      }
      for (int j : support[p]) {
        strategies[p][j] = sum > 0.0 ? approximation[p][j] / sum : 1.0 / support[p].length;
      }
    }
    double[] values = new double[players];
    double[][] deviation = payoffs.deviationPayoffs(strategies);
    for (int p = 0; p < players; p++) {
      for (int j : support[p]) {
        values[p] += strategies[p][j] * deviation[p][j];
      }
    }
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      deviation = payoffs.deviationPayoffs(strategies);
      double[][][][] pair = payoffs.pairPayoffs(strategies);
      double[][] jacobian = new double[unknowns][unknowns];
      double[] rightHandSide = new double[unknowns];
      int[] columnOffset = new int[players];
      int column = 0;
      for (int p = 0; p < players; p++) {
        columnOffset[p] = column;
        column += support[p].length;
      }
      int valueColumn = column;
      int row = 0;
      for (int p = 0; p < players; p++) {
        for (int j : support[p]) {
          for (int q = 0; q < players; q++) {
            if (q == p) {
              continue;
            }
            for (int k = 0; k < support[q].length; k++) {
              jacobian[row][columnOffset[q] + k] = pair[p][j][q][support[q][k]];
            }
          }
          jacobian[row][valueColumn + p] = -1.0;
          rightHandSide[row] = -(deviation[p][j] - values[p]);
          row++;
        }
      }
      for (int p = 0; p < players; p++) {
        double sum = 0.0;
        for (int k = 0; k < support[p].length; k++) {
          jacobian[row][columnOffset[p] + k] = 1.0;
          sum += strategies[p][support[p][k]];
        }
        rightHandSide[row] = 1.0 - sum;
        row++;
      }
      double[] update = DenseLinearSolver.solve(jacobian, rightHandSide);
      if (update == null) {
        return null;
      }
      double size = 0.0;
      for (int p = 0; p < players; p++) {
        for (int k = 0; k < support[p].length; k++) {
          strategies[p][support[p][k]] += update[columnOffset[p] + k];
          size = Math.max(size, Math.abs(update[columnOffset[p] + k]));
        }
        values[p] += update[valueColumn + p];
      }
      if (!(size < 1e6)) {
        return null;
      }
      if (size < 1e-14) {
        break;
      }
    }
    for (double[] distribution : strategies) {
      double sum = 0.0;
      for (int j = 0; j < distribution.length; j++) {
        distribution[j] = Math.max(0.0, distribution[j]);
        sum += distribution[j];
      }
      if (!(sum > 0.0)) {
        return null;
      }
      for (int j = 0; j < distribution.length; j++) {
        distribution[j] /= sum;
      }
    }
    return strategies;
  }
}

package org.agora.cli.cooperative;

import org.agora.cooperative.shapley.ShapleyEstimate;

/**
 * What {@code agora shapley} computed.
 *
 * @param game the game's description
 * @param players n
 * @param estimator the estimator's name
 * @param budget the evaluation budget given to it
 * @param seed its seed
 * @param estimate its estimate
 * @param exact the exact Shapley values, or null when not computed (too many players, or a Banzhaf run)
 * @param grandValue {@code v(N) - v(empty)}, what an efficient value sums to
 * @param interactions the pairwise interaction indices (n x n, row-major), or null when not asked for
 * @param interactionErrors their standard errors (0 when exact), or null
 * @param interactionsExact whether the interaction indices are exact
 */
public record ShapleyResult(String game, int players, String estimator, long budget, long seed,
    ShapleyEstimate estimate, double[] exact, double grandValue, double[] interactions, double[] interactionErrors,
    boolean interactionsExact) {

  /** Whether the estimator targets the Shapley value (so efficiency and the exact column apply). */
  public boolean isShapley() {
    return !estimator.equals("banzhaf");
  }

  /** The error of player i's estimate against its exact value, NaN when unknown. */
  public double error(int player) {
    return exact == null ? Double.NaN : estimate.values()[player] - exact[player];
  }
}

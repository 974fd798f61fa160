package org.agora.evaluation.psro;

/**
 * One row of a PSRO run: the meta-game had {@code policies} policies per player, the meta-solver
 * chose {@code metaStrategy}, and the mixture it describes has the given NashConv.
 *
 * @param iteration 0 for the initial policies, then one more per best-response round
 * @param policies policies per player in the meta-game
 * @param metaStrategy {@code metaStrategy[player][policy]}
 * @param nashConv sum over both players of (best-response value - value) of the meta-strategy mixture
 * @param exploitability {@code nashConv / 2} (OpenSpiel's convention, NashConv per player: the mean of
 *     the two best-response values) for zero-sum and constant-sum games; NaN for general-sum games
 * @param elapsedNanos time since the run started, when this row was complete
 */
public record PsroIteration(int iteration, int policies, double[][] metaStrategy, double nashConv,
    double exploitability, long elapsedNanos) {

  public PsroIteration {
    metaStrategy = new double[][] {metaStrategy[0].clone(), metaStrategy[1].clone()};
  }

  @Override
  public double[][] metaStrategy() {
    return new double[][] {metaStrategy[0].clone(), metaStrategy[1].clone()};
  }

  /** The figure PSRO drives down: exploitability in constant-sum games, else NashConv. */
  public double gap() {
    return Double.isNaN(exploitability) ? nashConv : exploitability;
  }
}

package org.agora.evaluation.sweep;

import java.util.List;

/**
 * The summary of a solver sweep ({@link SolverSweep#summarise}): per (game, solver) the figures over
 * its seeds, and every row sorted by task index.
 *
 * @param spec the specification
 * @param summaries one per (game, solver) of the expansion (grid point applied, seed not), in expansion order
 * @param rows every solve, by task index
 */
public record SolverSweepResult(SolverSweepSpec spec, List<Summary> summaries, List<SolveRow> rows) {

  public SolverSweepResult {
    summaries = List.copyOf(summaries);
    rows = List.copyOf(rows);
  }

  /**
   * The solves of one (game, solver) over the seeds. Means, minima and maxima are over the solves that
   * finished and where the figure is defined (NaN when there is none).
   *
   * @param game the game string without the substituted seed
   * @param solver the solver string with the grid point, without the substituted seed
   * @param solves solves run
   * @param failures solves that failed
   * @param concept the concept of the first solve that finished (null if none did)
   * @param meanNashConv mean NashConv
   * @param minNashConv least NashConv
   * @param maxNashConv greatest NashConv
   * @param meanExploitability mean exploitability
   * @param minExploitability least exploitability
   * @param maxExploitability greatest exploitability
   * @param meanValue mean value
   * @param meanSeconds mean solver time of all solves
   */
  public record Summary(String game, String solver, int solves, int failures, String concept, double meanNashConv,
      double minNashConv, double maxNashConv, double meanExploitability, double minExploitability,
      double maxExploitability, double meanValue, double meanSeconds) {}

  /** Solves that failed, over the whole sweep. */
  public long failures() {
    return rows.stream().filter(row -> !row.ok()).count();
  }
}

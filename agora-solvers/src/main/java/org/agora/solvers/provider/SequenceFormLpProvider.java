package org.agora.solvers.provider;

import java.util.List;
import java.util.Optional;
import org.agora.core.GameParameters;
import org.agora.core.Rational;
import org.agora.core.SaturatingArithmetic;
import org.agora.core.job.JobContext;
import org.agora.core.job.ProgressMeter;
import org.agora.core.solve.SolveLimits;
import org.agora.solvers.bestresponse.ExactBestResponse;
import org.agora.solvers.sequenceform.SequenceForm;
import org.agora.solvers.sequenceform.SequenceFormLpSolver;
import org.agora.solvers.sequenceform.SequenceFormSize;
import org.agora.solvers.tree.GameTree;

/**
 * {@code sequence-lp}: optimal strategies of a two-player zero-sum game by the sequence-form LP
 * ({@link SequenceFormLpSolver}), exact (floating-point LP, then exact reconstruction on its
 * supports, else the exact simplex) unless {@code floating}.
 *
 * <p>Work: ojAlgo's LP works on a dense tableau of about {@code (|S_1| + |I_0| + 1)} rows by
 * {@code |S_0| + 2 |I_1| + 2} columns plus one slack per row (the larger of the two players'
 * programs, {@link SequenceFormSize}), checked against {@link SolveLimits#maxTableau()} before the
 * sequence form is built; the exact simplex, needed only when the supports give no exact solution,
 * against {@link SolveLimits#maxExactTableau()} before it starts. Simplex pivots are reported as
 * progress.
 */
public final class SequenceFormLpProvider extends TreeSolverProvider {

  public SequenceFormLpProvider() {
    super("sequence-lp",
        "sequence-form LP (Koller, Megiddo and von Stengel 1996), two-player zero-sum, exact (--floating: ojAlgo)",
        List.of(SolverParameters.FLOATING));
  }

  @Override
  public boolean iterative() {
    return false;
  }

  @Override
  public boolean wantsExactValues(GameParameters values) {
    return !values.getBoolean("floating");
  }

  @Override
  protected TreeResultBuilder solveTree(GameTree tree, GameParameters values, SolveLimits limits,
      JobContext context) {
    SequenceFormSize size = SequenceFormSize.of(tree);
    int larger = largerProgram(size);
    limits.checkTableau(work(tree), "floating-point LP tableau", size.lpRows(larger), size.lpColumns(larger), false);
    SequenceForm form = SequenceForm.of(tree);
    SequenceFormLpSolver solver = new SequenceFormLpSolver();
    if (!tree.hasExactValues()) {
      SequenceFormLpSolver.Solution solution = solver.solve(form);
      return result(tree, "optimal strategies", solution.behaviour())
          .note("value for player 0 (floating point): " + solution.value());
    }
    Optional<SequenceFormLpSolver.ExactSolution> reconstructed = solver.solveExactByReconstruction(form);
    if (reconstructed.isEmpty()) {
      limits.checkTableau(work(tree) + " (its supports gave no exact solution, so the exact simplex)",
          "exact tableau", size.lpRows(larger) + 2, size.lpColumns(larger) + 3, true);
    }
    SequenceFormLpSolver.ExactSolution solution =
        reconstructed.orElseGet(() -> solver.solveExact(form, ProgressMeter.of(context)));
    Rational[] payoffs = ExactBestResponse.expectedReturns(tree, solution.behaviour());
    return result(tree, "optimal strategies", solution.doubleBehaviour())
        .exact(solution.behaviour(), payoffs)
        .note("value for player 0: " + solution.value() + (reconstructed.isPresent()
            ? " (floating-point LP, then exact reconstruction on its supports)" : " (exact simplex)"));
  }

  /** The player whose maximisation program has the larger tableau. */
  private static int largerProgram(SequenceFormSize size) {
    return SaturatingArithmetic.multiply(size.lpRows(0), size.lpColumns(0))
        >= SaturatingArithmetic.multiply(size.lpRows(1), size.lpColumns(1)) ? 0 : 1;
  }

  @Override
  public String progressUnit() {
    return "pivots";
  }
}

package org.agora.solvers.provider;

import java.util.List;
import java.util.Optional;
import org.agora.core.GameParameters;
import org.agora.core.Rational;
import org.agora.core.job.JobContext;
import org.agora.solvers.bestresponse.ExactBestResponse;
import org.agora.solvers.sequenceform.SequenceForm;
import org.agora.solvers.sequenceform.SequenceFormLpSolver;
import org.agora.solvers.tree.GameTree;

/**
 * {@code sequence-lp}: optimal strategies of a two-player zero-sum game by the sequence-form LP
 * ({@link SequenceFormLpSolver}), exact (floating-point LP, then exact reconstruction on its
 * supports, else the exact simplex) unless {@code floating}.
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
  protected TreeResultBuilder solveTree(GameTree tree, GameParameters values, JobContext context) {
    SequenceForm form = SequenceForm.of(tree);
    SequenceFormLpSolver solver = new SequenceFormLpSolver();
    if (!tree.hasExactValues()) {
      SequenceFormLpSolver.Solution solution = solver.solve(form);
      return result(tree, "optimal strategies", solution.behaviour())
          .note("value for player 0 (floating point): " + solution.value());
    }
    Optional<SequenceFormLpSolver.ExactSolution> reconstructed = solver.solveExactByReconstruction(form);
    SequenceFormLpSolver.ExactSolution solution = reconstructed.orElseGet(() -> solver.solveExact(form));
    Rational[] payoffs = ExactBestResponse.expectedReturns(tree, solution.behaviour());
    return result(tree, "optimal strategies", solution.doubleBehaviour())
        .exact(solution.behaviour(), payoffs)
        .note("value for player 0: " + solution.value() + (reconstructed.isPresent()
            ? " (floating-point LP, then exact reconstruction on its supports)" : " (exact simplex)"));
  }
}

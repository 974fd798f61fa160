package org.agora.solvers.provider;

import java.util.List;
import org.agora.core.GameParameters;
import org.agora.core.job.JobContext;
import org.agora.core.job.ProgressMeter;
import org.agora.core.solve.SolveLimits;
import org.agora.solvers.sequenceform.SequenceForm;
import org.agora.solvers.sequenceform.SequenceFormLcpSolver;
import org.agora.solvers.sequenceform.SequenceFormSize;
import org.agora.solvers.tree.GameTree;

/**
 * {@code sequence-lcp}: a Nash equilibrium of a two-player game by Lemke's algorithm on the
 * sequence-form LCP ({@link SequenceFormLcpSolver}), exact only: {@code floating} is declared so that
 * asking for it gets a clear error.
 *
 * <p>Work: Lemke's algorithm pivots on a dense integer tableau of N x (2N + 2) cells
 * ({@link SequenceFormSize#lcpSize()}), checked against {@link SolveLimits#maxExactTableau()} before
 * the sequence form is built; pivots are reported as progress.
 */
public final class SequenceFormLcpProvider extends TreeSolverProvider {

  public SequenceFormLcpProvider() {
    super("sequence-lcp",
        "Lemke's algorithm on the sequence-form LCP (Koller, Megiddo and von Stengel 1996), two players, exact",
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
    if (!tree.hasExactValues()) {
      throw new IllegalArgumentException("sequence-lcp is exact only; drop --floating");
    }
    long size = SequenceFormSize.of(tree).lcpSize();
    limits.checkTableau(work(tree), "exact LCP tableau", size, 2 * size + 2, true);
    SequenceFormLcpSolver.ExactEquilibrium equilibrium =
        new SequenceFormLcpSolver().solve(SequenceForm.of(tree), ProgressMeter.of(context));
    return result(tree, "Nash equilibrium", equilibrium.doubleBehaviour())
        .exact(equilibrium.behaviour(), equilibrium.payoffs())
        .note("Lemke pivots: " + equilibrium.pivots());
  }

  @Override
  public String progressUnit() {
    return "pivots";
  }
}

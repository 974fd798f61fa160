package org.agora.solvers.provider;

import java.util.List;
import org.agora.core.GameParameters;
import org.agora.core.job.JobContext;
import org.agora.solvers.sequenceform.SequenceForm;
import org.agora.solvers.sequenceform.SequenceFormLcpSolver;
import org.agora.solvers.tree.GameTree;

/**
 * {@code sequence-lcp}: a Nash equilibrium of a two-player game by Lemke's algorithm on the
 * sequence-form LCP ({@link SequenceFormLcpSolver}), exact only: {@code floating} is declared so that
 * asking for it gets a clear error.
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
  protected TreeResultBuilder solveTree(GameTree tree, GameParameters values, JobContext context) {
    if (!tree.hasExactValues()) {
      throw new IllegalArgumentException("sequence-lcp is exact only; drop --floating");
    }
    SequenceFormLcpSolver.ExactEquilibrium equilibrium = new SequenceFormLcpSolver().solve(SequenceForm.of(tree));
    return result(tree, "Nash equilibrium", equilibrium.doubleBehaviour())
        .exact(equilibrium.behaviour(), equilibrium.payoffs())
        .note("Lemke pivots: " + equilibrium.pivots());
  }
}

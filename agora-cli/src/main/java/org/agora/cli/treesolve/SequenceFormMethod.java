package org.agora.cli.treesolve;

import java.util.Optional;
import org.agora.cli.output.ProgressBar;
import org.agora.core.Rational;
import org.agora.solvers.bestresponse.ExactBestResponse;
import org.agora.solvers.sequenceform.SequenceForm;
import org.agora.solvers.sequenceform.SequenceFormLcpSolver;
import org.agora.solvers.sequenceform.SequenceFormLpSolver;
import org.agora.solvers.tree.GameTree;

/**
 * The sequence-form methods: {@code sequence-lp} (two-player zero-sum, exact unless
 * {@code --floating}) and {@code sequence-lcp} (two-player general-sum, Lemke, exact). The report
 * prints exact results' best-response gains exactly, so a NashConv of 0 certifies them.
 */
final class SequenceFormMethod implements TreeMethod {

  private final boolean linearProgram;

  SequenceFormMethod(boolean linearProgram) {
    this.linearProgram = linearProgram;
  }

  @Override
  public String name() {
    return linearProgram ? "sequence-lp" : "sequence-lcp";
  }

  @Override
  public String description() {
    return linearProgram
        ? "sequence-form LP (Koller, Megiddo and von Stengel 1996), two-player zero-sum, exact (--floating: ojAlgo)"
        : "Lemke's algorithm on the sequence-form LCP (Koller, Megiddo and von Stengel 1996), two players, exact";
  }

  @Override
  public boolean iterative() {
    return false;
  }

  @Override
  public boolean needsExactValues() {
    return true;
  }

  @Override
  public TreeReport solve(GameTree tree, TreeSettings settings, ProgressBar progress) {
    SequenceForm form = SequenceForm.of(tree);
    if (!linearProgram) {
      if (!tree.hasExactValues()) {
        throw new IllegalArgumentException("sequence-lcp is exact only; drop --floating");
      }
      SequenceFormLcpSolver.ExactEquilibrium equilibrium = new SequenceFormLcpSolver().solve(form);
      return new TreeReport("Nash equilibrium", equilibrium.doubleBehaviour())
          .exact(equilibrium.behaviour(), equilibrium.payoffs())
          .note("Lemke pivots: " + equilibrium.pivots());
    }
    SequenceFormLpSolver solver = new SequenceFormLpSolver();
    if (!tree.hasExactValues()) {
      SequenceFormLpSolver.Solution solution = solver.solve(form);
      return new TreeReport("optimal strategies", solution.behaviour())
          .note("value for player 0 (floating point): " + solution.value());
    }
    Optional<SequenceFormLpSolver.ExactSolution> reconstructed = solver.solveExactByReconstruction(form);
    SequenceFormLpSolver.ExactSolution solution = reconstructed.orElseGet(() -> solver.solveExact(form));
    Rational[] payoffs = ExactBestResponse.expectedReturns(tree, solution.behaviour());
    return new TreeReport("optimal strategies", solution.doubleBehaviour())
        .exact(solution.behaviour(), payoffs)
        .note("value for player 0: " + solution.value() + (reconstructed.isPresent()
            ? " (floating-point LP, then exact reconstruction on its supports)" : " (exact simplex)"));
  }
}

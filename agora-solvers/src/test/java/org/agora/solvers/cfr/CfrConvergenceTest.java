package org.agora.solvers.cfr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.List;
import org.agora.core.GameRegistry;
import org.agora.solvers.bestresponse.Exploitability;
import org.agora.solvers.bestresponse.PolicyEvaluation;
import org.agora.solvers.tree.GameTree;
import org.agora.solvers.tree.GameTreeCompiler;
import org.junit.jupiter.api.Test;

/** Convergence of the CFR family on Kuhn, Leduc and three-player Kuhn poker. */
class CfrConvergenceTest {

  private static final GameTree KUHN = GameTreeCompiler.compile(GameRegistry.create("kuhn_poker"));
  private static final GameTree LEDUC = GameTreeCompiler.compile(GameRegistry.create("leduc_poker"));

  @Test
  void cfrAndCfrPlusSolveKuhn() {
    for (AbstractCfrSolver solver : List.of(new CfrSolver(KUHN), new CfrPlusSolver(KUHN))) {
      solver.iterate(3000);
      double[] average = solver.averageBehaviour();
      assertThat(Exploitability.exploitability(KUHN, average)).as(solver.getClass().getSimpleName())
          .isLessThan(1e-3);
      // Kuhn's game value for the first player is -1/18 (Kuhn 1950)
      assertThat(PolicyEvaluation.expectedReturns(KUHN, average)[0]).isCloseTo(-1.0 / 18, offset(2e-3));
    }
  }

  @Test
  void everyVariantSolvesKuhn() {
    List<AbstractCfrSolver> solvers = List.of(new LinearCfrSolver(KUHN), new DiscountedCfrSolver(KUHN),
        new PredictiveCfrPlusSolver(KUHN));
    for (AbstractCfrSolver solver : solvers) {
      solver.iterate(2000);
      assertThat(Exploitability.exploitability(KUHN, solver.averageBehaviour()))
          .as(solver.getClass().getSimpleName()).isLessThan(2e-3);
    }
    // Zinkevich et al.'s simultaneous updates converge more slowly (about 5e-3 after 2000 iterations)
    CfrSolver simultaneous = new CfrSolver(KUHN, CfrOptions.defaults().withAlternating(false));
    simultaneous.iterate(2000);
    assertThat(Exploitability.exploitability(KUHN, simultaneous.averageBehaviour())).isLessThan(1e-2);
  }

  @Test
  void cfrExploitabilityOnLeducDecreases() {
    CfrSolver solver = new CfrSolver(LEDUC);
    List<Double> values = new ArrayList<>();
    int done = 0;
    for (int checkpoint : new int[] {10, 100, 1000}) {
      solver.iterate(checkpoint - done);
      done = checkpoint;
      values.add(Exploitability.exploitability(LEDUC, solver.averageBehaviour()));
    }
    assertThat(values).isSortedAccordingTo((a, b) -> Double.compare(b, a)).doesNotHaveDuplicates();
    assertThat(values.get(2)).isLessThan(0.1);
  }

  @Test
  void cfrPlusSolvesLeducBelowOneHundredth() {
    CfrPlusSolver solver = new CfrPlusSolver(LEDUC);
    solver.iterate(300);
    assertThat(Exploitability.exploitability(LEDUC, solver.averageBehaviour())).isLessThan(0.01);
  }

  @Test
  void fasterVariantsBeatVanillaCfrOnLeduc() {
    CfrSolver vanilla = new CfrSolver(LEDUC);
    vanilla.iterate(200);
    double baseline = Exploitability.exploitability(LEDUC, vanilla.averageBehaviour());
    for (AbstractCfrSolver solver : List.of(new CfrPlusSolver(LEDUC), new LinearCfrSolver(LEDUC),
        new DiscountedCfrSolver(LEDUC), new PredictiveCfrPlusSolver(LEDUC))) {
      solver.iterate(200);
      assertThat(Exploitability.exploitability(LEDUC, solver.averageBehaviour()))
          .as(solver.getClass().getSimpleName()).isLessThan(baseline);
    }
  }

  @Test
  void threePlayerKuhnRunsAndNashConvDecreases() {
    GameTree tree = GameTreeCompiler.compile(GameRegistry.create("kuhn_poker(players=3)"));
    double uniform = Exploitability.nashConv(tree, tree.uniformBehaviour());
    for (AbstractCfrSolver solver : List.of(new CfrSolver(tree), new CfrPlusSolver(tree))) {
      solver.iterate(100);
      double early = Exploitability.nashConv(tree, solver.averageBehaviour());
      solver.iterate(900);
      double late = Exploitability.nashConv(tree, solver.averageBehaviour());
      assertThat(early).as(solver.getClass().getSimpleName()).isLessThan(uniform);
      assertThat(late).as(solver.getClass().getSimpleName()).isLessThan(early).isLessThan(0.05);
    }
  }

  @Test
  void currentBehaviourStartsUniformAndIterationsAreCounted() {
    CfrPlusSolver solver = new CfrPlusSolver(KUHN);
    assertThat(solver.currentBehaviour()).containsExactly(KUHN.uniformBehaviour());
    assertThat(solver.averageBehaviour()).containsExactly(KUHN.uniformBehaviour());
    solver.iterate(7);
    assertThat(solver.iterations()).isEqualTo(7);
    assertThat(solver.averagePolicy().size()).isEqualTo(KUHN.infosetCount());
  }

  @Test
  void badArgumentsAreRejected() {
    assertThatThrownBy(() -> new CfrOptions(true, 0, 1)).hasMessageContaining("threads must be at least 1, got 0");
    assertThatThrownBy(() -> new CfrOptions(true, 1, 0)).hasMessageContaining("grain");
    assertThatThrownBy(() -> new CfrSolver(KUHN).iterate(-1)).hasMessageContaining("-1");
    assertThatThrownBy(() -> new DiscountedCfrSolver(KUHN, Double.NaN, 0, 2, CfrOptions.defaults()))
        .hasMessageContaining("NaN");
  }
}

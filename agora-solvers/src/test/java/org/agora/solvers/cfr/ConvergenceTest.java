package org.agora.solvers.cfr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.agora.core.GameRegistry;
import org.agora.solvers.bestresponse.Exploitability;
import org.agora.solvers.tree.GameTree;
import org.agora.solvers.tree.GameTreeCompiler;
import org.junit.jupiter.api.Test;

class ConvergenceTest {

  @Test
  void curveOfCfrPlusOnKuhn() {
    GameTree kuhn = GameTreeCompiler.compile(GameRegistry.create("kuhn_poker"));
    List<Long> heard = new ArrayList<>();
    CfrPlusSolver solver = new CfrPlusSolver(kuhn);
    Convergence.Curve curve = Convergence.run(solver, 25, 10, (iteration, value, seconds) -> heard.add(iteration));
    assertThat(curve.measure()).isEqualTo(Convergence.Measure.EXPLOITABILITY);
    assertThat(curve.iterations()).containsExactly(10, 20, 25);
    assertThat(heard).containsExactly(10L, 20L, 25L);
    assertThat(curve.size()).isEqualTo(3);
    assertThat(curve.last()).isEqualTo(Exploitability.exploitability(kuhn, solver.averageBehaviour()));
    assertThat(curve.values()[2]).isLessThan(curve.values()[0]);
    assertThat(curve.elapsedSeconds()).isSorted();
    assertThat(curve.elapsedSeconds()[0]).isPositive();
  }

  @Test
  void nashConvForThreePlayers() {
    GameTree kuhn = GameTreeCompiler.compile(GameRegistry.create("kuhn_poker(players=3)"));
    Convergence.Curve curve = Convergence.run(new CfrSolver(kuhn), 0, 5);
    assertThat(curve.measure()).isEqualTo(Convergence.Measure.NASH_CONV);
    assertThat(curve.iterations()).containsExactly(0);
    assertThat(curve.last()).isEqualTo(Exploitability.nashConv(kuhn, kuhn.uniformBehaviour()));
    assertThatThrownBy(() -> Convergence.run(new CfrSolver(kuhn), 10, 0)).hasMessageContaining("got 0");
    assertThatThrownBy(() -> Convergence.run(new CfrSolver(kuhn), -1, 1)).hasMessageContaining("got -1");
  }
}

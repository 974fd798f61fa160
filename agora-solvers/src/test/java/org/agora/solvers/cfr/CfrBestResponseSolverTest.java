package org.agora.solvers.cfr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import org.agora.solvers.bestresponse.Exploitability;
import org.agora.solvers.tree.GameTree;
import org.junit.jupiter.api.Test;

class CfrBestResponseSolverTest {

  /**
   * NashConv of the average policy on Kuhn poker after 1..5 iterations from the uniform start, the
   * constants of OpenSpiel's {@code cfr_br} test (its "iterations 0..4", counted before the update).
   */
  private static final double[] OPEN_SPIEL_NASH_CONV = {
      0.9166666666666666, 0.33333333333333337, 0.3194444444444445, 0.2604166666666667, 0.22666666666666674};

  @Test
  void matchesThePublishedKuhnNashConv() {
    GameTree kuhn = SolverTrees.tree("kuhn_poker");
    CfrBestResponseSolver solver = new CfrBestResponseSolver(kuhn);
    for (double expected : OPEN_SPIEL_NASH_CONV) {
      solver.iterate(1);
      assertThat(Exploitability.nashConv(kuhn, solver.averageBehaviour()))
          .as("after %d iterations", solver.iterations()).isCloseTo(expected, offset(1e-12));
    }
  }

  @Test
  void solvesKuhn() {
    GameTree kuhn = SolverTrees.tree("kuhn_poker");
    CfrBestResponseSolver solver = new CfrBestResponseSolver(kuhn);
    solver.iterate(20);
    double early = Exploitability.exploitability(kuhn, solver.averageBehaviour());
    solver.iterate(280);
    double late = Exploitability.exploitability(kuhn, solver.averageBehaviour());
    assertThat(late).isLessThan(early / 2).isLessThan(0.05);
    assertThat(SolverTrees.distributionError(kuhn, solver.currentBehaviour())).isLessThan(1e-12);
  }

  @Test
  void improvesOnLeduc() {
    GameTree leduc = SolverTrees.tree("leduc_poker");
    CfrBestResponseSolver solver = new CfrBestResponseSolver(leduc);
    solver.iterate(5);
    double early = Exploitability.exploitability(leduc, solver.averageBehaviour());
    solver.iterate(45);
    assertThat(Exploitability.exploitability(leduc, solver.averageBehaviour())).isLessThan(early);
  }

  @Test
  void needsTwoPlayers() {
    GameTree threePlayers = SolverTrees.tree("kuhn_poker(players=3)");
    assertThatThrownBy(() -> new CfrBestResponseSolver(threePlayers))
        .hasMessage("CFR-BR needs a two-player game; kuhn_poker(players=3) has 3 players");
  }
}

package org.agora.evaluation.psro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.agora.core.GameRegistry;
import org.agora.core.job.Cancellation;
import org.agora.core.job.JobCancelledException;
import org.agora.core.job.JobContext;
import org.agora.core.job.JobRegistry;
import org.agora.evaluation.population.CrossTable;
import org.agora.evaluation.tournament.MatchRecord;
import org.agora.evaluation.tournament.MatchSink;
import org.agora.evaluation.tournament.TournamentResult;
import org.agora.evaluation.tournament.TournamentSpec;
import org.agora.solvers.bestresponse.Exploitability;
import org.agora.solvers.bestresponse.PolicyEvaluation;
import org.agora.solvers.tree.GameTree;
import org.agora.solvers.tree.GameTreeCompiler;
import org.junit.jupiter.api.Test;

class PsroTest {

  private static final GameTree KUHN = GameTreeCompiler.compile(GameRegistry.create("kuhn_poker"));
  private static final GameTree RPS = GameTreeCompiler.compile(GameRegistry.create("rock_paper_scissors"));

  private static PsroResult run(GameTree tree, MetaSolver solver, int iterations) {
    return new Psro(tree, solver).run(iterations, 0.0, JobContext.sequential(), MatchSink.NONE, row -> { });
  }

  @Test
  void nashPsroOnRockPaperScissorsConvergesToUniform() {
    PsroResult result = run(RPS, new NashMetaSolver(), 5);
    double[] mixture = result.mixtureBehaviour();
    for (int infoset = 0; infoset < RPS.infosetCount(); infoset++) {
      for (int k = 0; k < 3; k++) {
        assertThat(mixture[infoset * RPS.maxActions() + k]).isCloseTo(1.0 / 3, within(1e-6));
      }
    }
    assertThat(result.last().exploitability()).isCloseTo(0.0, within(1e-9));
    assertThat(result.iterations().get(0).exploitability()).isCloseTo(0.0, within(1e-12));
  }

  @Test
  void nashPsroOnRockPaperScissorsFromAPurePolicyFindsAllThreeActions() {
    PsroResult result = new Psro(RPS, new NashMetaSolver(), Psro.firstActionBehaviour(RPS))
        .run(6, 0.0, JobContext.sequential(), MatchSink.NONE, row -> { });
    assertThat(result.iterations().get(0).exploitability()).isCloseTo(1.0, within(1e-12));
    assertThat(result.last().exploitability()).isCloseTo(0.0, within(1e-9));
    double[] mixture = result.mixtureBehaviour();
    for (int k = 0; k < 3; k++) {
      assertThat(mixture[k]).isCloseTo(1.0 / 3, within(1e-6));
    }
  }

  @Test
  void nashPsroOnKuhnPokerFallsBelowOneThousandth() {
    List<PsroIteration> rows = new ArrayList<>();
    PsroResult result = new Psro(KUHN, new NashMetaSolver())
        .run(40, 1e-3, JobContext.sequential(), MatchSink.NONE, rows::add);
    assertThat(result.last().exploitability()).isLessThan(1e-3);
    assertThat(result.iterations()).isEqualTo(rows);
    assertThat(result.iterations().size()).isLessThan(41);
    // the reported figure is the mixture's exploitability, checked independently
    assertThat(Exploitability.exploitability(KUHN, result.mixtureBehaviour()))
        .isCloseTo(result.last().exploitability(), within(1e-12));
  }
}

package org.agora.evaluation.psro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.agora.core.GameRegistry;
import org.agora.core.job.JobContext;
import org.agora.evaluation.tournament.MatchSink;
import org.agora.solvers.riskaverse.RiskAverseFictitiousPlay;
import org.agora.solvers.tree.GameTree;
import org.agora.solvers.tree.GameTreeCompiler;
import org.junit.jupiter.api.Test;

class RiskAverseMetaSolverTest {

  @Test
  void psroWithTheRiskAverseMetaSolverReturnsTheMetaGamesRaeAndHuntsHare() {
    GameTree stagHunt = GameTreeCompiler.compile(GameRegistry.create("stag_hunt"));
    MetaSolver solver = MetaSolvers.parse("rae");
    assertThat(solver).isInstanceOf(RiskAverseMetaSolver.class);
    PsroResult result = new Psro(stagHunt, solver).run(5, 0.0, JobContext.sequential(), MatchSink.NONE, row -> { });
    // the meta-strategy is the RAE of the final meta-game, as the solver computes it directly
    org.agora.solvers.MixedProfile direct = new RiskAverseFictitiousPlay(0.0, RiskAverseMetaSolver.DEFAULT_ITERATIONS,
        RiskAverseMetaSolver.PRECISION).solve(result.metaGame().toNormalFormGame()).profile();
    assertThat(result.metaStrategy()[0]).containsExactly(direct.strategy(0));
    assertThat(result.metaStrategy()[1]).containsExactly(direct.strategy(1));
    // from the uniform initial policy, the best response is hare (3 > 2); hare/hare is the meta-game's
    // risk-averse equilibrium, so the mixture hunts hare with probability 1 (risk dominance, as in the paper)
    double[] mixture = result.mixtureBehaviour();
    for (int infoset = 0; infoset < stagHunt.infosetCount(); infoset++) {
      assertThat(mixture[infoset * stagHunt.maxActions()]).as("stag at infoset %d", infoset).isEqualTo(0.0);
      assertThat(mixture[infoset * stagHunt.maxActions() + 1]).as("hare at infoset %d", infoset).isEqualTo(1.0);
    }
    assertThat(result.last().nashConv()).isZero();
  }

  @Test
  void parametersAreParsedAndValidated() {
    assertThat(MetaSolvers.parse("rae(tolerance=0.5, iterations=10)").name()).isEqualTo("rae(tolerance=0.5,iterations=10)");
    assertThatThrownBy(() -> MetaSolvers.parse("rae(tolerance=-1)")).hasMessageContaining("tolerance >= 0");
    assertThatThrownBy(() -> MetaSolvers.parse("rae(step=1)")).hasMessageContaining("it takes tolerance, iterations");
  }
}

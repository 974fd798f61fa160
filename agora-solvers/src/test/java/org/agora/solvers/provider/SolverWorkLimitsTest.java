package org.agora.solvers.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.agora.core.Game;
import org.agora.core.GameRegistry;
import org.agora.core.job.Cancellation;
import org.agora.core.job.JobCancelledException;
import org.agora.core.job.JobContext;
import org.agora.core.solve.SolveLimitExceededException;
import org.agora.core.solve.SolveLimits;
import org.agora.core.solve.SolverRegistry;
import org.junit.jupiter.api.Test;

/**
 * Every exact method estimates its work before it starts and refuses over the limits with one line;
 * long runs report their steps and stop when the job is cancelled.
 */
class SolverWorkLimitsTest {

  private static SolveLimitExceededException refusal(String game, String solver, SolveLimits limits) {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() ->
        SolveJob.solve(GameRegistry.create(game), SolverRegistry.configure(solver), limits, JobContext.sequential()));
    assertThat(thrown).isInstanceOf(SolveLimitExceededException.class);
    assertThat(thrown.getMessage()).doesNotContain("\n");
    return (SolveLimitExceededException) thrown;
  }

  @Test
  void sequenceLcpOnLeducIsRefusedByItsExactTableau() {
    SolveLimitExceededException refused = refusal("leduc_poker", "sequence-lcp", SolveLimits.defaults());
    // N = 1,093 + 1,093 + 2 (468 + 1) + 2 (468 + 1) = 4,062 for Leduc's sequences and information states
    assertThat(refused.limitName()).isEqualTo("max_exact_tableau");
    assertThat(refused.needed()).isEqualTo(4_062L * 8_126L);
    assertThat(refused.getMessage()).startsWith("sequence-lcp on leduc_poker")
        .contains("4,062 x 8,126 exact LCP tableau").contains("the limit is 1,000,000 cells")
        .endsWith("(raise it with --max-exact-tableau)");
  }

  @Test
  void sequenceLpIsRefusedByItsFloatingPointTableauInBothModes() {
    SolveLimits small = new SolveLimits(100_000, 1_000_000, 1_000, 1_000, 1_000, 1_000);
    for (String solver : List.of("sequence-lp", "sequence-lp(floating=true)")) {
      SolveLimitExceededException refused = refusal("leduc_poker", solver, small);
      assertThat(refused.limitName()).isEqualTo("max_tableau");
      assertThat(refused.getMessage()).contains("floating-point LP tableau").endsWith("(raise it with --max-tableau)");
    }
  }

  @Test
  void largeNormalFormGamesAreRefusedBySupportsVerticesAndTableaux() {
    String game = "random_normal_form(strategies=30)";
    assertThat(refusal(game, "support", SolveLimits.defaults()).needed())
        .isEqualTo(WorkEstimates.supportPairs(30, 30));
    assertThat(refusal(game, "enummixed", SolveLimits.defaults()).limitName()).isEqualTo("max_vertices");
    SolveLimits small = new SolveLimits(100_000, 1_000_000, 100, 100, 1_000, 1_000);
    assertThat(refusal(game, "lcp", small).limitName()).isEqualTo("max_exact_tableau");
    assertThat(refusal(game, "lcp(floating=true)", small).limitName()).isEqualTo("max_tableau");
    assertThat(refusal("random_normal_form(strategies=30,payoffs=zero_sum)", "lp", small).getMessage())
        .contains("31 x 62 exact LP tableau");
    assertThat(refusal(game, "ce", small).limitName()).isEqualTo("max_tableau");
  }

  @Test
  void smallGamesPassTheDefaultLimits() {
    for (String[] run : new String[][] {{"kuhn_poker", "sequence-lcp"}, {"kuhn_poker", "sequence-lp"},
        {"battle_of_the_sexes", "support"}, {"battle_of_the_sexes", "enummixed"}, {"matching_pennies", "lp"},
        {"chicken", "ce"}, {"battle_of_the_sexes", "lcp"}}) {
      assertThat(SolveJob.solve(GameRegistry.create(run[0]), SolverRegistry.configure(run[1]), SolveLimits.defaults(),
          JobContext.sequential())).isNotNull();
    }
  }

  @Test
  void exactMethodsReportTheirStepsWithAnUnknownTotal() {
    for (String[] run : new String[][] {{"kuhn_poker", "sequence-lcp"}, {"random_normal_form(strategies=6)", "lcp"},
        {"random_normal_form(strategies=6)", "support"}, {"random_normal_form(strategies=6)", "enummixed"},
        {"random_normal_form(strategies=6,payoffs=zero_sum)", "lp"}}) {
      List<long[]> events = new ArrayList<>();
      JobContext context = JobContext.sequential((done, total) -> events.add(new long[] {done, total}),
          Cancellation.create());
      SolveJob.solve(GameRegistry.create(run[0]), SolverRegistry.configure(run[1]), SolveLimits.defaults(), context);
      assertThat(events).as(run[1]).isNotEmpty();
      for (int i = 0; i < events.size(); i++) {
        assertThat(events.get(i)[1]).as(run[1]).isEqualTo(-1);
        assertThat(events.get(i)[0]).as(run[1]).isPositive();
      }
    }
  }

  @Test
  void aCancellationThatTripsAfterFiveStepsStopsEachMethodAtItsNextStep() {
    for (String[] run : new String[][] {{"random_normal_form(strategies=12)", "enummixed"},
        {"random_normal_form(strategies=12)", "support"}, {"random_normal_form(strategies=12)", "lcp"},
        {"kuhn_poker", "sequence-lcp"}, {"kuhn_poker", "cfr(iterations=1000)"},
        {"rock_paper_scissors", "rm(iterations=100000,sample_every=10)"}}) {
      Cancellation cancellation = Cancellation.create();
      long[] seen = {0};
      JobContext context = JobContext.sequential((done, total) -> {
        seen[0]++;
        if (seen[0] == 5) {
          cancellation.cancel();
        }
      }, cancellation);
      Game game = GameRegistry.create(run[0]);
      assertThatThrownBy(() -> SolveJob.solve(game, SolverRegistry.configure(run[1]), SolveLimits.defaults(), context))
          .as(run[1]).isInstanceOf(JobCancelledException.class);
      assertThat(seen[0]).as(run[1]).isEqualTo(5);
    }
  }

  @Test
  void estimatesCountExactlyAndSaturate() {
    assertThat(WorkEstimates.binomial(20, 10)).isEqualTo(184_756L);
    assertThat(WorkEstimates.binomial(62, 31)).isEqualTo(465_428_353_255_261_088L);
    assertThat(WorkEstimates.binomial(200, 100)).isEqualTo(Long.MAX_VALUE);
    assertThat(WorkEstimates.supportPairs(2, 2)).isEqualTo(2 * 2 + 1);
    // a 2-dimensional polytope (polygon) with f facets has f vertices; a 3-dimensional one at most 2f - 4
    assertThat(WorkEstimates.vertexBound(2, 7)).isEqualTo(7);
    assertThat(WorkEstimates.vertexBound(3, 8)).isEqualTo(12);
  }
}

package org.agora.learning.bandits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The log-log slope check over the full range T = 1e3..1e6 (the fast version in {@link
 * RegretBoundsTest} stops at 1e5), and KL-UCB against the Lai–Robbins bound at T = 1e6. Ten seeds per
 * policy; a few seconds on two threads.
 */
@Tag("slow")
class LogarithmicRegretSlowTest {

  private static final long HORIZON = 1_000_000;
  private static final int SEEDS = 10;

  @Test
  void regretGrowsLogarithmicallyUpToAMillionRounds() {
    List<String> policies = List.of("ucb1", "kl-ucb", "thompson");
    List<BanditRun> runs = new BanditExperiment(policies, List.of("bernoulli(0.1,0.5,0.9)"), HORIZON, SEEDS, 21).run(2);
    for (int p = 0; p < policies.size(); p++) {
      List<BanditRun> own = runs.subList(p * SEEDS, (p + 1) * SEEDS);
      // a ln T + b has log-log slope about 1 / ln T: 0.07-0.15 here; sqrt(T) regret would give 0.5.
      assertThat(RegretFits.logLogSlope(own, 1_000, HORIZON)).as(policies.get(p)).isBetween(0.0, 0.25);
    }
    // Lai–Robbins: sum_k Delta_k / kl(mu_k, mu*) = 0.4 / kl(0.5, 0.9) + 0.8 / kl(0.1, 0.9) = 1.2382, times ln 1e6.
    double bound = (0.4 / RegretFits.bernoulliKl(0.5, 0.9) + 0.8 / RegretFits.bernoulliKl(0.1, 0.9)) * Math.log(HORIZON);
    assertThat(bound).isBetween(17.10, 17.11);
    assertThat(RegretFits.meanRegret(runs.subList(SEEDS, 2 * SEEDS), HORIZON) / bound).isBetween(0.5, 2.0);
  }
}

package org.agora.learning.bandits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.agora.learning.bandits.policy.Exp3;
import org.junit.jupiter.api.Test;

/**
 * The correctness checks on regret, each over fixed seeds: logarithmic regret of UCB1, KL-UCB
 * and Thompson sampling; KL-UCB within a constant factor of the Lai–Robbins bound; EXP3 within the
 * bound of its Corollary 3.2 on an adversarial sequence; sliding-window UCB beating UCB1 when the means
 * change. Means over seeds are compared with margins far wider than their standard errors (about 10%
 * of the mean at 20 seeds for the stochastic runs).
 */
class RegretBoundsTest {

  private static final int SEEDS = 20;
  private static final long HORIZON = 100_000;

  @Test
  void ucb1KlUcbAndThompsonHaveLogarithmicRegretAndEpsilonGreedyDoesNot() {
    List<String> policies = List.of("ucb1", "kl-ucb", "thompson", "epsilon-greedy(epsilon=0.1)");
    List<BanditRun> runs = new BanditExperiment(policies, List.of("bernoulli(0.1,0.5,0.9)"), HORIZON, SEEDS, 15).run(2);
    for (int p = 0; p < 3; p++) {
      List<BanditRun> own = runs.subList(p * SEEDS, (p + 1) * SEEDS);
      // Regret a ln T + b has log-log slope 1 / ln T ~ 0.1-0.15 over [1e3, 1e5]; sqrt(T) would give 0.5.
      assertThat(RegretFits.logLogSlope(own, 1_000, HORIZON)).as(policies.get(p)).isBetween(0.0, 0.3);
      double ratioEarly = RegretFits.meanRegret(own, 1_000) / Math.log(1_000);
      double ratioLate = RegretFits.meanRegret(own, HORIZON) / Math.log(HORIZON);
      assertThat(ratioLate / ratioEarly).as(policies.get(p) + ": R(T) / ln T roughly constant").isBetween(0.5, 2.0);
    }
    // The same check rejects linear regret: constant exploration pays 0.1 * mean gap per round.
    assertThat(RegretFits.logLogSlope(runs.subList(3 * SEEDS, 4 * SEEDS), 1_000, HORIZON)).isGreaterThan(0.8);
  }

  @Test
  void klUcbIsWithinAConstantOfTheLaiRobbinsBound() {
    double[] means = {0.3, 0.5, 0.7};
    List<BanditRun> runs = new BanditExperiment(List.of("kl-ucb"), List.of("bernoulli(0.3,0.5,0.7)"), HORIZON, SEEDS, 16)
        .run(2);
    // Lai and Robbins (1985): sum_k Delta_k / kl(mu_k, mu*) ln T = 3.4744 ln T = 40.0 at T = 1e5.
    double constant = 0;
    for (double mean : means) {
      if (mean < 0.7) {
        constant += (0.7 - mean) / RegretFits.bernoulliKl(mean, 0.7);
      }
    }
    double bound = constant * Math.log(HORIZON);
    assertThat(bound).isBetween(39.9, 40.1);
    assertThat(RegretFits.meanRegret(runs, HORIZON) / bound).isBetween(0.5, 2.0);
  }

  @Test
  void exp3StaysWithinCorollary32OnAnAdversarialSequence() {
    String problem = "adversarial(arms=3,rounds=100000,rule=switching,period=1000,seed=5)";
    List<BanditRun> runs = new BanditExperiment(List.of("exp3"), List.of(problem), HORIZON, 10, 17).run(2);
    // 2 sqrt(e - 1) sqrt(g K ln K) with g = T = 1e5, K = 3: 1504.9.
    double bound = Exp3.regretBound(3, HORIZON);
    assertThat(bound).isBetween(1504.0, 1506.0);
    assertThat(RegretFits.meanRegret(runs, HORIZON)).isLessThan(bound);
    assertThat(runs).allSatisfy(run -> assertThat(run.finalRegret()).isLessThan(bound));
  }

  @Test
  void slidingWindowUcbBeatsUcb1WhenTheMeansChange() {
    // Arm 0 alternates between 0.9 and 0.1 every 4000 rounds; arm 1 stays at 0.5.
    String problem = "piecewise(changes=[4000,8000,12000,16000],means=[[0.9,0.5],[0.1,0.5],[0.9,0.5],[0.1,0.5],[0.9,0.5]])";
    List<BanditRun> runs = new BanditExperiment(List.of("ucb1", "sliding-window-ucb(breakpoints=4)", "discounted-ucb(breakpoints=4)"),
        List.of(problem), 20_000, 10, 18).run(2);
    double ucb1 = RegretFits.meanRegret(runs.subList(0, 10), 20_000);
    double slidingWindow = RegretFits.meanRegret(runs.subList(10, 20), 20_000);
    double discounted = RegretFits.meanRegret(runs.subList(20, 30), 20_000);
    assertThat(slidingWindow).isLessThan(0.5 * ucb1);
    assertThat(discounted).isLessThan(ucb1);
  }
}

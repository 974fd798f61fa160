package org.agora.learning.bandits.multiplayer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.agora.learning.bandits.multiplayer.policy.MusicalChair;
import org.junit.jupiter.api.Test;

/** How the policies behave on SMPyBandits' setting and on shared arms, with fixed seeds. */
class MultiPlayerPoliciesTest {

  private static final String SMPYBANDITS_ARMS = "bernoulli(0.1,0.2,0.3,0.4,0.5,0.6,0.7,0.8,0.9)";

  /**
   * The acceptance: MCTopM beats rhoRand on M = 6, K = 9, mu = 0.1..0.9, T = 10,000, averaged
   * over seeds (Besson and Kaufmann, ALT 2018, show the same ordering). The gap must exceed five
   * standard errors of the difference of the means, computed from the samples.
   */
  @Test
  void mcTopMBeatsRhoRandOnSmpyBanditsSetting() {
    int seeds = 20;
    MultiPlayerExperiment experiment = new MultiPlayerExperiment(List.of("mctopm(index=kl-ucb)", "rhorand(index=kl-ucb)"),
        SMPYBANDITS_ARMS, 6, "sensing", 10_000, seeds, 2026);
    List<MultiPlayerRun> runs = experiment.run(2);
    double[] mcTopM = finalRegrets(runs.subList(0, seeds));
    double[] rhoRand = finalRegrets(runs.subList(seeds, 2 * seeds));
    double standardError = Math.sqrt(variance(mcTopM) / seeds + variance(rhoRand) / seeds);
    assertThat(mean(mcTopM) + 5 * standardError).isLessThan(mean(rhoRand));
  }

  /**
   * Musical Chairs with a long exploration estimates the number of players and then stops colliding:
   * under uniform play a player is alone with probability (1 - 1/K)^(M-1) = (8/9)^5 = 0.555, whose
   * estimate from T0 = 10,000 rounds has standard error 0.005, i.e. 0.08 players after the logarithm;
   * rounding to the true M = 6 fails only beyond 6 standard errors.
   */
  @Test
  void musicalChairsEstimatesThePlayersAndSits() {
    MultiPlayerProblem problem = MultiPlayerProblem.of(SMPYBANDITS_ARMS, 6, "sensing");
    MusicalChair policy = new MusicalChair(6, 9, 10_000, 0.5, new SplittableRandom(5));
    MultiPlayerRun run = MultiPlayerSimulation.run(policy, problem, 20_000, new SplittableRandom(6), 6,
        new long[] {10_000, 15_000, 20_000});
    for (int player = 0; player < 6; player++) {
      assertThat(policy.estimatedPlayers(player)).isEqualTo(6);
    }
    // Seated for good: no collision in the last 5,000 rounds.
    assertThat(run.collisions()[2]).isEqualTo(run.collisions()[1]);
  }

  /**
   * SMAA on shared arms protects every player, as Xu et al. (ICML 2023) prove: each player's shortfall
   * against its equilibrium share (the equilibrium's total over N per round, which the rotation gives
   * every player) stays small, while Selfish KL-UCB players, who ignore the sharing, leave some player far
   * behind. Compared over seeds on the worst-off player, with a margin of five standard errors of the
   * difference computed from the samples. (The total regret against the equilibrium is no test here: players
   * spread over more arms than the equilibrium raise the total, so it may be negative.)
   */
  @Test
  void smaaProtectsTheWorstOffPlayerBetterThanSelfish() {
    int players = 12;
    long horizon = 20_000;
    // Means without ties among the shares mu_k / j: the 12th largest is 0.61/2 = 0.305, the 13th 0.27, so
    // the equilibrium (counts 3,2,2,2,1,1,1 on 0.95,0.83,0.74,0.61,0.52,0.44,0.38) is unique.
    MultiPlayerProblem problem = MultiPlayerProblem.of("bernoulli(0.15,0.27,0.38,0.52,0.61,0.74,0.83,0.95,0.44)",
        players, "shared");
    assertThat(AveragingAllocationEquilibrium.counts(problem.means(), players))
        .containsExactly(0, 0, 1, 1, 2, 2, 2, 3, 1);
    double share = horizon * problem.optimalReward() / players;
    int seeds = 6;
    double[] smaa = new double[seeds];
    double[] selfish = new double[seeds];
    for (int seed = 0; seed < seeds; seed++) {
      smaa[seed] = worstShortfall(MultiPlayerSimulation.run("smaa", problem, horizon, seed), share);
      selfish[seed] = worstShortfall(MultiPlayerSimulation.run("selfish", problem, horizon, seed), share);
    }
    double standardError = Math.sqrt(variance(smaa) / seeds + variance(selfish) / seeds);
    assertThat(mean(smaa) + 5 * standardError).isLessThan(mean(selfish));
  }

  private static double worstShortfall(MultiPlayerRun run, double share) {
    double worst = Double.NEGATIVE_INFINITY;
    for (double reward : run.playerRewards()) {
      worst = Math.max(worst, share - reward);
    }
    return worst;
  }

  private static double[] finalRegrets(List<MultiPlayerRun> runs) {
    double[] values = new double[runs.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = runs.get(i).finalRegret();
    }
    return values;
  }

  private static double mean(double[] values) {
    double sum = 0;
    for (double value : values) {
      sum += value;
    }
    return sum / values.length;
  }

  private static double variance(double[] values) {
    double mean = mean(values);
    double sum = 0;
    for (double value : values) {
      sum += (value - mean) * (value - mean);
    }
    return sum / (values.length - 1);
  }
}

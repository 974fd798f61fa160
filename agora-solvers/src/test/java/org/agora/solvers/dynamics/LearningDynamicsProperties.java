package org.agora.solvers.dynamics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.agora.core.normalform.NormalFormGame;
import org.agora.solvers.MixedProfile;
import org.agora.testkit.SeededCases;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class LearningDynamicsProperties {

  private static NormalFormGame smallGame(int players, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int[] counts = new int[players];
    for (int p = 0; p < players; p++) {
      counts[p] = 1 + random.nextInt(4);
    }
    return DynamicsFixtures.randomGame(random.nextLong(), counts);
  }

  private static void assertValid(MixedProfile profile, String label) {
    for (int p = 0; p < profile.playerCount(); p++) {
      assertThat(DynamicsFixtures.distributionError(profile.strategy(p))).as(label).isLessThan(1e-9);
    }
  }

  @TestFactory
  Stream<DynamicTest> profilesAndJointDistributionsStayDistributions() {
    return SeededCases.tests(1951, 200, one -> profilesAndJointDistributionsStayDistributions(one.intBetween(1, 3),
        one.nextLong(), one.intBetween(0, DynamicsFixtures.KINDS - 1)));
  }

  private void profilesAndJointDistributionsStayDistributions(int players, long seed, int kind) {
    NormalFormGame game = smallGame(players, seed);
    LearningDynamics dynamics = DynamicsFixtures.create(kind, game);
    assertValid(dynamics.currentProfile(), "initial");
    for (int t = 1; t <= 40; t++) {
      dynamics.step();
      String label = dynamics.getClass().getSimpleName() + " step " + t;
      assertThat(dynamics.iteration()).isEqualTo(t);
      assertValid(dynamics.currentProfile(), label);
      MixedProfile average = dynamics.averageProfile();
      assertValid(average, label);
      double[] joint = dynamics.empiricalJointDistribution();
      assertThat(joint).hasSize(game.profileCount());
      assertThat(DynamicsFixtures.distributionError(joint)).as(label).isLessThan(1e-9);
      for (int p = 0; p < players; p++) {
        // The average of product distributions has the average strategies as marginals.
        assertThat(DynamicsFixtures.marginal(game, joint, p)).as(label).containsExactly(average.strategy(p), within(1e-9));
      }
    }
  }

  @TestFactory
  Stream<DynamicTest> regretMatchingPlusRegretsAreNeverNegative() {
    return SeededCases.tests(2015, 200, one -> regretMatchingPlusRegretsAreNeverNegative(one.intBetween(1, 3),
        one.nextLong()));
  }

  private void regretMatchingPlusRegretsAreNeverNegative(int players, long seed) {
    NormalFormGame game = smallGame(players, seed);
    RegretMatchingPlus plus = new RegretMatchingPlus(game);
    for (int t = 0; t < 40; t++) {
      plus.step();
      for (int p = 0; p < players; p++) {
        for (double regret : plus.cumulativeRegrets(p)) {
          assertThat(regret).isGreaterThanOrEqualTo(0.0);
        }
      }
    }
  }

  @TestFactory
  Stream<DynamicTest> gapsAreNonNegativeAndTheCorrelatedGapBoundsTheCoarseOne() {
    return SeededCases.tests(2000, 100,
        one -> gapsAreNonNegativeAndTheCorrelatedGapBoundsTheCoarseOne(one.intBetween(1, 3), one.nextLong(),
        one.intBetween(0, DynamicsFixtures.KINDS - 1)));
  }

  private void gapsAreNonNegativeAndTheCorrelatedGapBoundsTheCoarseOne(int players, long seed, int kind) {
    NormalFormGame game = smallGame(players, seed);
    Trajectory.Sample sample = DynamicsFixtures.create(kind, game).run(20, 20).last();
    assertThat(sample.nashConv()).isGreaterThanOrEqualTo(0.0);
    assertThat(sample.coarseCorrelatedGap()).isGreaterThanOrEqualTo(0.0);
    assertThat(sample.correlatedGap()).isGreaterThanOrEqualTo(sample.coarseCorrelatedGap() - 1e-12);
  }
}

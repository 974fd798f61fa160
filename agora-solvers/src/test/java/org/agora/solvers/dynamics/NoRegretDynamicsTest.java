package org.agora.solvers.dynamics;

import static org.agora.solvers.dynamics.DynamicsFixtures.randomGame;
import static org.agora.solvers.dynamics.DynamicsFixtures.skewed;
import static org.agora.solvers.dynamics.DynamicsFixtures.zoo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.agora.core.normalform.NormalFormGame;
import org.agora.solvers.MixedProfile;
import org.agora.solvers.measures.ProfileMeasures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class NoRegretDynamicsTest {

  @ParameterizedTest
  @ValueSource(strings = {"rock_paper_scissors", "matching_pennies", "biased_rock_paper_scissors"})
  void regretMatchingAverageApproachesNashAtTheRegretBound(String name) {
    NormalFormGame game = zoo(name);
    double range = game.maxUtility() - game.minUtility();
    int strategies = game.strategyCount(0);
    for (LearningDynamics dynamics : List.of(new RegretMatching(game, skewed(game)), new RegretMatchingPlus(game, skewed(game)))) {
      String label = dynamics.getClass().getSimpleName();
      Trajectory trajectory = dynamics.run(50_000, 5000);
      // Zero-sum: NashConv of the average <= sum of the two players' average external regrets, each at
      // most range sqrt((m - 1) / t), twice that for the linearly weighted average of RM+.
      double factor = dynamics instanceof RegretMatchingPlus ? 4 : 2;
      for (Trajectory.Sample sample : trajectory.samples()) {
        assertThat(sample.nashConv()).as("%s at %d", label, sample.iteration())
            .isLessThanOrEqualTo(factor * range * Math.sqrt((strategies - 1.0) / sample.iteration()));
      }
      double[] nashConvs = trajectory.nashConvs();
      assertThat(nashConvs[nashConvs.length - 1] / range).as(label).isLessThan(0.006);
      // Ten times the iterations: at least twice as close (1/sqrt(t) gives 3.2).
      assertThat(nashConvs[nashConvs.length - 1]).as(label).isLessThan(nashConvs[0] / 2);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"rock_paper_scissors", "matching_pennies"})
  void hedgeTunedForTheHorizonEndsWithinItsRegretBound(String name) {
    NormalFormGame game = zoo(name);
    int horizon = 50_000;
    Trajectory trajectory = Hedge.forHorizon(game, horizon, skewed(game)).run(horizon, 5000);
    double range = game.maxUtility() - game.minUtility();
    // Each player's average regret is at most range sqrt(ln m / (2T)); NashConv sums two of them.
    double bound = 2 * range * Math.sqrt(Math.log(game.strategyCount(0)) / (2.0 * horizon));
    assertThat(trajectory.last().nashConv()).isLessThanOrEqualTo(bound).isLessThan(0.015);
    assertThat(trajectory.last().nashConv()).isLessThan(trajectory.samples().get(0).nashConv());
  }

  @Test
  void hedgeHorizonRateIsTheTextbookValue() {
    NormalFormGame rps = zoo("rock_paper_scissors");
    // sqrt(8 ln 3 / 1000) / (1 - (-1)).
    assertThat(Hedge.forHorizon(rps, 1000).learningRate(0)).isCloseTo(Math.sqrt(8 * Math.log(3) / 1000) / 2, within(1e-15));
    assertThat(Hedge.withLearningRate(rps, 0.25).learningRate(1)).isEqualTo(0.25);
  }

  @ParameterizedTest
  @ValueSource(strings = {"rock_paper_scissors", "matching_pennies"})
  void fictitiousPlayAverageConvergesAtRoughlyInverseSquareRoot(String name) {
    NormalFormGame game = zoo(name);
    double[] nashConvs = new FictitiousPlay(game).run(50_000, 5000).nashConvs();
    assertThat(nashConvs[nashConvs.length - 1]).isLessThan(0.01);
    // Ten times the iterations: at least twice as close (1/sqrt(t) gives 3.2).
    assertThat(nashConvs[nashConvs.length - 1]).isLessThan(nashConvs[0] / 2);
  }

  @Test
  void fictitiousPlayJointDistributionIsTheFrequencyOfPlayedProfiles() {
    NormalFormGame game = zoo("matching_pennies");
    FictitiousPlay play = new FictitiousPlay(game);
    play.step();
    double[] joint = play.empiricalJointDistribution();
    assertThat(joint).containsOnly(0.0, 1.0);
    for (int i = 0; i < 99; i++) {
      play.step();
    }
    for (double probability : play.empiricalJointDistribution()) {
      assertThat(probability * 100).isCloseTo(Math.rint(probability * 100), within(1e-9));
    }
  }

  @Test
  void everyDynamicsSettlesOnMutualDefectionInThePrisonersDilemma() {
    NormalFormGame dilemma = zoo("prisoners_dilemma");
    int defect = dilemma.strategyName(0, 0).toLowerCase().startsWith("defect") ? 0 : 1;
    for (int kind = 0; kind < DynamicsFixtures.KINDS; kind++) {
      LearningDynamics dynamics = DynamicsFixtures.create(kind, dilemma);
      dynamics.run(5000, 5000);
      String label = dynamics.getClass().getSimpleName() + " " + kind;
      MixedProfile average = dynamics.averageProfile();
      assertThat(average.probability(0, defect)).as(label).isGreaterThan(0.95);
      assertThat(average.probability(1, defect)).as(label).isGreaterThan(0.95);
      assertThat(dynamics.currentProfile().probability(0, defect)).as(label).isGreaterThan(0.99);
      assertThat(dynamics.currentProfile().probability(1, defect)).as(label).isGreaterThan(0.99);
    }
  }

  @Test
  void regretMatchingJointDistributionIsAnApproximateCoarseCorrelatedEquilibrium() {
    int[][] shapes = {{3, 3}, {4, 5}, {3, 3, 3}, {2, 3, 4}};
    for (long seed = 0; seed < 3; seed++) {
      for (int[] shape : shapes) {
        NormalFormGame game = randomGame(seed, shape);
        for (LearningDynamics dynamics : List.of(new RegretMatching(game), new RegretMatchingPlus(game))) {
          Trajectory.Sample last = dynamics.run(5000, 5000).last();
          assertThat(last.coarseCorrelatedGap()).as("%s on %s", dynamics.getClass().getSimpleName(), game.title())
              .isLessThan(0.02);
        }
      }
    }
  }

  @Test
  void inShapleysGameRegretMatchingReachesTheCoarseCorrelatedSetButNotNash() {
    // Shapley (1964): learning dynamics need not approach Nash in this general-sum 3 x 3 game; the
    // empirical joint distribution of a no-regret dynamics still approaches the CCE set.
    NormalFormGame shapley = zoo("shapleys_game");
    Trajectory.Sample last = new RegretMatching(shapley, skewed(shapley)).run(50_000, 50_000).last();
    assertThat(last.coarseCorrelatedGap()).isLessThan(0.001);
    assertThat(last.nashConv()).isGreaterThan(0.1);
  }

  @Test
  void regretMatchingPlusWeighsIterationsLinearly() {
    NormalFormGame game = zoo("matching_pennies");
    RegretMatchingPlus plus = new RegretMatchingPlus(game, skewed(game));
    MixedProfile first = plus.currentProfile();
    plus.step();
    MixedProfile second = plus.currentProfile();
    plus.step();
    // Average of x1 (weight 1) and x2 (weight 2).
    double expected = (first.probability(0, 0) + 2 * second.probability(0, 0)) / 3;
    assertThat(plus.averageProfile().probability(0, 0)).isCloseTo(expected, within(1e-12));
  }

  @Test
  void trajectorySamplesEveryKIterationsAndAtTheEnd() {
    NormalFormGame game = zoo("rock_paper_scissors");
    Trajectory trajectory = new RegretMatching(game, skewed(game)).run(1000, 300);
    assertThat(trajectory.samples()).extracting(Trajectory.Sample::iteration).containsExactly(300, 600, 900, 1000);
    Trajectory.Sample last = trajectory.last();
    assertThat(last.nashConv()).isEqualTo(ProfileMeasures.nashConv(game, last.averageProfile()));
    Trajectory withoutGaps = Trajectory.record(new RegretMatching(game), 10, 5, false);
    assertThat(withoutGaps.last().coarseCorrelatedGap()).isNaN();
    assertThat(withoutGaps.last().correlatedGap()).isNaN();
  }

  @Test
  void sameParametersGiveIdenticalTrajectories() {
    NormalFormGame game = randomGame(7, 3, 2, 4);
    for (int kind = 0; kind < DynamicsFixtures.KINDS; kind++) {
      Trajectory first = DynamicsFixtures.create(kind, game).run(300, 50);
      Trajectory second = DynamicsFixtures.create(kind, game).run(300, 50);
      assertThat(second).as("kind %d", kind).isEqualTo(first);
    }
  }
}

package org.agora.solvers.correlated;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;
import org.agora.core.normalform.NormalFormGame;
import org.agora.solvers.correlated.CorrelatedEquilibriumSolver.Concept;
import org.agora.solvers.correlated.CorrelatedEquilibriumSolver.Objective;
import org.agora.testkit.SeededCases;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class CorrelatedEquilibriumProperties {

  private static final double TOLERANCE = 1e-7;

  private static NormalFormGame game(long seed, int players, int strategies) {
    int[] counts = new int[players];
    for (int p = 0; p < players; p++) {
      counts[p] = 2 + (int) Math.floorMod(seed >> (4 * p), (long) (strategies - 1));
    }
    return TestGames.random(seed, counts, 5);
  }

  @TestFactory
  Stream<DynamicTest> everySolutionIsAValidEquilibriumAndObjectivesAreOrdered() {
    return SeededCases.tests(20261124, 40,
        one -> everySolutionIsAValidEquilibriumAndObjectivesAreOrdered(one.nextLong(), one.intBetween(2, 3)));
  }

  private void everySolutionIsAValidEquilibriumAndObjectivesAreOrdered(long seed, int players) {
    NormalFormGame game = game(seed, players, players == 2 ? 4 : 3);
    for (Concept concept : Concept.values()) {
      Map<Objective, CorrelatedSolution> solutions = new EnumMap<>(Objective.class);
      for (Objective objective : Objective.values()) {
        CorrelatedSolution solution = CorrelatedEquilibriumSolver.solve(game, concept, objective);
        CorrelatedDistribution distribution = solution.distribution();
        double sum = 0.0;
        for (double value : distribution.probabilities()) {
          assertThat(value).isGreaterThanOrEqualTo(0.0);
          sum += value;
        }
        assertThat(sum).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
        for (CorrelatedMeasures.DeviationGain gain : CorrelatedMeasures.deviationGains(game, distribution, concept)) {
          assertThat(gain.gain()).as("%s %s %s", concept, objective, gain).isLessThanOrEqualTo(TOLERANCE);
        }
        if (concept == Concept.CORRELATED) {
          assertThat(CorrelatedMeasures.coarseCorrelatedGap(game, distribution)).isLessThanOrEqualTo(TOLERANCE);
        }
        solutions.put(objective, solution);
      }
      double bestWelfare = solutions.get(Objective.MAXIMUM_SOCIAL_WELFARE).objectiveValue();
      double bestMinimum = solutions.get(Objective.MAXIMUM_MINIMUM_PAYOFF).objectiveValue();
      double bestEntropy = solutions.get(Objective.MAXIMUM_ENTROPY).objectiveValue();
      for (CorrelatedSolution solution : solutions.values()) {
        assertThat(bestWelfare).isGreaterThanOrEqualTo(solution.distribution().socialWelfare(game) - TOLERANCE);
        assertThat(bestMinimum).isGreaterThanOrEqualTo(solution.distribution().minimumPayoff(game) - TOLERANCE);
        assertThat(bestEntropy).isGreaterThanOrEqualTo(solution.distribution().entropy() - TOLERANCE);
      }
      for (int profile = 0; profile < game.profileCount(); profile++) {
        if (isPureNash(game, profile)) {
          CorrelatedDistribution pure = CorrelatedDistribution.of(game, indicator(game.profileCount(), profile));
          assertThat(CorrelatedMeasures.gap(game, pure, concept)).isZero();
          assertThat(bestWelfare).isGreaterThanOrEqualTo(pure.socialWelfare(game) - TOLERANCE);
          assertThat(bestEntropy).isGreaterThanOrEqualTo(-TOLERANCE);
        }
      }
    }
  }

  @TestFactory
  Stream<DynamicTest> coarseCorrelatedOptimaDominateCorrelatedOnes() {
    return SeededCases.tests(424242, 30, one -> coarseCorrelatedOptimaDominateCorrelatedOnes(one.nextLong(),
        one.intBetween(2, 3)));
  }

  private void coarseCorrelatedOptimaDominateCorrelatedOnes(long seed, int players) {
    // The CE set is inside the CCE set, so every CCE optimum is at least the CE optimum.
    NormalFormGame game = game(seed, players, 3);
    for (Objective objective : Objective.values()) {
      double correlated = CorrelatedEquilibriumSolver.solve(game, Concept.CORRELATED, objective).objectiveValue();
      double coarse = CorrelatedEquilibriumSolver.solve(game, Concept.COARSE_CORRELATED, objective).objectiveValue();
      assertThat(coarse).as("%s", objective).isGreaterThanOrEqualTo(correlated - TOLERANCE);
    }
  }

  @TestFactory
  Stream<DynamicTest> maximumEntropyIsFirstOrderOptimalTowardsEveryOtherSolution() {
    return SeededCases.tests(777, 30, one -> maximumEntropyIsFirstOrderOptimalTowardsEveryOtherSolution(one.nextLong(),
        one.intBetween(2, 3)));
  }

  private void maximumEntropyIsFirstOrderOptimalTowardsEveryOtherSolution(long seed, int players) {
    // H is concave and the equilibria form a convex set, so mu is the maximiser iff the derivative
    // of H from mu towards every equilibrium nu, sum (nu - mu)(-log mu - 1) = sum (nu - mu)(-log mu),
    // is at most 0 (and +infinity when nu uses a profile mu leaves out).
    NormalFormGame game = game(seed, players, 3);
    for (Concept concept : Concept.values()) {
      double[] mu = CorrelatedEquilibriumSolver.solve(game, concept, Objective.MAXIMUM_ENTROPY).distribution()
          .probabilities();
      for (Objective objective : new Objective[] {Objective.FEASIBLE, Objective.MAXIMUM_SOCIAL_WELFARE,
          Objective.MAXIMUM_MINIMUM_PAYOFF}) {
        double[] nu = CorrelatedEquilibriumSolver.solve(game, concept, objective).distribution().probabilities();
        double derivative = 0.0;
        for (int profile = 0; profile < mu.length; profile++) {
          if (nu[profile] > 1e-9) {
            assertThat(mu[profile]).as("%s %s profile %d", concept, objective, profile).isGreaterThan(0.0);
          }
          if (mu[profile] > 0.0) {
            derivative += (nu[profile] - mu[profile]) * -Math.log(mu[profile]);
          }
        }
        assertThat(derivative).as("%s %s", concept, objective).isLessThanOrEqualTo(1e-6);
      }
    }
  }

  @TestFactory
  Stream<DynamicTest> maximumEntropyEquilibriumIsInvariantUnderPositiveAffinePayoffChanges() {
    return SeededCases.tests(31337, 15,
        one -> maximumEntropyEquilibriumIsInvariantUnderPositiveAffinePayoffChanges(one.nextLong()));
  }

  private void maximumEntropyEquilibriumIsInvariantUnderPositiveAffinePayoffChanges(long seed) {
    // Scaling a player's payoffs by a positive factor and adding a constant leaves the incentive
    // constraints' feasible set, and so the maximum-entropy point, unchanged.
    NormalFormGame game = game(seed, 3, 3);
    double[] payoffs = game.payoffTensor();
    for (int i = 0; i < payoffs.length; i++) {
      int player = i / game.profileCount();
      payoffs[i] = payoffs[i] * (player == 0 ? 1000.0 : 0.01) + 17.0 * player;
    }
    String[] playerNames = new String[3];
    String[][] strategyNames = new String[3][];
    for (int p = 0; p < 3; p++) {
      playerNames[p] = game.playerName(p);
      strategyNames[p] = new String[game.strategyCount(p)];
      for (int s = 0; s < strategyNames[p].length; s++) {
        strategyNames[p][s] = game.strategyName(p, s);
      }
    }
    NormalFormGame scaled = NormalFormGame.of(game.parameters(), "scaled", playerNames, strategyNames, payoffs);
    for (Concept concept : Concept.values()) {
      CorrelatedDistribution original = CorrelatedEquilibriumSolver.solve(game, concept, Objective.MAXIMUM_ENTROPY)
          .distribution();
      CorrelatedDistribution transformed = CorrelatedEquilibriumSolver.solve(scaled, concept,
          Objective.MAXIMUM_ENTROPY).distribution();
      assertThat(transformed.isCloseTo(original, 1e-6)).as("%s %s %s", concept, original, transformed).isTrue();
    }
  }

  private static double[] indicator(int length, int index) {
    double[] values = new double[length];
    values[index] = 1.0;
    return values;
  }

  private static boolean isPureNash(NormalFormGame game, int profile) {
    for (int p = 0; p < game.playerCount(); p++) {
      int stride = IncentiveConstraints.stride(game, p);
      int current = game.strategyInProfile(profile, p);
      for (int s = 0; s < game.strategyCount(p); s++) {
        if (game.payoff(p, profile + (s - current) * stride) > game.payoff(p, profile)) {
          return false;
        }
      }
    }
    return true;
  }
}

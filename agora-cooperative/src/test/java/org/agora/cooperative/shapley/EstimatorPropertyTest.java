package org.agora.cooperative.shapley;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.agora.cooperative.CoalitionGame;
import org.agora.cooperative.game.SyntheticGames;
import org.agora.cooperative.game.UnanimitySumGame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EstimatorPropertyTest {

  static java.util.List<String> samplers() {
    return ShapleyEstimators.samplingNames();
  }

  private static final class Counting implements CoalitionGame {
    final CoalitionGame game;
    long calls;

    Counting(CoalitionGame game) {
      this.game = game;
    }

    @Override
    public int playerCount() {
      return game.playerCount();
    }

    @Override
    public double value(long coalition) {
      calls++;
      return game.value(coalition);
    }
  }

  private static double meanSquaredError(ShapleyEstimator estimator, CoalitionGame game, double[] exact, long budget) {
    double total = 0;
    for (long seed = 1; seed <= 20; seed++) {
      total += ErrorCurves.meanSquaredError(estimator.estimate(game, budget, seed).values(), exact);
    }
    return total / 20;
  }

  @ParameterizedTest
  @MethodSource("samplers")
  void meanSquaredErrorFallsWithTheBudget(String name) {
    // For an estimator whose variance falls as 1/budget, 4x the budget gives 1/4 the MSE; we ask for
    // less than 1/2, averaged over 20 seeds on each of 4 seeded random games (8 players).
    ShapleyEstimator estimator = ShapleyEstimators.create(name);
    for (long gameSeed = 1; gameSeed <= 4; gameSeed++) {
      CoalitionGame game = gameSeed % 2 == 0 ? SyntheticGames.randomTable(8, gameSeed)
          : SyntheticGames.randomUnanimity(8, 12, gameSeed);
      double[] exact = new ExactShapley().estimate(game, 256, 0).values();
      double small = meanSquaredError(estimator, game, exact, 1000);
      double large = meanSquaredError(estimator, game, exact, 4000);
      assertThat(large).as("%s on game %d: MSE %s at 1000, %s at 4000", name, gameSeed, small, large)
          .isLessThan(small / 2);
    }
  }

  @ParameterizedTest
  @MethodSource("samplers")
  void deterministicPerSeedAndWithinTheBudget(String name) {
    ShapleyEstimator estimator = ShapleyEstimators.create(name);
    UnanimitySumGame game = SyntheticGames.randomUnanimity(9, 10, 5);
    Counting counting = new Counting(game);
    ShapleyEstimate first = estimator.estimate(counting, 1500, 42);
    assertThat(counting.calls).isEqualTo(first.evaluationsUsed()).isLessThanOrEqualTo(1500).isGreaterThan(1400);
    ShapleyEstimate again = estimator.estimate(game, 1500, 42);
    assertThat(again.values()).containsExactly(first.values());
    assertThat(estimator.estimate(game, 1500, 43).values()).isNotEqualTo(first.values());
  }

  @ParameterizedTest
  @MethodSource("samplers")
  void refusesTooSmallABudgetWithAClearMessage(String name) {
    assertThatThrownBy(() -> ShapleyEstimators.create(name).estimate(SyntheticGames.randomTable(8, 1), 3, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(name + " needs a budget of at least ")
        .hasMessageEndingWith(" evaluations for 8 players, not 3");
  }

  @Test
  void permutationSamplingAndKernelShapAreEfficient() {
    CoalitionGame game = SyntheticGames.randomTable(9, 3);
    double total = game.value((1 << 9) - 1) - game.value(0);
    assertThat(new PermutationSampling().estimate(game, 700, 1).total()).isCloseTo(total, within(1e-9));
    assertThat(new KernelShap().estimate(game, 700, 1).total()).isCloseTo(total, within(1e-9));
  }

  @Test
  void stratifiedSvarmIsExactOnThreePlayers() {
    // For n <= 3 every stratum is computed from v(∅), v(N), singletons and (n-1)-coalitions.
    CoalitionGame game = SyntheticGames.randomTable(3, 9);
    double[] exact = new ExactShapley().estimate(game, 8, 0).values();
    ShapleyEstimate estimate = new StratifiedSvarm().estimate(game, 100, 1);
    assertThat(estimate.values()).containsExactly(exact, within(1e-12));
    assertThat(estimate.evaluationsUsed()).isEqualTo(8);
  }

  @ParameterizedTest
  @MethodSource("samplers")
  void reportedStandardErrorsMatchTheSpreadOverSeeds(String name) {
    // Over 200 seeds the mean reported variance should match the empirical variance of the estimate;
    // the empirical variance has relative standard error about sqrt(2/199) = 0.1 per player, so
    // [0.6, 1.6] is about four standard errors wide on each side. KernelSHAP reports none (NaN).
    ShapleyEstimator estimator = ShapleyEstimators.create(name);
    CoalitionGame game = SyntheticGames.randomTable(6, 11);
    int seeds = 200;
    int n = 6;
    double[] mean = new double[n];
    double[] m2 = new double[n];
    double[] reported = new double[n];
    for (int seed = 1; seed <= seeds; seed++) {
      ShapleyEstimate estimate = estimator.estimate(game, 600, seed);
      for (int i = 0; i < n; i++) {
        double value = estimate.values()[i];
        double delta = value - mean[i];
        mean[i] += delta / seed;
        m2[i] += delta * (value - mean[i]);
        reported[i] += estimate.standardErrors()[i] * estimate.standardErrors()[i] / seeds;
      }
    }
    for (int i = 0; i < n; i++) {
      double empirical = m2[i] / (seeds - 1);
      if (name.equals("kernelshap")) {
        assertThat(reported[i]).isNaN();
      } else {
        assertThat(reported[i] / empirical).as("%s player %d", name, i).isBetween(0.6, 1.6);
      }
    }
  }

  @Test
  void unknownEstimatorIsNamed() {
    assertThatThrownBy(() -> ShapleyEstimators.create("owen"))
        .hasMessage("unknown Shapley estimator 'owen'; known: exact, banzhaf, permutation, stratified, kernelshap,"
            + " svarm, stratified-svarm");
  }
}

package org.agora.evaluation.alpharank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.agora.testkit.SeededCase;
import org.agora.testkit.SeededCases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AlphaRankTest {

  private static final double[] ROCK_PAPER_SCISSORS = {
      0, -1, 1,
      1, 0, -1,
      -1, 1, 0};

  @Test
  void rockPaperScissorsGivesTheUniformStationaryDistribution() {
    for (double alpha : new double[] {0.0, 0.5, 1.0, 10.0, 100.0}) {
      AlphaRankResult result = new AlphaRank(alpha, 50).singlePopulation(ROCK_PAPER_SCISSORS, 3);
      assertThat(result.stationary()).as("alpha %s", alpha)
          .containsExactly(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}, within(1e-12));
    }
  }

  @Test
  void transitiveGameConcentratesOnTheTopAgentAsAlphaGrows() {
    // M[i][j] = i - j: agent 3 beats everyone.
    int agents = 4;
    double[] transitive = new double[agents * agents];
    for (int i = 0; i < agents; i++) {
      for (int j = 0; j < agents; j++) {
        transitive[i * agents + j] = i - j;
      }
    }
    double previous = 0.0;
    double[] sweep = {0.0, 0.01, 0.05, 0.1, 0.5, 1.0, 2.0, 5.0, 10.0, 100.0, 1000.0};
    for (double alpha : sweep) {
      double top = new AlphaRank(alpha, 50).singlePopulation(transitive, agents).stationary()[agents - 1];
      assertThat(top).as("mass on the top agent at alpha %s", alpha).isGreaterThanOrEqualTo(previous);
      previous = top;
    }
    assertThat(new AlphaRank(0.0, 50).singlePopulation(transitive, agents).stationary())
        .containsExactly(new double[] {0.25, 0.25, 0.25, 0.25}, within(1e-12));
    assertThat(new AlphaRank(10.0, 50).singlePopulation(transitive, agents).stationary()[agents - 1])
        .isGreaterThan(1 - 1e-12);
    assertThat(previous).isEqualTo(1.0);
  }

  @Test
  void multiPopulationTwoByTwoMatchesTheHandComputation() {
    // Two populations, two strategies each, strategy 1 better by 1 for both whatever the other does:
    // population 1 gets a, population 2 gets b at profile (a, b). With m = 2 the constant-gap
    // fixation probability (1 - e^{-x}) / (1 - e^{-2x}) is the logistic 1 / (1 + e^{-x}), x = alpha
    // times the gap; alpha = ln 3 gives 3/4 for an improving mutant (gap +1) and 1/4 for a worsening
    // one (gap -1). eta = 1 / ((2-1) + (2-1)) = 1/2. Each step picks a population with probability
    // 1/2 and that population switches with 3/4 (0 -> 1) or 1/4 (1 -> 0), so the chain is the product
    // of two independent two-state chains, each with stationary (1/4, 3/4) (balance:
    // 1/4 * 3/4 = 3/4 * 1/4). Hence pi over (0,0), (0,1), (1,0), (1,1) = (1, 3, 3, 9) / 16 and both
    // marginals are (1/4, 3/4).
    double[] payoffs = {
        0, 0, 1, 1, // population 1 at profiles 00, 01, 10, 11
        0, 1, 0, 1}; // population 2
    AlphaRankResult result = new AlphaRank(Math.log(3), 2).multiPopulation(new int[] {2, 2}, payoffs);
    assertThat(result.stationary()).containsExactly(new double[] {1.0 / 16, 3.0 / 16, 3.0 / 16, 9.0 / 16},
        within(1e-12));
    assertThat(result.marginal(0)).containsExactly(new double[] {0.25, 0.75}, within(1e-12));
    assertThat(result.marginal(1)).containsExactly(new double[] {0.25, 0.75}, within(1e-12));
  }

  @Test
  void singlePopulationTwoStrategiesMatchTheHandComputation() {
    // M = [[0, -1], [1, 0]], m = 2: with one mutant (k = 1) the mutant tau meets only the resident
    // sigma: f_tau = M[tau][sigma], f_sigma = M[sigma][tau]; rho = 1 / (1 + e^{-alpha (f_tau - f_sigma)}).
    // alpha = ln(3)/2: rho(0 -> 1) = 1 / (1 + e^{-2 alpha}) = 1 / (1 + 1/3) = 3/4, rho(1 -> 0) = 1/4,
    // eta = 1; stationary pi(1) = 3/4 / (3/4 + 1/4) = 3/4.
    AlphaRankResult result = new AlphaRank(Math.log(3) / 2, 2).singlePopulation(new double[] {0, -1, 1, 0}, 2);
    assertThat(result.stationary()).containsExactly(new double[] {0.25, 0.75}, within(1e-12));
  }

  @Test
  void singlePopulationFitnessDependsOnTheNumberOfMutants() {
    // M = [[2, 0], [0, 0]], m = 3, alpha = ln 2, eta = 1. With k mutants tau among residents sigma:
    // f_tau(k) = ((k-1) M[tau][tau] + (3-k) M[tau][sigma]) / 2, f_sigma(k) = (k M[sigma][tau]
    // + (2-k) M[sigma][sigma]) / 2.
    // 0 -> 1: gaps f_1 - f_0 = (0 - 1, 0 - 0) = (-1, 0); rho = 1 / (1 + e^{alpha} + e^{alpha}) = 1/5.
    // 1 -> 0: gaps f_0 - f_1 = (0 - 0, 1 - 0) = (0, 1); rho = 1 / (1 + 1 + e^{-alpha}) = 2/5.
    // Balance pi(0) * 1/5 = pi(1) * 2/5: pi = (2/3, 1/3).
    AlphaRankResult result = new AlphaRank(Math.log(2), 3).singlePopulation(new double[] {2, 0, 0, 0}, 2);
    assertThat(result.stationary()).containsExactly(new double[] {2.0 / 3, 1.0 / 3}, within(1e-12));
  }

  @Test
  void fixationProbabilitiesMatchTheClosedForm() {
    // m = 3, e^{-x} = 1/2: rho = 1 / (1 + 1/2 + 1/4) = 4/7; e^{-x} = 2: 1 / (1 + 2 + 4) = 1/7.
    assertThat(FixationProbabilities.constantGap(Math.log(2), 1.0, 3)).isCloseTo(4.0 / 7, within(1e-15));
    assertThat(FixationProbabilities.constantGap(Math.log(2), -1.0, 3)).isCloseTo(1.0 / 7, within(1e-15));
    assertThat(FixationProbabilities.constantGap(5.0, 0.0, 7)).isEqualTo(1.0 / 7);
    assertThat(FixationProbabilities.varyingGap(Math.log(2), new double[] {1, 1}, 3)).isCloseTo(4.0 / 7,
        within(1e-15));
    // Far beyond exp's range: no overflow, no NaN.
    assertThat(FixationProbabilities.constantGap(1e6, 1.0, 100)).isEqualTo(1.0);
    assertThat(FixationProbabilities.constantGap(1e6, -1.0, 100)).isZero();
    assertThat(FixationProbabilities.varyingGap(1e6, new double[] {-1, -1, -1}, 4)).isZero();
    assertThat(FixationProbabilities.varyingGap(1e6, new double[] {1, 1, 1}, 4)).isEqualTo(1.0);
    assertThat(FixationProbabilities.constantGap(1.0, 1e-300, 10)).isCloseTo(0.1, within(1e-15));
  }

  static Stream<SeededCase> cases() {
    return SeededCases.of(0xA1FA4A4EL, 40);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void singlePopulationStationaryIsADistribution(SeededCase one) {
    SplittableRandom random = one.random();
    int strategies = one.intBetween(1, 12);
    double[] payoffs = new double[strategies * strategies];
    for (int k = 0; k < payoffs.length; k++) {
      payoffs[k] = random.nextDouble(-1.0, 1.0);
    }
    double alpha = one.isEdgeCase() ? (one.index() == 0 ? 0.0 : 500.0) : random.nextDouble(0.0, 50.0);
    int m = one.intBetween(2, 100);
    assertDistribution(new AlphaRank(alpha, m).singlePopulation(payoffs, strategies).stationary());
  }

  @ParameterizedTest
  @MethodSource("cases")
  void multiPopulationStationaryAndMarginalsAreDistributions(SeededCase one) {
    SplittableRandom random = one.random();
    int populations = one.intBetween(1, 3);
    int[] counts = new int[populations];
    int profiles = 1;
    for (int k = 0; k < populations; k++) {
      counts[k] = one.intBetween(1, 5);
      profiles *= counts[k];
    }
    double[] payoffs = new double[populations * profiles];
    for (int k = 0; k < payoffs.length; k++) {
      payoffs[k] = random.nextDouble(-1.0, 1.0);
    }
    double alpha = one.isEdgeCase() ? (one.index() == 0 ? 0.0 : 500.0) : random.nextDouble(0.0, 50.0);
    AlphaRankResult result = new AlphaRank(alpha, one.intBetween(2, 100)).multiPopulation(counts, payoffs);
    assertThat(result.stationary()).hasSize(profiles);
    assertDistribution(result.stationary());
    for (int k = 0; k < populations; k++) {
      assertDistribution(result.marginal(k));
    }
  }

  @Test
  void refusesANegativeRankingIntensity() {
    assertThatThrownBy(() -> new AlphaRank(-1.0, 10)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the ranking intensity alpha must be a finite number >= 0, got -1.0");
    assertThatThrownBy(() -> new AlphaRank(Double.NaN, 10)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AlphaRank(1.0, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the population size m must be at least 2, got 1");
  }

  @Test
  void refusesMismatchedTensors() {
    assertThatThrownBy(() -> new AlphaRank(1.0, 10).multiPopulation(new int[] {2, 2}, new double[7]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the payoff tensors have 7 entries, expected 2 populations x 4 profiles = 8");
    assertThatThrownBy(() -> new AlphaRank(1.0, 10).multiPopulation(new int[] {100, 100}, new double[1]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("alpha-rank here handles at most 2500 pure profiles (a dense transition matrix); this game has 10000");
  }

  private static void assertDistribution(double[] distribution) {
    double total = 0.0;
    for (double mass : distribution) {
      assertThat(mass).isGreaterThanOrEqualTo(0.0);
      total += mass;
    }
    assertThat(total).isCloseTo(1.0, within(1e-12));
  }
}

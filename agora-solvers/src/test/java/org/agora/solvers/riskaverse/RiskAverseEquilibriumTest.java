package org.agora.solvers.riskaverse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.agora.core.GameParameters;
import org.agora.core.normalform.NormalFormGame;
import org.agora.games.normalform.StagHuntProvider;
import org.agora.solvers.MixedProfile;
import org.agora.testkit.SeededCases;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class RiskAverseEquilibriumTest {

  private static NormalFormGame symmetric(double a, double b, double c, double d) {
    String[] names = {"x", "y"};
    return NormalFormGame.bimatrix(GameParameters.none("coordination"), names, names,
        new double[][] {{a, b}, {c, d}}, new double[][] {{a, c}, {b, d}});
  }

  @Test
  void theStagHuntSelectsTheRiskDominantEquilibrium() {
    // Slumbers et al. (ICML 2023): RAE generalises to the risk-dominant NE of the stag hunt.
    // Hare/hare is risk dominant: (3 - 4)(3 - 4) < (3 - 0)(3 - 0) (Harsanyi and Selten 1988).
    NormalFormGame game = StagHuntProvider.create();
    RiskAverseFictitiousPlay.Result result = new RiskAverseFictitiousPlay(0.0, 1000, 0.0).solve(game);
    assertThat(result.converged()).isTrue();
    assertThat(result.profile().strategy(0)).containsExactly(0.0, 1.0);
    assertThat(result.profile().strategy(1)).containsExactly(0.0, 1.0);
    assertThat(result.gap()).isZero();
    assertThat(result.variances()).containsExactly(0.0, 0.0);
    // the payoff-dominant (stag, stag) was not chosen although it is a Nash equilibrium
    assertThat(result.iterations()).isEqualTo(1);
  }

  @Test
  void bothStrictEquilibriaOfTheStagHuntAreRiskAverseEquilibriaSoTheSelectionIsTheProcesss() {
    // Against a pure opponent every own strategy has reward variance 0 (the variance is over the
    // others' draw only), so a pure Nash equilibrium is an RAE for every tolerance (stag, 4, stays
    // allowed and of least variance 0): (stag, stag) has gap 0 as well. The selection of hare/hare in the test above comes from
    // the process's uniform start: against a uniform opponent hare (3, variance 0) beats stag (mean 2,
    // variance 4) in expectation and in variance.
    NormalFormGame game = StagHuntProvider.create();
    MixedProfile stagStag = MixedProfile.of(new double[][] {{1.0, 0.0}, {1.0, 0.0}});
    for (double tolerance : new double[] {0.0, 0.5, 2.0}) {
      RiskAverseFictitiousPlay.Result measured = new RiskAverseFictitiousPlay(tolerance, 10, 0.0)
          .evaluate(game, stagStag);
      assertThat(measured.gap()).as("tolerance %s", tolerance).isZero();
      assertThat(measured.converged()).isTrue();
    }
  }

  @Test
  void theVarianceIsTheOthersAloneOwnRandomisationAddsNone() {
    // opponent plays x for sure: both own rewards are constants (2 and 0), so the covariance matrix is
    // 0 and the half-half mixture has variance 0 (the variance of the reward over the joint draw,
    // own coin included, would be 1: rewards 2 and 0 with probability 1/2 each)
    NormalFormGame game = symmetric(2, 0, 0, 2);
    double[] mean = new double[2];
    double[] covariance = new double[4];
    RewardMoments.compute(game, new double[][] {{0.5, 0.5}, {1.0, 0.0}}, 0, mean, covariance);
    assertThat(mean).containsExactly(2.0, 0.0);
    assertThat(covariance).containsExactly(0.0, 0.0, 0.0, 0.0);
    assertThat(RewardMoments.variance(covariance, new double[] {0.5, 0.5}, 2)).isZero();
  }

  @TestFactory
  Stream<DynamicTest> symmetricCoordinationGamesSelectTheRiskDominantEquilibrium() {
    return SeededCases.tests(20261208, 40, one -> {
      SplittableRandom random = one.random();
      double a = random.nextInt(-5, 10);
      double c = a - random.nextInt(1, 6);
      double d = random.nextInt(-5, 10);
      double b = d - random.nextInt(1, 6);
      if ((a - c) == (d - b)) {
        return; // neither equilibrium risk dominates
      }
      int dominant = (a - c) > (d - b) ? 0 : 1; // Harsanyi-Selten risk dominance for symmetric 2x2 games
      RiskAverseFictitiousPlay.Result result = new RiskAverseFictitiousPlay(0.0, 100, 0.0)
          .solve(symmetric(a, b, c, d));
      assertThat(result.converged()).isTrue();
      assertThat(result.profile().probability(0, dominant)).isEqualTo(1.0);
      assertThat(result.profile().probability(1, dominant)).isEqualTo(1.0);
    });
  }

  @Test
  void negativelyCorrelatedStrategiesAreMixedToCancelTheVariance() {
    // opponent uniform; rewards (2, 0) and (0, 2): means 1 and 1, variances 1, covariance -1, so the
    // half-half mixture has variance 0 (Markowitz diversification).
    double[] mean = new double[2];
    double[] covariance = new double[4];
    NormalFormGame game = symmetric(2, 0, 0, 2);
    RewardMoments.compute(game, new double[][] {{0.5, 0.5}, {0.5, 0.5}}, 0, mean, covariance);
    assertThat(mean).containsExactly(1.0, 1.0);
    assertThat(covariance).containsExactly(1.0, -1.0, -1.0, 1.0);
    double[] response = new double[2];
    double variance = RiskAverseBestResponse.solve(mean, covariance, 2, 0.0, response);
    assertThat(response[0]).isCloseTo(0.5, within(1e-6));
    assertThat(variance).isCloseTo(0.0, within(1e-9));
  }

  @Test
  void theToleranceTradesExpectedRewardForVariance() {
    // safe: mean 2, variance 0; risky: mean 2.5, variance 4, uncorrelated. Minimising 4 r^2 subject to
    // 2 + 0.5 r >= 2.5 - eps gives r = 1 - 2 eps: eps 0 -> risky, 0.25 -> r = 1/2 (variance 1), 0.5 -> safe.
    double[] mean = {2.0, 2.5};
    double[] covariance = {0.0, 0.0, 0.0, 4.0};
    double[] response = new double[2];
    assertThat(RiskAverseBestResponse.solve(mean, covariance, 2, 0.0, response)).isEqualTo(4.0);
    assertThat(response).containsExactly(0.0, 1.0);
    assertThat(RiskAverseBestResponse.solve(mean, covariance, 2, 0.25, response)).isCloseTo(1.0, within(1e-6));
    assertThat(response[1]).isCloseTo(0.5, within(1e-6));
    assertThat(RiskAverseBestResponse.solve(mean, covariance, 2, 0.5, response)).isZero();
    assertThat(response).containsExactly(1.0, 0.0);
  }

  @TestFactory
  Stream<DynamicTest> riskAverseBestResponsesAreFeasibleAndOfLeastVarianceByBruteForce() {
    return SeededCases.tests(777, 40, one -> {
      SplittableRandom random = one.random();
      int m = one.intBetween(2, 3);
      int columns = one.intBetween(2, 4);
      double[] rows = new double[m * columns];
      for (int i = 0; i < rows.length; i++) {
        rows[i] = random.nextInt(-4, 5);
      }
      double[] column = new double[columns];
      double sum = 0.0;
      for (int j = 0; j < columns; j++) {
        column[j] = random.nextDouble() + 0.05;
        sum += column[j];
      }
      double[] mean = new double[m];
      double[] covariance = new double[m * m];
      for (int i = 0; i < m; i++) {
        for (int j = 0; j < columns; j++) {
          mean[i] += column[j] / sum * rows[i * columns + j];
        }
      }
      for (int i = 0; i < m; i++) {
        for (int k = 0; k < m; k++) {
          for (int j = 0; j < columns; j++) {
            covariance[i * m + k] += column[j] / sum * (rows[i * columns + j] - mean[i]) * (rows[k * columns + j] - mean[k]);
          }
        }
      }
      double tolerance = one.nextBoolean() ? 0.0 : random.nextDouble() * 2.0;
      double[] response = new double[m];
      double variance = RiskAverseBestResponse.solve(mean, covariance, m, tolerance, response);
      double best = Double.NEGATIVE_INFINITY;
      for (double value : mean) {
        best = Math.max(best, value);
      }
      assertThat(RewardMoments.expected(mean, response, m)).isGreaterThanOrEqualTo(best - tolerance - 1e-9);
      assertThat(RewardMoments.variance(covariance, response, m)).isCloseTo(variance, within(1e-9));
      // brute force over a grid of the simplex (step 1/120)
      int steps = 120;
      double least = Double.POSITIVE_INFINITY;
      double[] x = new double[m];
      for (int i = 0; i <= steps; i++) {
        for (int j = 0; j <= (m == 3 ? steps - i : 0); j++) {
          x[0] = (double) i / steps;
          if (m == 2) {
            x[1] = 1.0 - x[0];
          } else {
            x[1] = (double) j / steps;
            x[2] = 1.0 - x[0] - x[1];
          }
          if (RewardMoments.expected(mean, x, m) >= best - tolerance - 1e-12) {
            least = Math.min(least, RewardMoments.variance(covariance, x, m));
          }
        }
      }
      assertThat(variance).as("response %s mean %s cov %s tol %s", java.util.Arrays.toString(response), java.util.Arrays.toString(mean), java.util.Arrays.toString(covariance), tolerance).isLessThanOrEqualTo(least + 1e-6);
    });
  }

  @TestFactory
  Stream<DynamicTest> largeStrategySetsUseTheQuadraticProgrammeAndNoSampledPointBeatsIt() {
    // more than six strategies: ojAlgo's convex solver (plus the KKT polish); checked against 20000
    // random feasible lotteries (Dirichlet(1) draws mixed towards the best strategy until feasible)
    return SeededCases.tests(4242, 8, one -> {
      SplittableRandom random = one.random();
      int m = one.intBetween(7, 9);
      int columns = 6;
      double[] mean = new double[m];
      double[] covariance = new double[m * m];
      double[][] rewards = new double[m][columns];
      for (int i = 0; i < m; i++) {
        for (int j = 0; j < columns; j++) {
          rewards[i][j] = random.nextInt(-5, 6);
          mean[i] += rewards[i][j] / columns;
        }
      }
      for (int i = 0; i < m; i++) {
        for (int k = 0; k < m; k++) {
          for (int j = 0; j < columns; j++) {
            covariance[i * m + k] += (rewards[i][j] - mean[i]) * (rewards[k][j] - mean[k]) / columns;
          }
        }
      }
      double tolerance = 1.0 + random.nextDouble();
      double[] response = new double[m];
      double variance = RiskAverseBestResponse.solve(mean, covariance, m, tolerance, response);
      int top = 0;
      for (int i = 1; i < m; i++) {
        top = mean[i] > mean[top] ? i : top;
      }
      double floor = mean[top] - tolerance;
      assertThat(RewardMoments.expected(mean, response, m)).isGreaterThanOrEqualTo(floor - 1e-8);
      double[] x = new double[m];
      for (int draw = 0; draw < 20_000; draw++) {
        double sum = 0.0;
        for (int i = 0; i < m; i++) {
          x[i] = -Math.log(1.0 - random.nextDouble());
          sum += x[i];
        }
        for (int i = 0; i < m; i++) {
          x[i] /= sum;
        }
        double expected = RewardMoments.expected(mean, x, m);
        if (expected < floor) {
          double step = (floor - expected) / (mean[top] - expected);
          for (int i = 0; i < m; i++) {
            x[i] *= 1.0 - step;
          }
          x[top] += step;
        }
        assertThat(variance).isLessThanOrEqualTo(RewardMoments.variance(covariance, x, m) + 1e-6);
      }
    });
  }

  @TestFactory
  Stream<DynamicTest> potentialGamesConvergeToARiskAverseEquilibrium() {
    // identical-interest games are potential games, where the paper proves convergence
    return SeededCases.tests(99, 10, one -> {
      SplittableRandom random = one.random();
      int m = one.intBetween(2, 3);
      int n = one.intBetween(2, 3);
      double[][] payoffs = new double[m][n];
      for (int i = 0; i < m; i++) {
        for (int j = 0; j < n; j++) {
          payoffs[i][j] = random.nextInt(0, 10);
        }
      }
      String[] rows = {"a", "b", "c"};
      String[] columns = {"x", "y", "z"};
      NormalFormGame game = NormalFormGame.bimatrix(GameParameters.none("team"), java.util.Arrays.copyOf(rows, m),
          java.util.Arrays.copyOf(columns, n), payoffs, payoffs);
      RiskAverseFictitiousPlay solver = new RiskAverseFictitiousPlay(0.5, 3000, 1e-6);
      RiskAverseFictitiousPlay.Result result = solver.solve(game);
      // fictitious play's averages approach the equilibrium at about 1/t: at 3000 iterations the gap is
      // within 1% of the payoff range (10)
      assertThat(result.gap()).isLessThanOrEqualTo(0.1);
      // the gap is recomputed by the same measure from the profile alone
      assertThat(solver.evaluate(game, result.profile()).gap()).isCloseTo(result.gap(), within(1e-12));
    });
  }

  @Test
  void threePlayerGamesAreSolved() {
    // three players choose 0 or 1 and each gets 1 when all match: pure coordination, two strict equilibria
    double[] payoffs = new double[3 * 8];
    for (int p = 0; p < 3; p++) {
      payoffs[p * 8] = 1.0;
      payoffs[p * 8 + 7] = 1.0;
    }
    NormalFormGame game = NormalFormGame.of(GameParameters.none("match"), "match", new String[] {"a", "b", "c"},
        new String[][] {{"0", "1"}, {"0", "1"}, {"0", "1"}}, payoffs);
    RiskAverseFictitiousPlay.Result result = new RiskAverseFictitiousPlay(0.0, 100, 0.0).solve(game);
    assertThat(result.converged()).isTrue();
    assertThat(result.gap()).isZero();
    // symmetric start: every player is indifferent and both strategies have the same variance;
    // the least-norm tie-break mixes half-half; the profile is then an RAE at zero gap only if exact
    MixedProfile profile = result.profile();
    assertThat(profile.probability(0, 0)).isEqualTo(profile.probability(1, 0));
  }

  @Test
  void badArgumentsAreRefused() {
    assertThatThrownBy(() -> new RiskAverseFictitiousPlay(-1.0, 10, 0.0))
        .hasMessageContaining("tolerance must be finite and >= 0, got -1.0");
    assertThatThrownBy(() -> new RiskAverseFictitiousPlay(0.0, 0, 0.0)).hasMessageContaining("iterations must be >= 1");
  }
}

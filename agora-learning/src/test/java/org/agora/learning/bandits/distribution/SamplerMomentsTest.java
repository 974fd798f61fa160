package org.agora.learning.bandits.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Sample means and variances of the samplers against the closed forms, within five standard errors.
 * For n draws with variance s2 the mean's standard error is sqrt(s2 / n); the sample variance's is
 * sqrt((mu4 - s2^2) / n), with mu4 the fourth central moment.
 */
class SamplerMomentsTest {

  private static final int DRAWS = 200_000;

  @ParameterizedTest
  @ValueSource(doubles = {0.3, 1, 2.5, 30})
  void gammaHasMeanAndVarianceShape(double shape) {
    SplittableRandom random = new SplittableRandom(11);
    // Gamma(k, 1): mean k, variance k, excess kurtosis 6 / k, so mu4 - var^2 = k^2 (2 + 6 / k).
    double fourthExcess = shape * shape * (2 + 6 / shape);
    checkMoments(() -> GammaDistribution.sample(shape, random), shape, shape, fourthExcess);
  }

  @Test
  void betaHasItsMeanAndVariance() {
    SplittableRandom random = new SplittableRandom(12);
    double a = 2;
    double b = 3;
    double mean = a / (a + b);
    double variance = a * b / ((a + b) * (a + b) * (a + b + 1));
    // Excess kurtosis of Beta(2, 3): 6 [(a-b)^2 (a+b+1) - ab(a+b+2)] / (ab (a+b+2)(a+b+3)) = -0.5625.
    double kurtosis = 6 * ((a - b) * (a - b) * (a + b + 1) - a * b * (a + b + 2)) / (a * b * (a + b + 2) * (a + b + 3));
    checkMoments(() -> BetaDistribution.sample(a, b, random), mean, variance, variance * variance * (2 + kurtosis));
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.5, 3, 9.5, 10, 50, 1000})
  void poissonHasMeanAndVarianceLambda(double lambda) {
    SplittableRandom random = new SplittableRandom(13);
    // Poisson: mean = variance = lambda, mu4 = 3 lambda^2 + lambda.
    checkMoments(() -> PoissonDistribution.sample(lambda, random), lambda, lambda, 2 * lambda * lambda + lambda);
  }

  @Test
  void poissonSmallProbabilitiesMatchThePmf() {
    // P(X = 0) = exp(-lambda) for lambda = 12 (the PTRS branch); standard error sqrt(p (1 - p) / n).
    SplittableRandom random = new SplittableRandom(14);
    double lambda = 12;
    int atTwelve = 0;
    for (int i = 0; i < DRAWS; i++) {
      if (PoissonDistribution.sample(lambda, random) == 12) {
        atTwelve++;
      }
    }
    double p = Math.exp(-lambda + 12 * Math.log(lambda) - GammaDistribution.logGamma(13));
    assertThat((double) atTwelve / DRAWS).isCloseTo(p, within(5 * Math.sqrt(p * (1 - p) / DRAWS)));
  }

  private static void checkMoments(DoubleSupplier sampler, double mean, double variance, double fourthMinusSquare) {
    double sum = 0;
    double sumSquares = 0;
    double[] values = new double[DRAWS];
    for (int i = 0; i < DRAWS; i++) {
      values[i] = sampler.getAsDouble();
      sum += values[i];
    }
    double sampleMean = sum / DRAWS;
    for (double value : values) {
      sumSquares += (value - sampleMean) * (value - sampleMean);
    }
    double sampleVariance = sumSquares / (DRAWS - 1);
    assertThat(sampleMean).isCloseTo(mean, within(5 * Math.sqrt(variance / DRAWS)));
    assertThat(sampleVariance).isCloseTo(variance, within(5 * Math.sqrt(fourthMinusSquare / DRAWS)));
  }
}

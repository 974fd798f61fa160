package org.agora.markets.mechanism.offswitch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OffSwitchIncentiveTest {

  @Test
  void normalDistributionFunctionMatchesTabulatedValues() {
    // Tabulated standard normal values (Abramowitz and Stegun, table 26.1, and their complements).
    assertThat(StandardNormal.cdf(0)).isEqualTo(0.5);
    assertThat(StandardNormal.cdf(1)).isCloseTo(0.8413447460685429, within(1e-15));
    assertThat(StandardNormal.cdf(-2)).isCloseTo(0.022750131948179195, within(1e-15));
    assertThat(StandardNormal.cdf(-3.5)).isCloseTo(2.326290790355250e-4, within(1e-17));
    assertThat(StandardNormal.cdf(-5) / 2.866515718791939e-7).isCloseTo(1.0, within(1e-12));
    assertThat(StandardNormal.cdf(4)).isCloseTo(0.9999683287581669, within(1e-15));
    // The series (|x| <= 3) and the continued fraction (beyond) agree where they meet: Phi(-3) = 0.0013498980316301.
    assertThat(StandardNormal.cdf(-3)).isCloseTo(0.0013498980316300946, within(1e-15));
    assertThat(StandardNormal.cdf(-3 - 1e-9) - StandardNormal.cdf(-3)).isCloseTo(-1e-9 * StandardNormal.density(3),
        within(1e-15));
  }

  @Test
  void incentiveIsNonNegativeOnSeededBeliefs() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(31);
    for (int trial = 0; trial < 10_000; trial++) {
      double mu = 20 * random.nextDouble() - 10;
      double sigma = 5 * random.nextDouble();
      assertThat(OffSwitchIncentive.incentive(mu, sigma)).as("mu %s sigma %s", mu, sigma).isGreaterThanOrEqualTo(0);
    }
  }

  @ParameterizedTest
  @CsvSource({"0,1", "0.5,2", "-1,0.5", "3,1", "-2,3", "10,0.7"})
  void incentiveEqualsTheClosedForm(double mu, double sigma) {
    // The form: mu Phi(mu/sigma) + sigma phi(mu/sigma) - max(mu, 0).
    double closedForm = mu * StandardNormal.cdf(mu / sigma) + sigma * StandardNormal.density(mu / sigma)
        - Math.max(mu, 0);
    assertThat(OffSwitchIncentive.incentive(mu, sigma)).isCloseTo(closedForm, within(1e-12)).isPositive();
  }

  @Test
  void standardNormalIncentiveIsOneOverRootTwoPi() {
    // E[max(Z, 0)] = 1/sqrt(2 pi) for Z ~ N(0, 1), and max(E Z, 0) = 0.
    assertThat(OffSwitchIncentive.incentive(0, 1)).isCloseTo(1 / Math.sqrt(2 * Math.PI), within(1e-15));
    assertThat(OffSwitchIncentive.incentive(1.5, 0)).isZero();
  }

  @Test
  void monteCarloAgreesWithinFiveStandardErrors() {
    double mu = 0.5;
    double sigma = 2;
    int samples = 400_000;
    SplittableRandom random = new SplittableRandom(2017);
    double sum = 0;
    double squares = 0;
    for (int i = 0; i < samples; i++) {
      double gain = Math.max(mu + sigma * random.nextGaussian(), 0);
      sum += gain;
      squares += gain * gain;
    }
    double mean = sum / samples;
    double standardError = Math.sqrt((squares / samples - mean * mean) / samples);
    assertThat(mean - Math.max(mu, 0)).isCloseTo(OffSwitchIncentive.incentive(mu, sigma), within(5 * standardError));
  }

  @Test
  void noisyHumanApproachesTheRationalOneAndCanRemoveTheIncentive() {
    assertThat(OffSwitchIncentive.incentive(0.3, 1, 1e-4)).isCloseTo(OffSwitchIncentive.incentive(0.3, 1),
        within(1e-4));
    // Confident robot (mu = 2, sigma = 0.5) and a very noisy human (beta = 1): E[U s(U)] < E U, so it acts.
    assertThat(OffSwitchIncentive.incentive(2, 0.5, 1)).isNegative();
    // With sigma = 0 the wait value is U s(U / beta) exactly.
    assertThat(OffSwitchIncentive.waitValue(1, 0, 0.5)).isCloseTo(1 / (1 + Math.exp(-2)), within(1e-15));
  }

  @Test
  void badBeliefsAreRefusedWithTheValue() {
    assertThatThrownBy(() -> OffSwitchIncentive.incentive(0, -1)).hasMessageContaining("-1.0");
    assertThatThrownBy(() -> OffSwitchIncentive.incentive(0, 1, -2)).hasMessageContaining("-2.0");
  }
}

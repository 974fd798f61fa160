package org.agora.learning.bandits.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Log-gamma, the regularised incomplete beta and the Beta quantile against SciPy's values. */
class SpecialFunctionsTest {

  @Test
  void logGammaMatchesKnownValues() {
    // ln Gamma(1/2) = ln sqrt(pi); ln Gamma(10) = ln 9!; the others from scipy.special.gammaln.
    assertThat(GammaDistribution.logGamma(0.5)).isCloseTo(0.5 * Math.log(Math.PI), within(1e-13));
    assertThat(GammaDistribution.logGamma(10)).isCloseTo(Math.log(362880), within(1e-12));
    assertThat(GammaDistribution.logGamma(123.4)).isCloseTo(469.3360974421906, within(1e-10));
    assertThat(GammaDistribution.logGamma(0.01)).isCloseTo(4.599479878042022, within(1e-12));
  }

  @Test
  void incompleteBetaMatchesScipy() {
    // I_0.3(2, 3) = 0.3483 exactly (a polynomial); the others from scipy.special.betainc.
    assertThat(BetaDistribution.cdf(0.3, 2, 3)).isCloseTo(0.3483, within(1e-13));
    assertThat(BetaDistribution.cdf(0.2, 0.5, 0.5)).isCloseTo(0.2951672353008665, within(1e-12));
    assertThat(BetaDistribution.cdf(0.35, 100, 200)).isCloseTo(0.7325714649575441, within(1e-11));
    assertThat(BetaDistribution.cdf(0, 2, 3)).isZero();
    assertThat(BetaDistribution.cdf(1, 2, 3)).isEqualTo(1);
  }

  @Test
  void betaQuantileMatchesScipy() {
    // scipy.stats.beta.ppf
    assertThat(BetaDistribution.quantile(0.5, 2, 3)).isCloseTo(0.3857275681323895, within(1e-11));
    assertThat(BetaDistribution.quantile(0.95, 2, 3)).isCloseTo(0.7513953742698181, within(1e-11));
    assertThat(BetaDistribution.quantile(0.01, 0.5, 0.5)).isCloseTo(0.00024671981713422146, within(1e-12));
    assertThat(BetaDistribution.quantile(0.999, 30, 70)).isCloseTo(0.4498912610865279, within(1e-11));
    assertThat(BetaDistribution.quantile(1 - 1e-5, 1, 1001)).isCloseTo(0.011435535509352519, within(1e-11));
  }

  @Test
  void quantileInvertsTheCdfOnRandomArguments() {
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 500; i++) {
      double a = 0.2 + 200 * random.nextDouble() * random.nextDouble();
      double b = 0.2 + 200 * random.nextDouble() * random.nextDouble();
      double p = random.nextDouble();
      double x = BetaDistribution.quantile(p, a, b);
      assertThat(BetaDistribution.cdf(x, a, b)).as("a=%s b=%s p=%s", a, b, p).isCloseTo(p, within(1e-9));
    }
  }

  @Test
  void warmStartedQuantileFindsTheSameRoot() {
    SplittableRandom random = new SplittableRandom(8);
    for (int i = 0; i < 500; i++) {
      double a = 1 + 5000 * random.nextDouble() * random.nextDouble();
      double b = 1 + 5000 * random.nextDouble() * random.nextDouble();
      double p = 1 - Math.pow(10, -6 * random.nextDouble());
      double guess = random.nextDouble();
      assertThat(BetaDistribution.quantile(p, a, b, guess)).as("a=%s b=%s p=%s guess=%s", a, b, p, guess)
          .isCloseTo(BetaDistribution.quantile(p, a, b), within(1e-10));
    }
  }
}

package org.agora.markets.auction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ValueDistributionTest {

  @Test
  void sampleMeansMatchTheClosedFormsWithinFiveStandardErrors() {
    List<ValueDistribution> distributions = List.of(new ValueDistribution.Constant(0.7),
        new ValueDistribution.Uniform(0.01, 0.05), new ValueDistribution.LogNormal(1.0, 0.5),
        new ValueDistribution.LogNormal(-2.0, 1.0));
    SplittableRandom random = new SplittableRandom(12);
    for (ValueDistribution distribution : distributions) {
      int n = 400_000;
      double sum = 0;
      double squares = 0;
      for (int i = 0; i < n; i++) {
        double x = distribution.sample(random);
        assertThat(x).isGreaterThanOrEqualTo(0);
        sum += x;
        squares += x * x;
      }
      double mean = sum / n;
      double standardError = Math.sqrt(Math.max(0, squares / n - mean * mean) / n);
      assertThat(mean).as("%s", distribution).isCloseTo(distribution.mean(), within(5 * standardError + 1e-9 * distribution.mean()));
    }
  }

  @Test
  void theGaussianHasUnitVarianceAndZeroMean() {
    SplittableRandom random = new SplittableRandom(2);
    int n = 400_000;
    double sum = 0;
    double squares = 0;
    for (int i = 0; i < n; i++) {
      double z = ValueDistribution.Gaussian.next(random);
      sum += z;
      squares += z * z;
    }
    assertThat(sum / n).isCloseTo(0, within(5 / Math.sqrt(n)));
    assertThat(squares / n).isCloseTo(1, within(5 * Math.sqrt(2.0 / n)));
  }

  @Test
  void badParametersAreRefusedWithOneLine() {
    assertThatThrownBy(() -> new ValueDistribution.Uniform(0.5, 0.5)).hasMessageContaining("0 <= low < high");
    assertThatThrownBy(() -> new ValueDistribution.Constant(-1)).hasMessageContaining(">= 0");
    assertThatThrownBy(() -> new ValueDistribution.LogNormal(0, -1)).hasMessageContaining("sigma >= 0");
    assertThatThrownBy(() -> new ValueDistribution.LogNormal(Double.NaN, 1)).hasMessageContaining("finite mu");
  }
}

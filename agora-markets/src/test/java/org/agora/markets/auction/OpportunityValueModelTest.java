package org.agora.markets.auction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class OpportunityValueModelTest {

  /**
   * The fast log-normal draw keeps the distribution: lognormal(-3, 0.5) has mean exp(-3 + 0.125) = 0.05642
   * and sd mean x sqrt(exp(0.25) - 1) = 0.03007; over 400,000 draws the standard error is 4.8e-5 and we
   * allow 3e-4. Its log has mean -3 and sd 0.5 (se of the mean 7.9e-4, we allow 4e-3).
   */
  @Test
  void logNormalDrawsHaveTheLogNormalMoments() {
    ValueDistribution.LogNormal distribution = new ValueDistribution.LogNormal(-3, 0.5);
    SplittableRandom random = new SplittableRandom(3);
    int n = 400_000;
    double sum = 0;
    double logSum = 0;
    double logSquares = 0;
    for (int k = 0; k < n; k++) {
      double x = OpportunityValueModel.draw(distribution, random);
      sum += x;
      logSum += Math.log(x);
      logSquares += Math.log(x) * Math.log(x);
    }
    assertThat(sum / n).isCloseTo(distribution.mean(), offset(3e-4));
    double logMean = logSum / n;
    assertThat(logMean).isCloseTo(-3, offset(4e-3));
    assertThat(Math.sqrt(logSquares / n - logMean * logMean)).isCloseTo(0.5, offset(4e-3));
  }

  @Test
  void valueIsClickRateTimesConversionRateTimesConversionValue() {
    OpportunityValueModel model = new OpportunityValueModel(new ValueDistribution.Constant(0.1),
        new ValueDistribution.Uniform(0.2, 0.4), 5);
    assertThat(model.meanValue()).isCloseTo(0.1 * 0.3 * 5, offset(1e-15));
  }
}

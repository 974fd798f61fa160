package org.agora.markets.auction;

import java.util.Objects;
import java.util.SplittableRandom;

/**
 * How one bidder values an ad opportunity, as in AuctionNet (Su et al., "AuctionNet: A Novel Benchmark
 * for Decision-Making in Large-Scale Games", NeurIPS 2024) and autobidding practice: the predicted
 * click-through rate {@code pCTR} and the predicted conversion rate {@code pCVR} (given a click) are
 * drawn per opportunity from their distributions, and the value is
 * {@code pCTR x pCVR x conversionValue}. For a CPA campaign the conversion value is the CPA target,
 * so that a bid of the value pays at most the target per expected conversion.
 *
 * <p>In a position auction {@code pCTR} is the bidder's quality (clicks per unit of exposure) and its
 * per-click bid is {@code multiplier x pCVR x conversionValue}; in a single-item auction the bid is
 * {@code multiplier x value}. A won opportunity converts with probability
 * {@code min(1, exposure x pCTR x pCVR)} (exposure 1 for a single item).
 *
 * @param clickRate the distribution of pCTR (draws above 1 are used as they are for values, clamped to 1
 *     only when conversions are sampled)
 * @param conversionRate the distribution of pCVR
 * @param conversionValue the value of one conversion, finite and &gt; 0
 */
public record OpportunityValueModel(ValueDistribution clickRate, ValueDistribution conversionRate,
    double conversionValue) {

  public OpportunityValueModel {
    Objects.requireNonNull(clickRate, "clickRate");
    Objects.requireNonNull(conversionRate, "conversionRate");
    if (!(conversionValue > 0) || Double.isInfinite(conversionValue)) {
      throw new IllegalArgumentException("a conversion value must be finite and > 0, got " + conversionValue);
    }
  }

  /** A model whose value is drawn from {@code values} directly (pCTR 1, pCVR the value, conversion value 1). */
  public static OpportunityValueModel direct(ValueDistribution values) {
    return new OpportunityValueModel(new ValueDistribution.Constant(1), values, 1);
  }

  /** The expected value of an opportunity: {@code E[pCTR] x E[pCVR] x conversionValue} (draws are independent). */
  public double meanValue() {
    return clickRate.mean() * conversionRate.mean() * conversionValue;
  }

  /** One pCTR draw (see {@link #draw}). */
  public double sampleClickRate(SplittableRandom random) {
    return draw(clickRate, random);
  }

  /** One pCVR draw (see {@link #draw}). */
  public double sampleConversionRate(SplittableRandom random) {
    return draw(conversionRate, random);
  }

  /**
   * One draw of {@code distribution}, as {@link ValueDistribution#sample} except that log-normal draws take
   * their Gaussian from {@link SplittableRandom#nextGaussian()} (the JDK's modified ziggurat, McFarland,
   * "A modified ziggurat algorithm for generating exponentially and normally distributed pseudorandom
   * numbers", J. Stat. Comput. Simul. 2016), several times faster than the polar method on a simulation's
   * tens of millions of draws; same distribution, another stream.
   */
  public static double draw(ValueDistribution distribution, SplittableRandom random) {
    if (distribution instanceof ValueDistribution.LogNormal logNormal) {
      return Math.exp(logNormal.mu() + logNormal.sigma() * random.nextGaussian());
    }
    return distribution.sample(random);
  }
}

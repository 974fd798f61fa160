package org.agora.markets.pacing.multichannel;

import java.util.SplittableRandom;
import org.agora.markets.auction.ValueDistribution;

/**
 * A stochastic multi-channel environment for {@link SgdUcbBudgetAllocator}: in each period channel
 * {@code j} holds {@code auctions[j]} auctions, each with conversions drawn from {@code values[j]} and a
 * price (highest competing bid) from {@code prices[j]}, and procures them with the budget it is given
 * ({@link ChannelProcurement}). It reports only each channel's conversions and spend (bandit feedback).
 * Allocation-free per period. Mutable; one per thread.
 */
public final class StochasticChannels {

  private final int[] auctions;
  private final ValueDistribution[] values;
  private final ValueDistribution[] prices;
  private final ChannelProcurement procurement = new ChannelProcurement();
  private final double[] valueBuffer;
  private final double[] priceBuffer;

  /**
   * An environment.
   *
   * @throws IllegalArgumentException for arrays of different lengths, none, or a channel with no auction
   */
  public StochasticChannels(int[] auctions, ValueDistribution[] values, ValueDistribution[] prices) {
    if (auctions.length == 0 || auctions.length != values.length || auctions.length != prices.length) {
      throw new IllegalArgumentException("need one auction count, value and price distribution per channel, got "
          + auctions.length + ", " + values.length + " and " + prices.length);
    }
    int most = 0;
    for (int j = 0; j < auctions.length; j++) {
      if (auctions[j] < 1) {
        throw new IllegalArgumentException("channel " + j + " has " + auctions[j] + " auctions; need >= 1");
      }
      most = Math.max(most, auctions[j]);
    }
    this.auctions = auctions.clone();
    this.values = values.clone();
    this.prices = prices.clone();
    this.valueBuffer = new double[most];
    this.priceBuffer = new double[most];
  }

  /** The number of channels. */
  public int channels() {
    return auctions.length;
  }

  /**
   * Runs one period: each channel draws its auctions and procures them with its budget.
   *
   * @param budgets one budget per channel
   * @param conversions receives each channel's conversions
   * @param spend receives each channel's spend
   */
  public void period(double[] budgets, double[] conversions, double[] spend, SplittableRandom random) {
    for (int j = 0; j < auctions.length; j++) {
      for (int n = 0; n < auctions[j]; n++) {
        valueBuffer[n] = values[j].sample(random);
        priceBuffer[n] = prices[j].sample(random);
      }
      procurement.load(valueBuffer, priceBuffer, auctions[j]);
      conversions[j] = procurement.conversions(budgets[j]);
      spend[j] = procurement.spend(budgets[j]);
    }
  }
}

package org.agora.markets.pacing.multichannel;

/**
 * How an advertiser's spend and conversions split over channels.
 *
 * @param channelBudgets the budget set on each channel (for the global LP, the spend it makes there)
 * @param channelConversions the conversions bought on each channel
 * @param channelSpend what each channel spends
 * @param conversions the total conversions
 * @param spend the total spend
 */
public record ChannelAllocation(double[] channelBudgets, double[] channelConversions, double[] channelSpend,
    double conversions, double spend) {

  public ChannelAllocation {
    channelBudgets = channelBudgets.clone();
    channelConversions = channelConversions.clone();
    channelSpend = channelSpend.clone();
  }

  @Override
  public double[] channelBudgets() {
    return channelBudgets.clone();
  }

  @Override
  public double[] channelConversions() {
    return channelConversions.clone();
  }

  @Override
  public double[] channelSpend() {
    return channelSpend.clone();
  }
}

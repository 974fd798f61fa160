package org.agora.markets.pacing.agency;

/**
 * What each client of an agency got in a period.
 *
 * @param value each client's value won
 * @param spend each client's payments
 * @param wins each client's auctions won
 */
public record AgencyOutcome(double[] value, double[] spend, int[] wins) {

  public AgencyOutcome {
    value = value.clone();
    spend = spend.clone();
    wins = wins.clone();
  }

  /** Client {@code client}'s utility: value won minus payments. */
  public double utility(int client) {
    return value[client] - spend[client];
  }

  /** The clients' total utility. */
  public double totalUtility() {
    double total = 0;
    for (int i = 0; i < value.length; i++) {
      total += value[i] - spend[i];
    }
    return total;
  }

  @Override
  public double[] value() {
    return value.clone();
  }

  @Override
  public double[] spend() {
    return spend.clone();
  }

  @Override
  public int[] wins() {
    return wins.clone();
  }
}

package org.agora.markets.pacing;

import java.util.List;

/**
 * What a simulation produced: per period totals (revenue, welfare, each bidder's spend vs budget, value,
 * conversions, CPA, ROI and AuctionNet score), per step curves and the regret of the chosen bidder.
 *
 * @param periods one entry per period
 * @param curves per step curves
 * @param regret one entry per period for the chosen bidder (empty when none was chosen)
 */
public record AuctionSimulationResult(List<PeriodResult> periods, SimulationCurves curves, List<RegretResult> regret) {

  public AuctionSimulationResult {
    periods = List.copyOf(periods);
    regret = List.copyOf(regret);
  }

  /** The auctions held in all periods. */
  public long auctions() {
    long total = 0;
    for (PeriodResult period : periods) {
      total += period.auctions();
    }
    return total;
  }

  /** Revenue summed over periods. */
  public double totalRevenue() {
    double total = 0;
    for (PeriodResult period : periods) {
      total += period.revenue();
    }
    return total;
  }
}

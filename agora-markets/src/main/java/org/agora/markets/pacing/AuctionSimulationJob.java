package org.agora.markets.pacing;

import org.agora.core.job.Job;
import org.agora.core.job.JobContext;

/**
 * The {@code simulate-auction} job: runs an {@link AuctionSimulationSpec} with
 * {@link RepeatedAuctionSimulation}. Progress counts decision steps out of {@code periods x steps};
 * cancellation is polled between steps; the series {@code revenue} (x = period) is reported as periods
 * end. Uses the context's executor for value sampling when its parallelism exceeds 1; the numbers do not
 * depend on it.
 */
public final class AuctionSimulationJob implements Job<AuctionSimulationSpec, AuctionSimulationResult> {

  @Override
  public String kind() {
    return AuctionSimulationSpec.KIND;
  }

  @Override
  public Class<AuctionSimulationSpec> specType() {
    return AuctionSimulationSpec.class;
  }

  @Override
  public AuctionSimulationResult run(AuctionSimulationSpec spec, JobContext context) {
    RepeatedAuctionSimulation simulation = new RepeatedAuctionSimulation(spec.rules(), spec.bidderSetups(),
        spec.steps(), spec.opportunities(), spec.regretBidder(), spec.seed());
    return simulation.run(spec.periods(), context);
  }
}

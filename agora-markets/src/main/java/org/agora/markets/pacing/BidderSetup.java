package org.agora.markets.pacing;

import java.util.Objects;
import java.util.function.Supplier;
import org.agora.markets.auction.OpportunityValueModel;

/**
 * One bidder of a simulation: its campaign terms, how it values opportunities and a factory of its
 * bidding agent (a fresh agent per run). Built from a bidder string by {@link BidderStrings#parse}.
 *
 * @param description the bidder string, for tables
 * @param budget the budget per period, finite and &gt; 0 ({@link #UNLIMITED} when none was given)
 * @param cpaTarget the CPA target, or NaN for none
 * @param planWeights relative spend per decision step (normalised to shares), or null for an even plan
 * @param values how it values opportunities
 * @param agents makes its agent
 */
public record BidderSetup(String description, double budget, double cpaTarget, double[] planWeights,
    OpportunityValueModel values, Supplier<BiddingAgent> agents) {

  /** The budget of a bidder that was given none: large enough never to bind. */
  public static final double UNLIMITED = 1e300;

  public BidderSetup {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(agents, "agents");
    planWeights = planWeights == null ? null : planWeights.clone();
    new Campaign(budget, cpaTarget, new double[] {1}); // validates budget and CPA target
  }

  /** Whether the bidder has a budget that can bind. */
  public boolean hasBudget() {
    return budget < UNLIMITED;
  }

  /**
   * Its campaign over {@code steps} decision steps.
   *
   * @throws IllegalArgumentException when its spend plan has another number of steps
   */
  public Campaign campaign(int steps) {
    if (planWeights == null) {
      return Campaign.even(budget, cpaTarget, steps);
    }
    if (planWeights.length != steps) {
      throw new IllegalArgumentException("bidder '" + description + "': its plan has " + planWeights.length
          + " steps but the simulation has " + steps);
    }
    double total = 0;
    for (double weight : planWeights) {
      total += weight;
    }
    double[] shares = new double[steps];
    double sum = 0;
    for (int s = 0; s < steps; s++) {
      shares[s] = planWeights[s] / total;
      sum += shares[s];
    }
    shares[steps - 1] += 1 - sum; // rounding
    return new Campaign(budget, cpaTarget, shares);
  }

  @Override
  public double[] planWeights() {
    return planWeights == null ? null : planWeights.clone();
  }
}

package org.agora.markets.pacing.agency;

import java.util.SplittableRandom;
import org.agora.markets.auction.SingleItemAuction;
import org.agora.markets.auction.SingleItemFormat;
import org.agora.markets.auction.TieRule;
import org.agora.markets.auction.ValueDistribution;

/**
 * Runs an agency's clients through {@code T} second-price auctions against outside competition: in each
 * round every client draws its value from its distribution, each of {@code outsiders} outside bidders
 * draws a bid from {@code outsideBids}, the agency bids, and a {@link SingleItemAuction} (second price,
 * the given reserve, uniform ties) decides. Allocation-free per round once built. Not thread-safe.
 */
public final class AgencySimulation {

  private final ValueDistribution[] clientValues;
  private final ValueDistribution outsideBids;
  private final int outsiders;
  private final SingleItemAuction auction;

  /**
   * A simulation.
   *
   * @param clientValues each client's value distribution (one per client of the agencies it will run)
   * @param outsideBids the distribution of each outside bidder's bid
   * @param outsiders the number of outside bidders (&gt;= 0)
   * @param reserve the reserve price (finite, &gt;= 0)
   */
  public AgencySimulation(ValueDistribution[] clientValues, ValueDistribution outsideBids, int outsiders,
      double reserve) {
    if (clientValues.length == 0) {
      throw new IllegalArgumentException("an agency simulation needs at least one client");
    }
    if (outsiders < 0) {
      throw new IllegalArgumentException("the number of outside bidders must be >= 0, got " + outsiders);
    }
    this.clientValues = clientValues.clone();
    this.outsideBids = java.util.Objects.requireNonNull(outsideBids, "outsideBids");
    this.outsiders = outsiders;
    this.auction = new SingleItemAuction(SingleItemFormat.SECOND_PRICE, reserve, TieRule.UNIFORM);
  }

  /**
   * Runs one period of {@code rounds} auctions.
   *
   * @throws IllegalArgumentException if the agency has a different number of clients, or rounds &lt; 1
   */
  public AgencyOutcome run(AgencyBidder agency, int rounds, SplittableRandom random) {
    return run(agency, rounds, random, null);
  }

  /**
   * Runs one period of {@code rounds} auctions and records, after each round {@code t}, the clients' total
   * utility so far (value won minus payments) in {@code cumulativeUtility[t]}; the same draws and outcome as
   * {@link #run(AgencyBidder, int, SplittableRandom)}.
   *
   * @param cumulativeUtility receives the curve (at least {@code rounds} long), or null for none
   * @throws IllegalArgumentException as above, or for too short an array
   */
  public AgencyOutcome run(AgencyBidder agency, int rounds, SplittableRandom random, double[] cumulativeUtility) {
    if (cumulativeUtility != null && cumulativeUtility.length < rounds) {
      throw new IllegalArgumentException("the utility curve needs " + rounds + " entries, got "
          + cumulativeUtility.length);
    }
    int clients = clientValues.length;
    if (agency.clients() != clients) {
      throw new IllegalArgumentException("the agency has " + agency.clients() + " clients but the simulation "
          + clients);
    }
    agency.startPeriod(rounds);
    int bidders = clients + outsiders;
    double[] values = new double[clients];
    double[] bids = new double[bidders];
    double[] payments = new double[bidders];
    double[] value = new double[clients];
    double[] spend = new double[clients];
    int[] wins = new int[clients];
    double utility = 0;
    for (int round = 0; round < rounds; round++) {
      for (int i = 0; i < clients; i++) {
        values[i] = clientValues[i].sample(random);
      }
      for (int k = 0; k < outsiders; k++) {
        bids[clients + k] = outsideBids.sample(random);
      }
      agency.bids(values, bids);
      int winner = auction.run(bids, bidders, payments, random);
      if (winner >= 0 && winner < clients) {
        value[winner] += values[winner];
        spend[winner] += payments[winner];
        wins[winner]++;
        utility += values[winner] - payments[winner];
      }
      if (cumulativeUtility != null) {
        cumulativeUtility[round] = utility;
      }
      agency.settle(payments); // only the first `clients` entries are read
    }
    return new AgencyOutcome(value, spend, wins);
  }
}

package org.agora.markets.pacing;

import org.agora.markets.auction.AuctionRules;
import org.agora.markets.auction.SingleItemFormat;

/**
 * Regret of one bidder against the best fixed multiplier in hindsight, per period.
 *
 * <p>Definition. Hold every other bidder's bid in every auction of the period fixed at what it was (after
 * its own pacing, throttling and budget cap); replay the period for the chosen bidder bidding
 * {@code m x value} in every auction (per click {@code m x pCVR x conversion value} in position auctions),
 * with its bids capped by its remaining budget exactly as in the simulation (see
 * {@link OpportunityClearing}); the objective is the expected value won (for a CPA campaign, the target
 * times the expected conversions). The best fixed multiplier maximises it over the grid
 * {@code m = g x top / }{@value #GRID}, {@code g = 1..}{@value #GRID}, with {@code top = max(2, 1.25 x} the
 * largest multiplier the agent used{@code )}. Regret is the best value minus the value the agent won. Ties
 * with another bidder are lost in the replay. This is the benchmark of Balseiro and Gur (Management
 * Science 2019), who compare adaptive pacing with the best fixed shading in hindsight.
 *
 * <p>Memory: {@code 2 + K} doubles per opportunity of a period (K slots; 3 for a single item) for the
 * chosen bidder only, not the {@code opportunities x bidders} draws; time {@value #GRID} replays of the
 * period.
 */
public final class HindsightRegret {

  /** Grid points. */
  public static final int GRID = 200;

  private final AuctionRules rules;
  private final int bidder;
  private final int slots;
  private final double[] ownQuality;
  private final double[] ownPerClick;
  private final double[] competitors;

  HindsightRegret(AuctionRules rules, int bidder, int opportunities) {
    this.rules = rules;
    this.bidder = bidder;
    this.slots = rules.slots();
    ownQuality = new double[opportunities];
    ownPerClick = new double[opportunities];
    competitors = new double[opportunities * slots];
  }

  /** The chosen bidder. */
  int bidder() {
    return bidder;
  }

  /**
   * Records what the chosen bidder faced at {@code opportunity}: its pCTR, its per-click value
   * (pCVR x conversion value) and the {@code k} bids entered (its own among them is skipped).
   */
  void record(int opportunity, double quality, double perClick, double[] bids, double[] qualities, int[] who, int k) {
    ownQuality[opportunity] = quality;
    ownPerClick[opportunity] = perClick;
    int base = opportunity * slots;
    java.util.Arrays.fill(competitors, base, base + slots, -1.0);
    double reserve = rules.reserve();
    boolean positional = rules.isPosition();
    for (int j = 0; j < k; j++) {
      if (who[j] == bidder || bids[j] < reserve) {
        continue;
      }
      double score = positional ? bids[j] * qualities[j] : bids[j];
      int at = slots; // insert into the descending top-K list
      while (at > 0 && score > competitors[base + at - 1]) {
        at--;
      }
      if (at < slots) {
        for (int t = slots - 1; t > at; t--) {
          competitors[base + t] = competitors[base + t - 1];
        }
        competitors[base + at] = score;
      }
    }
  }

  /**
   * The regret of the period.
   *
   * @param opportunities the opportunities recorded
   * @param budget the chosen bidder's budget
   * @param realisedValue the value it won
   * @param largestMultiplier the largest multiplier it used
   */
  RegretResult compute(int period, int opportunities, double budget, double realisedValue, double largestMultiplier) {
    double top = Math.max(2, 1.25 * largestMultiplier);
    double bestMultiplier = 0;
    double bestValue = 0;
    for (int g = 1; g <= GRID; g++) {
      double m = g * top / GRID;
      double won = replay(m, opportunities, budget);
      if (won > bestValue) {
        bestValue = won;
        bestMultiplier = m;
      }
    }
    return new RegretResult(bidder, period, bestMultiplier, bestValue, realisedValue);
  }

  /** The value the chosen bidder wins bidding with fixed multiplier {@code m}, others' bids held fixed. */
  public double replay(double m, int opportunities, double budget) {
    double remaining = budget;
    double won = 0;
    double reserve = rules.reserve();
    double topExposure = rules.exposureOf(0);
    boolean positional = rules.isPosition();
    for (int o = 0; o < opportunities && remaining > 0; o++) {
      double q = ownQuality[o];
      double payment;
      if (positional) {
        if (!(q > 0)) {
          continue;
        }
        double bid = Math.min(m * ownPerClick[o], remaining / (topExposure * q));
        if (!(bid > 0) || bid < reserve) {
          continue;
        }
        double score = bid * q;
        int base = o * slots;
        int j = 0;
        while (j < slots && competitors[base + j] >= score) {
          j++;
        }
        if (j == slots) {
          continue;
        }
        double floor = reserve * q;
        won += rules.exposureOf(j) * q * ownPerClick[o];
        if (rules.position() == org.agora.markets.auction.PositionFormat.GSP) {
          payment = rules.exposureOf(j) * Math.max(competitors[base + j], floor);
        } else {
          payment = 0;
          for (int t = j; t < slots; t++) {
            double drop = rules.exposureOf(t) - (t + 1 < slots ? rules.exposureOf(t + 1) : 0);
            payment += drop * Math.max(competitors[base + t], floor);
          }
        }
      } else {
        double bid = Math.min(m * q * ownPerClick[o], remaining);
        if (!(bid > 0) || bid < reserve) {
          continue;
        }
        double highest = competitors[o * slots];
        boolean wins = bid > highest;
        if (wins) {
          won += q * ownPerClick[o];
        }
        SingleItemFormat format = rules.singleItem();
        payment = format == SingleItemFormat.ALL_PAY ? bid
            : !wins ? 0 : format == SingleItemFormat.FIRST_PRICE ? bid : Math.max(highest, reserve);
      }
      remaining -= Math.min(payment, remaining);
    }
    return won;
  }
}

package org.agora.markets.pacing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.agora.core.job.JobSpec;
import org.agora.markets.auction.AuctionRules;
import org.agora.markets.auction.TieRule;

/**
 * The specification of a {@code simulate-auction} job ({@link AuctionSimulationJob}): {@code periods}
 * periods of {@code opportunities} auctions split into {@code steps} decision steps, among the bidders
 * given by bidder strings ({@link BidderStrings}).
 *
 * @param format {@code first-price}, {@code second-price}, {@code all-pay}, {@code gsp} or {@code vcg}
 * @param bidders one bidder string per bidder, e.g. {@code pid(budget=500,cpa=2)}; see {@link #repeat}
 * @param periods periods, at least 1 (agents restart each period; budgets refill)
 * @param steps decision steps per period, at least 1 (AuctionNet: 48)
 * @param opportunities auctions per period, at least {@code steps} (AuctionNet: about 500,000)
 * @param reserve the reserve price (per unit of value, per click in position auctions), finite and &gt;= 0
 * @param ties {@code lowest-index} or {@code uniform}
 * @param exposure slot exposures of the position formats; empty for AuctionNet's [1, 0.8, 0.6]
 * @param regretBidder the bidder whose regret against the best fixed multiplier in hindsight is computed
 *     ({@link HindsightRegret}), or -1 for none
 * @param seed the seed; same seed, same numbers, on any number of threads
 */
public record AuctionSimulationSpec(String format, List<String> bidders, int periods, int steps, int opportunities,
    double reserve, String ties, List<Double> exposure, int regretBidder, long seed) implements JobSpec {

  private static final long serialVersionUID = 1L;

  /** The job kind. */
  public static final String KIND = "simulate-auction";

  public AuctionSimulationSpec {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(ties, "ties");
    bidders = Collections.unmodifiableList(new ArrayList<>(Objects.requireNonNull(bidders, "bidders")));
    exposure = exposure == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(exposure));
    if (bidders.isEmpty()) {
      throw new IllegalArgumentException("a simulation needs at least one bidder");
    }
    if (periods < 1) {
      throw new IllegalArgumentException("periods must be at least 1, got " + periods);
    }
    if (steps < 1) {
      throw new IllegalArgumentException("steps must be at least 1, got " + steps);
    }
    if (opportunities < steps) {
      throw new IllegalArgumentException("opportunities per period must be at least the number of steps (" + steps
          + "), got " + opportunities);
    }
    if (regretBidder < -1 || regretBidder >= bidders.size()) {
      throw new IllegalArgumentException("the regret bidder must be -1 (none) or in [0, " + (bidders.size() - 1)
          + "], got " + regretBidder);
    }
    AuctionRules parsed = rules(format, exposure, reserve, ties);
    checkMemory(bidders.size(), periods, steps, opportunities, regretBidder >= 0 ? parsed.slots() : -1);
    for (String bidder : bidders) {
      BidderStrings.parse(bidder).campaign(steps);
    }
  }

  /**
   * The most doubles one of a simulation's arrays may hold (2^26, 512 MiB): the values drawn per step
   * ({@code 2 x bidders x opportunities per step}), the regret bidder's record ({@code (2 + slots) x
   * opportunities}) and the per-step curves ({@code 4 x periods x steps x bidders}).
   */
  public static final long MAX_ARRAY_DOUBLES = 1L << 26;

  private static void checkMemory(int bidders, int periods, int steps, int opportunities, int regretSlots) {
    long perStep = (opportunities + (long) steps - 1) / steps;
    if (2L * bidders * perStep > MAX_ARRAY_DOUBLES) {
      throw new IllegalArgumentException("a step would hold " + bidders + " bidders x " + perStep + " opportunities, "
          + "more than " + MAX_ARRAY_DOUBLES / 2 + " values; use more steps or fewer bidders or opportunities");
    }
    if (regretSlots >= 0 && (2L + regretSlots) * opportunities > MAX_ARRAY_DOUBLES) {
      throw new IllegalArgumentException("the regret record of " + opportunities + " opportunities would exceed "
          + MAX_ARRAY_DOUBLES + " doubles; compute no regret (regret bidder -1) or use fewer opportunities");
    }
    if (4L * periods * steps * bidders > MAX_ARRAY_DOUBLES) {
      throw new IllegalArgumentException("the per-step curves of " + periods + " periods x " + steps + " steps x "
          + bidders + " bidders would exceed " + MAX_ARRAY_DOUBLES + " doubles; use fewer periods or steps");
    }
  }

  /** A specification with the usual defaults: reserve 0, lowest-index ties, AuctionNet's exposures, regret of bidder 0. */
  public static AuctionSimulationSpec of(String format, List<String> bidders, int periods, int steps,
      int opportunities, long seed) {
    return new AuctionSimulationSpec(format, bidders, periods, steps, opportunities, 0.0, "lowest-index", List.of(), 0,
        seed);
  }

  /** {@code count} copies of {@code bidder}, for {@code --bidders 48 --pacing pid(...)} (each copy draws its own values). */
  public static List<String> repeat(int count, String bidder) {
    if (count < 1) {
      throw new IllegalArgumentException("the number of bidders must be at least 1, got " + count);
    }
    return Collections.nCopies(count, bidder);
  }

  /** The auction rules. */
  public AuctionRules rules() {
    return rules(format, exposure, reserve, ties);
  }

  /** The bidders, parsed. */
  public List<BidderSetup> bidderSetups() {
    List<BidderSetup> setups = new ArrayList<>();
    for (String bidder : bidders) {
      setups.add(BidderStrings.parse(bidder));
    }
    return setups;
  }

  /** Parses a tie rule name: {@code lowest-index} or {@code uniform}. */
  public static TieRule tieRule(String ties) {
    return switch (ties.strip().toLowerCase(Locale.ROOT).replace('_', '-')) {
      case "lowest-index", "lowest" -> TieRule.LOWEST_INDEX;
      case "uniform", "random" -> TieRule.UNIFORM;
      default -> throw new IllegalArgumentException("unknown tie rule '" + ties + "'; allowed: lowest-index, uniform");
    };
  }

  private static AuctionRules rules(String format, List<Double> exposure, double reserve, String ties) {
    double[] slots = new double[exposure.size()];
    for (int k = 0; k < slots.length; k++) {
      slots[k] = exposure.get(k);
    }
    return AuctionRules.parse(format, slots, reserve, tieRule(ties));
  }

  @Override
  public String kind() {
    return KIND;
  }
}

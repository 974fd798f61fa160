package org.agora.markets.auction;

import java.util.Locale;
import java.util.Objects;

/**
 * The auction held for every opportunity of a simulation: a single-item format, or a position format
 * over slots with exposures (AuctionNet: 3 slots with exposures [1, 0.8, 0.6]), a reserve and a tie rule.
 *
 * @param singleItem the single-item format, or null for a position auction
 * @param position the position format, or null for a single-item auction
 * @param exposure the slots' exposures (position auctions; empty for single-item ones)
 * @param reserve the reserve: per unit of value for single-item auctions, per click for position ones
 * @param ties the tie rule
 */
public record AuctionRules(SingleItemFormat singleItem, PositionFormat position, double[] exposure, double reserve,
    TieRule ties) {

  /** AuctionNet's slot exposures. */
  public static final double[] AUCTIONNET_EXPOSURE = {1.0, 0.8, 0.6};

  public AuctionRules {
    Objects.requireNonNull(ties, "ties");
    if ((singleItem == null) == (position == null)) {
      throw new IllegalArgumentException("an auction is either single-item or a position auction");
    }
    exposure = exposure == null ? new double[0] : exposure.clone();
    if (position != null) {
      new PositionAuction(position, exposure, reserve, ties); // validates exposures and reserve
    } else {
      new SingleItemAuction(singleItem, reserve, ties);
    }
  }

  /** A single-item auction. */
  public static AuctionRules singleItem(SingleItemFormat format, double reserve, TieRule ties) {
    return new AuctionRules(format, null, new double[0], reserve, ties);
  }

  /** A position auction over these slots. */
  public static AuctionRules position(PositionFormat format, double[] exposure, double reserve, TieRule ties) {
    return new AuctionRules(null, format, exposure, reserve, ties);
  }

  /**
   * Rules from a format name: {@code first-price}, {@code second-price}, {@code all-pay}, {@code gsp} or
   * {@code vcg} (case and {@code _}/{@code -} ignored); {@code exposure} is used by the position formats
   * only (null or empty for AuctionNet's [1, 0.8, 0.6]).
   *
   * @throws IllegalArgumentException naming the format and the allowed ones
   */
  public static AuctionRules parse(String format, double[] exposure, double reserve, TieRule ties) {
    String key = format == null ? "" : format.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    double[] slots = exposure == null || exposure.length == 0 ? AUCTIONNET_EXPOSURE : exposure;
    return switch (key) {
      case "first-price", "first" -> singleItem(SingleItemFormat.FIRST_PRICE, reserve, ties);
      case "second-price", "second" -> singleItem(SingleItemFormat.SECOND_PRICE, reserve, ties);
      case "all-pay" -> singleItem(SingleItemFormat.ALL_PAY, reserve, ties);
      case "gsp" -> position(PositionFormat.GSP, slots, reserve, ties);
      case "vcg" -> position(PositionFormat.VCG, slots, reserve, ties);
      default -> throw new IllegalArgumentException("unknown auction format '" + format
          + "'; allowed: first-price, second-price, all-pay, gsp, vcg");
    };
  }

  /** Whether this is a position (multi-slot) auction. */
  public boolean isPosition() {
    return position != null;
  }

  /** The number of slots (1 for a single-item auction). */
  public int slots() {
    return position != null ? exposure.length : 1;
  }

  /** Exposure of slot {@code j} (1 for a single item). */
  public double exposureOf(int j) {
    return position != null ? exposure[j] : 1.0;
  }

  @Override
  public double[] exposure() {
    return exposure.clone();
  }
}

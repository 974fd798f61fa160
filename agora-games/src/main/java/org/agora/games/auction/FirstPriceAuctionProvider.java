package org.agora.games.auction;

import java.util.List;
import org.agora.core.Game;
import org.agora.core.GameParameters;
import org.agora.core.GameProvider;
import org.agora.core.ParameterSpec;

/**
 * Registers the first-price sealed-bid auction: the highest bidder wins and pays its own bid. See
 * {@link SealedBidAuctionGame} for the rules, the value and bid levels, reserve and tie-breaking.
 */
public final class FirstPriceAuctionProvider implements GameProvider {

  /** Registered name. */
  public static final String NAME = "first_price_auction";

  /** The game with the given number of bidders, value levels, bid levels and reserve. */
  public static SealedBidAuctionGame create(int players, int values, int bids, int reserve) {
    return new SealedBidAuctionGame(NAME, SealedBidAuctionGame.PaymentRule.FIRST_PRICE, players, values, bids,
        reserve);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "first-price sealed-bid auction with discrete private values 1..values and bids 0..bids-1";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return AuctionParameters.specs();
  }

  @Override
  public Game create(GameParameters parameters) {
    return AuctionParameters.create(NAME, SealedBidAuctionGame.PaymentRule.FIRST_PRICE, parameters);
  }
}

package org.agora.games.auction;

import java.util.List;
import org.agora.core.GameParameters;
import org.agora.core.ParameterSpec;

/** Parameters shared by the sealed-bid auctions. */
final class AuctionParameters {

  /** Most bidders. */
  static final int MAX_PLAYERS = 8;

  private AuctionParameters() {}

  static List<ParameterSpec> specs() {
    return List.of(
        ParameterSpec.integer("players", 2, 2, MAX_PLAYERS, "number of bidders"),
        ParameterSpec.integer("values", 5, 1, 1000, "number of value levels; values are 1 to this"),
        ParameterSpec.integer("bids", 6, 1, 1001, "number of bid levels; bids are 0 to this minus 1"),
        ParameterSpec.integer("reserve", 0, 0, 1000, "reserve price, a bid level; lower bids are not eligible"));
  }

  static SealedBidAuctionGame create(String gameName, SealedBidAuctionGame.PaymentRule rule,
      GameParameters parameters) {
    return new SealedBidAuctionGame(gameName, rule, parameters.getInt("players"), parameters.getInt("values"),
        parameters.getInt("bids"), parameters.getInt("reserve"));
  }
}

package org.agora.games.auction;

import java.util.LinkedHashMap;
import java.util.Map;
import org.agora.core.Game;
import org.agora.core.GameAbilities;
import org.agora.core.GameInfo;
import org.agora.core.GameParameters;
import org.agora.core.GameSpecException;
import org.agora.core.GameType;
import org.agora.core.Rational;
import org.agora.core.State;
import org.agora.games.common.StateExactValues;
import org.agora.games.common.StateObservationTensor;

/**
 * A sealed-bid auction of one item with discrete private values and bids.
 *
 * <p>Rules: chance deals each bidder, one chance node per bidder in player order, a private value
 * drawn independently and uniformly from the {@code values} levels 1, 2, ..., {@code values} (chance
 * outcome k is value k + 1). Then all bidders bid at once, each one of the {@code bids} levels 0, 1,
 * ..., {@code bids} - 1 (action b is a bid of b). Bids below the {@code reserve} price are not eligible;
 * if no bid is eligible the item is not sold and everyone gets 0. Otherwise the highest eligible bid
 * wins and the winner pays
 *
 * <ul>
 *   <li>its own bid in the {@linkplain PaymentRule#FIRST_PRICE first-price} auction;
 *   <li>the larger of the reserve and the highest bid of the other bidders in the
 *       {@linkplain PaymentRule#SECOND_PRICE second-price} (Vickrey) auction.
 * </ul>
 *
 * A winner's utility is its value minus the price; losers get 0. When k bidders tie for the highest
 * bid the item goes to one of them uniformly at random; the game reports the expected utility, so
 * each tied winner gets (value - price) / k (a tied winner's price is the tied bid under both rules).
 *
 * <p>Players see their own value and, after bidding, their own bid; not the others' values or bids.
 * In the second-price auction bidding one's value is weakly dominant; in the first-price auction
 * bidding above one's value is weakly dominated.
 *
 * <p>W. Vickrey, "Counterspeculation, Auctions, and Competitive Sealed Tenders", <i>Journal of
 * Finance</i> 16(1), 8–37, 1961.
 */
public final class SealedBidAuctionGame implements Game {

  /** How the winner's price is set. */
  public enum PaymentRule {
    /** The winner pays its own bid. */
    FIRST_PRICE,
    /** The winner pays the highest other bid (at least the reserve). */
    SECOND_PRICE
  }

  private static final GameType TYPE = new GameType(GameType.Dynamics.SIMULTANEOUS, GameType.Chance.EXPLICIT,
      GameType.Information.IMPERFECT, GameType.Utility.GENERAL_SUM);

  private final GameInfo info;
  private final GameAbilities abilities;
  private final PaymentRule rule;
  private final int players;
  private final int valueLevels;
  private final int bidLevels;
  private final int reserve;
  private final GameParameters parameters;

  /**
   * @param gameName registered name, used for {@link #name()} and in messages
   * @throws GameSpecException if a count is out of range or the reserve is not a bid level
   */
  SealedBidAuctionGame(String gameName, PaymentRule rule, int players, int valueLevels, int bidLevels, int reserve) {
    if (players < 2 || players > AuctionParameters.MAX_PLAYERS) {
      throw new GameSpecException(gameName + ": parameter 'players' value " + players + " is out of range; allowed: "
          + "integer in [2, " + AuctionParameters.MAX_PLAYERS + "]");
    }
    if (valueLevels < 1 || bidLevels < 1) {
      throw new GameSpecException(gameName + ": parameters 'values' and 'bids' must be at least 1, got values="
          + valueLevels + ", bids=" + bidLevels);
    }
    if (reserve < 0 || reserve >= bidLevels) {
      throw new GameSpecException(gameName + ": parameter 'reserve' value " + reserve + " is not a bid level; allowed:"
          + " 0 to bids - 1 = " + (bidLevels - 1));
    }
    this.rule = rule;
    this.players = players;
    this.valueLevels = valueLevels;
    this.bidLevels = bidLevels;
    this.reserve = reserve;
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("players", players);
    values.put("values", valueLevels);
    values.put("bids", bidLevels);
    values.put("reserve", reserve);
    this.parameters = GameParameters.of(gameName, values);
    this.info = buildInfo();
    this.abilities = GameAbilities.of(StateExactValues.INSTANCE, new StateObservationTensor(valueLevels + bidLevels));
  }

  /** The payment rule. */
  public PaymentRule paymentRule() {
    return rule;
  }

  /** Number of value levels; values are 1 to this. */
  public int valueLevels() {
    return valueLevels;
  }

  /** Number of bid levels; bids are 0 to this minus 1. */
  public int bidLevels() {
    return bidLevels;
  }

  /** Reserve price (a bid level). */
  public int reserve() {
    return reserve;
  }

  /** The value of chance outcome {@code level}. */
  public static int valueOf(int level) {
    return level + 1;
  }

  /**
   * Expected utility of {@code player} given everyone's values (not levels) and bids, as a ratio
   * {@code numerator / divisor} written into {@code out[0]} and {@code out[1]}; allocation-free.
   */
  void payoff(int player, int[] values, int[] bids, long[] out) {
    int highest = -1;
    int winners = 0;
    int highestOther = -1;
    for (int p = 0; p < players; p++) {
      int bid = bids[p];
      if (p != player && bid > highestOther) {
        highestOther = bid;
      }
      if (bid < reserve) {
        continue;
      }
      if (bid > highest) {
        highest = bid;
        winners = 1;
      } else if (bid == highest) {
        winners++;
      }
    }
    out[1] = Math.max(1, winners);
    if (winners == 0 || bids[player] != highest) {
      out[0] = 0;
      return;
    }
    int price = rule == PaymentRule.FIRST_PRICE ? highest : Math.max(reserve, highestOther);
    out[0] = values[player] - price;
  }

  /** Expected utility of {@code player} given everyone's values (not levels) and bids. */
  public double payoff(int player, int[] values, int[] bids) {
    long[] ratio = new long[2];
    payoff(player, values, bids, ratio);
    return ratio[0] / (double) ratio[1];
  }

  /** Exact expected utility of {@code player} given everyone's values (not levels) and bids. */
  public Rational exactPayoff(int player, int[] values, int[] bids) {
    long[] ratio = new long[2];
    payoff(player, values, bids, ratio);
    return Rational.of(ratio[0], ratio[1]);
  }

  @Override
  public String name() {
    return parameters.toGameString();
  }

  @Override
  public GameParameters parameters() {
    return parameters;
  }

  @Override
  public GameInfo info() {
    return info;
  }

  @Override
  public GameAbilities abilities() {
    return abilities;
  }

  /** The fixed facts, computed once when the game is built. */
  private GameInfo buildInfo() {
    return new GameInfo(TYPE, players, bidLevels,
        valueLevels, Math.min(0, valueOf(0) - (bidLevels - 1)), Math.max(0, valueOf(valueLevels - 1) - reserve),
        players + 1);
  }

  @Override
  public String playerName(int player) {
    return "bidder " + player;
  }

  @Override
  public State newInitialState() {
    return new SealedBidAuctionState(this, true);
  }

  @Override
  public State newInitialState(boolean recordHistory) {
    return new SealedBidAuctionState(this, recordHistory);
  }

  @Override
  public String toString() {
    return name();
  }
}

package org.agora.markets.mechanism.persuasion;

import java.util.LinkedHashMap;
import java.util.Map;
import org.agora.core.Game;
import org.agora.core.GameInfo;
import org.agora.core.GameParameters;
import org.agora.core.GameSpecException;
import org.agora.core.GameType;
import org.agora.core.State;

/**
 * The buyer–seller persuasion problem of {@link BuyerSellerPersuasion} as an extensive-form game in
 * which the seller's commitment is a publicly observed first move.
 *
 * <p>Rules: the seller (player 0) commits to a signalling scheme from a grid: scheme {@code k} of
 * {@code levels} recommends "buy" always in the high state and with probability
 * {@code q_k = k / (levels - 1)} in the low state (restricting to schemes that always recommend buying
 * in the high state loses nothing for the seller, since the optimal signal has this form). Chance then
 * draws the state (high with probability {@code prior}) and the recommendation; only outcomes of
 * positive probability are listed. The buyer (player 1) sees the scheme and the recommendation, not the
 * state, and buys or declines. On a sale the seller gets {@code price} and the buyer its value in the
 * state minus the price; otherwise both get 0.
 *
 * <p>Action names: the seller's scheme {@code k} is {@code q=k/(levels-1)}; the buyer's actions are
 * {@code buy} and {@code decline}.
 *
 * <p>Commitment is captured because the buyer best-responds to the announced scheme: in a
 * subgame-perfect equilibrium in which the buyer breaks ties for the seller, the seller's value is the
 * concavified optimum of {@link BuyerSellerPersuasion} whenever the optimal {@code q} lies on the grid,
 * and otherwise the best grid scheme's value, which approaches it as {@code levels} grows.
 *
 * <p>E. Kamenica and M. Gentzkow, "Bayesian Persuasion", <i>American Economic Review</i> 101(6),
 * 2590–2615, 2011.
 */
public final class BayesianPersuasionGame implements Game {

  /** Registered name. */
  public static final String NAME = "bayesian_persuasion";
  /** Most scheme levels. */
  public static final int MAX_LEVELS = 1001;
  /** Buyer action: buy. */
  public static final int BUY = 0;
  /** Buyer action: decline. */
  public static final int DECLINE = 1;
  /** Chance outcome: high state, "buy" recommended. */
  public static final int HIGH_BUY = 0;
  /** Chance outcome: low state, "buy" recommended. */
  public static final int LOW_BUY = 1;
  /** Chance outcome: low state, "decline" recommended. */
  public static final int LOW_DECLINE = 2;

  private static final GameType TYPE = new GameType(GameType.Dynamics.SEQUENTIAL, GameType.Chance.EXPLICIT,
      GameType.Information.IMPERFECT, GameType.Utility.GENERAL_SUM);

  private final BuyerSellerPersuasion model;
  private final int levels;
  private final GameParameters parameters;
  private final GameInfo info;

  /**
   * @throws GameSpecException if a parameter is out of range or the low value is not below the high one
   */
  public BayesianPersuasionGame(double prior, double highValue, double lowValue, double price, int levels) {
    if (levels < 2 || levels > MAX_LEVELS) {
      throw new GameSpecException(NAME + ": parameter 'levels' value " + levels + " is out of range; allowed: "
          + "integer in [2, " + MAX_LEVELS + "]");
    }
    try {
      this.model = new BuyerSellerPersuasion(prior, highValue, lowValue, price);
    } catch (IllegalArgumentException e) {
      throw new GameSpecException(NAME + ": " + e.getMessage());
    }
    this.levels = levels;
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("prior", prior);
    values.put("high", highValue);
    values.put("low", lowValue);
    values.put("price", price);
    values.put("levels", levels);
    this.parameters = GameParameters.of(NAME, values);
    double min = Math.min(0, Math.min(price, lowValue - price));
    double max = Math.max(0, Math.max(price, highValue - price));
    this.info = new GameInfo(TYPE, 2, levels, 3, min, max, 3);
  }

  /** The underlying persuasion model. */
  public BuyerSellerPersuasion model() {
    return model;
  }

  /** Number of schemes. */
  public int levels() {
    return levels;
  }

  /** Probability that scheme {@code k} recommends buying in the low state. */
  public double lowStateRecommendation(int k) {
    return k / (double) (levels - 1);
  }

  /** Probability of chance outcome {@code outcome} under scheme {@code k}. */
  public double outcomeProbability(int k, int outcome) {
    double q = lowStateRecommendation(k);
    return switch (outcome) {
      case HIGH_BUY -> model.prior();
      case LOW_BUY -> (1 - model.prior()) * q;
      case LOW_DECLINE -> (1 - model.prior()) * (1 - q);
      default -> 0;
    };
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
  public String playerName(int player) {
    return player == 0 ? "seller" : "buyer";
  }

  @Override
  public State newInitialState() {
    return new BayesianPersuasionState(this, true);
  }

  @Override
  public State newInitialState(boolean recordHistory) {
    return new BayesianPersuasionState(this, recordHistory);
  }

  @Override
  public String toString() {
    return name();
  }
}

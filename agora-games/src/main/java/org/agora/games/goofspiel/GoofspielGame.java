package org.agora.games.goofspiel;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.agora.core.Game;
import org.agora.core.GameAbilities;
import org.agora.core.GameInfo;
import org.agora.core.GameParameters;
import org.agora.core.GameSpecException;
import org.agora.core.GameType;
import org.agora.core.State;
import org.agora.games.common.StateExactValues;
import org.agora.games.common.StateObservationTensor;

/**
 * Goofspiel, the game of pure strategy, for two to ten players.
 *
 * <p>Source: S. M. Ross, "Goofspiel — the game of pure strategy", Journal of Applied Probability
 * 8(3), 1971 (two players). The generalization to more players keeps the same rules.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Every player holds cards {@code 1 .. num_cards}; a prize deck holds the same values.
 *   <li>Each turn one prize card is revealed: drawn uniformly from the remaining prizes by chance
 *       ({@code points_order=random}, a chance node whose outcome {@code k} is prize {@code k + 1}),
 *       or in fixed {@code descending} or {@code ascending} order (no chance node).
 *   <li>Then all players bid one card from their hand at once (a simultaneous node; action {@code k}
 *       bids card {@code k + 1}). The single highest bidder wins the prize's value in points; when
 *       several players tie for the highest bid the prize is discarded. Bid cards are discarded.
 *   <li>After {@code num_cards} turns the game ends (the last bid is forced but still a move).
 * </ul>
 *
 * <p>Returns ({@code returns_type}), with {@code P_i} player i's points and {@code n} players:
 *
 * <ul>
 *   <li>{@code win_loss}: the players with the most points share a win, the others a loss: each of
 *       the {@code w} winners gets {@code 1/w}, each of the {@code n - w} others {@code -1/(n - w)};
 *       all get 0 when everybody ties. With two players: +1, -1 or 0. Zero-sum.
 *   <li>{@code point_difference}: {@code P_i} minus the mean of the other players' points; with two
 *       players {@code P_0 - P_1}. Zero-sum.
 *   <li>{@code total_points}: {@code P_i} (general-sum, since tied prizes are lost).
 * </ul>
 *
 * <p>Information: with {@code imperfect_information=true} a player sees the prizes, their own bids
 * and who won each turn (or that it was tied), not the other players' cards; with {@code false}
 * every player sees every bid once the turn is over. Keys look like
 * {@code p0 prizes=4,3 bids=2 winners=1} and {@code p0 prizes=4,3 plays=2-3}.
 */
public final class GoofspielGame implements Game {

  /** How prize cards are revealed. */
  public enum PointsOrder {
    RANDOM,
    DESCENDING,
    ASCENDING;

    /** Parameter value, e.g. {@code random}. */
    public String parameterValue() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** How points become returns. */
  public enum ReturnsType {
    WIN_LOSS,
    POINT_DIFFERENCE,
    TOTAL_POINTS;

    /** Parameter value, e.g. {@code win_loss}. */
    public String parameterValue() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final GameInfo info;
  private final GameAbilities abilities;
  private final int cards;
  private final PointsOrder pointsOrder;
  private final ReturnsType returnsType;
  private final boolean imperfectInformation;
  private final int players;
  private final GameParameters parameters;
  private final GameType type;

  /**
   * @param cards cards per hand and in the prize deck, in {@code [1, 30]}
   * @param pointsOrder how prizes are revealed
   * @param returnsType how points become returns
   * @param imperfectInformation whether players see only who won each turn
   * @param players number of players, in {@code [2, 10]}
   * @throws GameSpecException if a number is out of range
   */
  public GoofspielGame(int cards, PointsOrder pointsOrder, ReturnsType returnsType, boolean imperfectInformation,
      int players) {
    GoofspielProvider.checkRange("num_cards", cards, 1, GoofspielProvider.MAX_CARDS);
    GoofspielProvider.checkRange("players", players, 2, GoofspielProvider.MAX_PLAYERS);
    this.cards = cards;
    this.pointsOrder = java.util.Objects.requireNonNull(pointsOrder, "pointsOrder");
    this.returnsType = java.util.Objects.requireNonNull(returnsType, "returnsType");
    this.imperfectInformation = imperfectInformation;
    this.players = players;
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("num_cards", cards);
    values.put("points_order", pointsOrder.parameterValue());
    values.put("returns_type", returnsType.parameterValue());
    values.put("imperfect_information", imperfectInformation);
    values.put("players", players);
    this.parameters = GameParameters.of(GoofspielProvider.NAME, values);
    this.type = new GameType(GameType.Dynamics.SIMULTANEOUS,
        pointsOrder == PointsOrder.RANDOM ? GameType.Chance.EXPLICIT : GameType.Chance.NONE,
        GameType.Information.IMPERFECT,
        returnsType == ReturnsType.TOTAL_POINTS ? GameType.Utility.GENERAL_SUM : GameType.Utility.ZERO_SUM);
    this.info = buildInfo();
    this.abilities = GameAbilities.of(StateExactValues.INSTANCE,
        new StateObservationTensor(2 * cards + players + (imperfectInformation() ? 1 : players) * cards));
  }

  /** Cards per hand and in the prize deck. */
  public int cards() {
    return cards;
  }

  public PointsOrder pointsOrder() {
    return pointsOrder;
  }

  public ReturnsType returnsType() {
    return returnsType;
  }

  public boolean imperfectInformation() {
    return imperfectInformation;
  }

  /** Sum of all prize values, {@code num_cards (num_cards + 1) / 2}. */
  public int totalPoints() {
    return cards * (cards + 1) / 2;
  }

  /** Prize value revealed at turn {@code turn} in a fixed order (not used for random order). */
  int fixedPrize(int turn) {
    return pointsOrder == PointsOrder.DESCENDING ? cards - turn : turn + 1;
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
    double minUtilityBound = switch (returnsType) {
      case WIN_LOSS -> -1;
      case POINT_DIFFERENCE -> -(double) totalPoints() / (players - 1);
      case TOTAL_POINTS -> 0;
    };
    double maxUtilityBound = switch (returnsType) {
      case WIN_LOSS -> 1;
      case POINT_DIFFERENCE, TOTAL_POINTS -> totalPoints();
    };
    return new GameInfo(type, players, cards,
        pointsOrder == PointsOrder.RANDOM ? cards : 0, minUtilityBound, maxUtilityBound,
        pointsOrder == PointsOrder.RANDOM ? 2 * cards : cards);
  }

  @Override
  public State newInitialState() {
    return new GoofspielState(this, true);
  }

  @Override
  public State newInitialState(boolean recordHistory) {
    return new GoofspielState(this, recordHistory);
  }

  @Override
  public String toString() {
    return name();
  }
}

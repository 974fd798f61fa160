package org.agora.games.poker;

import java.util.Map;
import org.agora.core.Game;
import org.agora.core.GameAbilities;
import org.agora.core.GameInfo;
import org.agora.core.GameParameters;
import org.agora.core.GameSpecException;
import org.agora.core.GameType;
import org.agora.core.State;
import org.agora.games.common.StateExactValues;
import org.agora.games.common.StateInformationStateTensor;
import org.agora.games.common.StateObservationTensor;

/**
 * Kuhn poker for two to ten players.
 *
 * <p>Source: H. W. Kuhn, "A simplified two-person poker", in Contributions to the Theory of Games I,
 * Annals of Mathematics Studies 24, Princeton University Press, 1950 (two players). The
 * generalization to more players keeps the same structure and is the one commonly used in the
 * multi-agent learning literature.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>The deck holds {@code players + 1} cards of distinct rank, numbered {@code 0} (lowest) to
 *       {@code players} (highest); for two players they are the jack, queen and king.
 *   <li>Every player antes one chip. Chance deals one card to each player, player 0 first; each
 *       card is one chance node, uniform over the cards still in the deck.
 *   <li>One betting round, player 0 first, with two actions: {@link #PASS} and {@link #BET} (one
 *       chip). While nobody has bet, each player in turn passes or bets. Once a player has bet,
 *       every other player, in turn order starting after the bettor, either calls (action
 *       {@link #BET}: adds one chip) or folds (action {@link #PASS}).
 *   <li>If everybody passes, all players show down. Otherwise the bettor and the callers show down.
 *       The highest card among them takes the pot.
 * </ul>
 *
 * <p>A player's return is what they win minus what they put in, so the game is zero-sum. The
 * information-state key is the player's own card and the public betting history, e.g.
 * {@code p1 card=2 bets=pb}.
 *
 * <p>Abilities: exact values, the observation tensor, an information-state tensor in OpenSpiel's
 * layout ({@link KuhnPokerState#writeInformationState}), integer information-state ids
 * ({@link KuhnPokerInformationStateIds}) and hidden-card resampling ({@link KuhnPokerHiddenStateSampler}).
 * History recording can be turned off ({@link #newInitialState(boolean)}).
 */
public final class KuhnPokerGame implements Game {

  /** Pass (check) before any bet; fold after one. */
  public static final int PASS = 0;
  /** Bet one chip before any bet; call after one. */
  public static final int BET = 1;

  /** Smallest supported number of players. */
  public static final int MIN_PLAYERS = 2;
  /** Largest supported number of players. */
  public static final int MAX_PLAYERS = 10;

  private static final GameType TYPE = new GameType(GameType.Dynamics.SEQUENTIAL, GameType.Chance.EXPLICIT,
      GameType.Information.IMPERFECT, GameType.Utility.ZERO_SUM);

  private final GameInfo info;
  private final GameAbilities abilities;
  private final int players;
  private final GameParameters parameters;

  /**
   * @param players number of players, in {@code [2, 10]}
   * @throws GameSpecException if {@code players} is out of range
   */
  public KuhnPokerGame(int players) {
    if (players < MIN_PLAYERS || players > MAX_PLAYERS) {
      throw new GameSpecException("kuhn_poker: parameter 'players' value '" + players
          + "' is out of range; allowed: integer in [" + MIN_PLAYERS + ", " + MAX_PLAYERS + "]");
    }
    this.players = players;
    this.parameters = GameParameters.of(KuhnPokerProvider.NAME, Map.of("players", players));
    this.info = buildInfo();
    this.abilities = GameAbilities.of(StateExactValues.INSTANCE, new StateObservationTensor(3 * players + 1),
        new StateInformationStateTensor(6 * players - 1), new KuhnPokerInformationStateIds(players),
        new KuhnPokerHiddenStateSampler());
  }

  /** Number of cards in the deck ({@code players + 1}). */
  public int deckSize() {
    return players + 1;
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
    return new GameInfo(TYPE, players, 2, players + 1, -2, 2.0 * (players - 1), 3 * players - 1);
  }

  @Override
  public State newInitialState() {
    return new KuhnPokerState(this, true);
  }

  @Override
  public State newInitialState(boolean recordHistory) {
    return new KuhnPokerState(this, recordHistory);
  }

  @Override
  public String toString() {
    return name();
  }
}

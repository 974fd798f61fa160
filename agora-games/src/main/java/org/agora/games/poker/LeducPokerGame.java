package org.agora.games.poker;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.agora.core.Game;
import org.agora.core.GameAbilities;
import org.agora.core.GameAbility;
import org.agora.core.GameInfo;
import org.agora.core.GameParameters;
import org.agora.core.GameSpecException;
import org.agora.core.GameType;
import org.agora.core.State;
import org.agora.games.common.StateExactValues;
import org.agora.games.common.StateInformationStateTensor;
import org.agora.games.common.StateObservationTensor;

/**
 * Leduc hold'em poker for two to ten players.
 *
 * <p>Source: F. Southey, M. Bowling, B. Larson, C. Piccione, N. Burch, D. Billings and C. Rayner,
 * "Bayes' Bluff: Opponent Modelling in Poker", Proceedings of the 21st Conference on Uncertainty in
 * Artificial Intelligence (UAI), 2005 (two players, six cards). With more players the deck grows by
 * one rank per extra player and every other rule stays the same.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>The deck has {@code players + 1} ranks in two suits: J, Q and K for two players. Card id
 *       {@code c} has rank {@code c / 2} and suit {@code c % 2}.
 *   <li>Every player antes one chip. Chance deals one private card to each player, player 0 first,
 *       each uniform over the remaining deck.
 *   <li>Two betting rounds. In each, the first player still in the hand (lowest id) acts first and
 *       play goes round the table skipping folded players. Actions: {@link #FOLD} (only when facing a
 *       raise), {@link #CALL} (match the highest stake; a check when already matched) and
 *       {@link #RAISE} (match the stake plus a fixed amount: 2 chips in the first round, 4 in the
 *       second). At most two raises per round. A round ends when every player still in the hand has
 *       acted since the last raise and all stakes are equal.
 *   <li>Between the rounds chance deals one public card, uniform over the remaining deck.
 *   <li>If all players but one fold, that player takes the pot. Otherwise, at the showdown, a player
 *       whose card pairs the public card wins; failing that, the highest rank wins; players with
 *       equal hands split the pot.
 * </ul>
 *
 * <p>A player's return is what they win minus what they put in (zero-sum). The information-state
 * key is the player's own card id, the public card id (once dealt) and the betting of each round,
 * e.g. {@code p0 card=4 public=1 bets=rc/cr} ({@code f}old, {@code c}all, {@code r}aise).
 *
 * <p>Abilities: exact values, the observation tensor, an information-state tensor in OpenSpiel's
 * layout ({@link LeducPokerState#writeInformationState}), hidden-card resampling
 * ({@link LeducPokerHiddenStateSampler}) and, up to three players, integer information-state ids
 * ({@link LeducPokerInformationStateIds}).
 */
public final class LeducPokerGame implements Game {

  /** Give up the hand; legal only when facing a raise. */
  public static final int FOLD = 0;
  /** Match the highest stake (check when it is already matched). */
  public static final int CALL = 1;
  /** Match the highest stake and add the round's raise size. */
  public static final int RAISE = 2;

  /** Smallest supported number of players. */
  public static final int MIN_PLAYERS = 2;
  /** Largest supported number of players. */
  public static final int MAX_PLAYERS = 10;
  /** Raise size of the first round. */
  public static final int FIRST_ROUND_RAISE = 2;
  /** Raise size of the second round. */
  public static final int SECOND_ROUND_RAISE = 4;
  /** Most raises allowed in one round. */
  public static final int MAX_RAISES_PER_ROUND = 2;

  private static final String RANK_NAMES = "23456789TJQK";
  private static final String SUIT_NAMES = "sh";
  private static final GameType TYPE = new GameType(GameType.Dynamics.SEQUENTIAL, GameType.Chance.EXPLICIT,
      GameType.Information.IMPERFECT, GameType.Utility.ZERO_SUM);

  private final GameInfo info;
  private final GameAbilities abilities;
  private final int players;
  private final GameParameters parameters;
  private final String[] cardNames;

  /**
   * @param players number of players, in {@code [2, 10]}
   * @throws GameSpecException if {@code players} is out of range
   */
  public LeducPokerGame(int players) {
    if (players < MIN_PLAYERS || players > MAX_PLAYERS) {
      throw new GameSpecException("leduc_poker: parameter 'players' value '" + players
          + "' is out of range; allowed: integer in [" + MIN_PLAYERS + ", " + MAX_PLAYERS + "]");
    }
    this.players = players;
    this.parameters = GameParameters.of(LeducPokerProvider.NAME, Map.of("players", players));
    this.cardNames = new String[deckSize()];
    int firstRank = RANK_NAMES.length() - (players + 1);
    for (int card = 0; card < cardNames.length; card++) {
      cardNames[card] = "" + RANK_NAMES.charAt(firstRank + card / 2) + SUIT_NAMES.charAt(card % 2);
    }
    this.info = buildInfo();
    List<GameAbility> offered = new ArrayList<>(List.of(StateExactValues.INSTANCE,
        new StateObservationTensor(2 * players + 2 * deckSize()),
        new StateInformationStateTensor(players + 2 * deckSize() + 6 * maxActionsPerRound(players)),
        new LeducPokerHiddenStateSampler()));
    LeducPokerInformationStateIds.create(this).ifPresent(offered::add);
    this.abilities = GameAbilities.of(offered);
  }

  /** Number of cards in the deck: two suits of {@code players + 1} ranks. */
  public int deckSize() {
    return 2 * (players + 1);
  }

  /** Rank of a card, {@code 0} the lowest. */
  public static int rank(int card) {
    return card / 2;
  }

  /** Readable name of a card id, such as {@code Ks}. */
  public String cardName(int card) {
    return card >= 0 && card < cardNames.length ? cardNames[card] : "card " + card;
  }

  /** Raise size in round 0 or 1. */
  static int raiseSize(int round) {
    return round == 0 ? FIRST_ROUND_RAISE : SECOND_ROUND_RAISE;
  }

  /** Longest betting round: n - 1 checks and a raise, then twice n - 1 answers (one re-raise). */
  static int maxActionsPerRound(int players) {
    return 3 * players - 2;
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
    return new GameInfo(TYPE, players, 3,
        deckSize(), -maxContribution(), (double) maxContribution() * (players - 1),
        players + 1 + 2 * maxActionsPerRound(players));
  }

  /** Largest stake a player can lose: ante, two raises of 2 and two raises of 4. */
  static int maxContribution() {
    return 1 + MAX_RAISES_PER_ROUND * (FIRST_ROUND_RAISE + SECOND_ROUND_RAISE);
  }

  @Override
  public State newInitialState() {
    return new LeducPokerState(this, true);
  }

  @Override
  public State newInitialState(boolean recordHistory) {
    return new LeducPokerState(this, recordHistory);
  }

  @Override
  public String toString() {
    return name();
  }
}

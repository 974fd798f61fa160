package org.agora.games.liarsdice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.agora.games.common.StateObservationTensor;

/**
 * Liar's dice with the highest face wild, one round, as used in the counterfactual-regret
 * literature.
 *
 * <p>Source: M. Lanctot, K. Waugh, M. Zinkevich and M. Bowling, "Monte Carlo Sampling for Regret
 * Minimization in Extensive Games", Advances in Neural Information Processing Systems 22 (NIPS),
 * 2009, which describes this variant (one die per player, six sides, the six wild).
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Each player rolls {@code numdice} dice with faces {@code 1 .. dice_sides} and sees only their
 *       own. Chance rolls one die per chance node: player 0's dice first, then player 1's, and so on;
 *       outcome {@code k} is face {@code k + 1}.
 *   <li>Player 0 bids first, then play goes round the table. A bid {@code (q, f)} claims that at
 *       least {@code q} dice among all dice in play show face {@code f} or the wild face
 *       ({@code dice_sides}). Bids are ordered by quantity, then face: bid id
 *       {@code (q - 1) * dice_sides + (f - 1)}. Each bid must be higher than the previous one.
 *   <li>Instead of bidding, a player may call the previous bid a lie (action {@link #liarAction()},
 *       not legal as the first action). The dice are revealed: if the bid is true the challenger
 *       loses, otherwise the bidder loses. After the highest bid only the call is legal.
 *   <li>The loser gets -1 and the winner of the challenge +1; with more than two players the others
 *       get 0. The game is zero-sum.
 * </ul>
 *
 * <p>The information-state key is the player's own dice in increasing order and the public bids,
 * e.g. {@code p1 dice=2,6 bids=1x3,2x5} ({@code q x f}).
 *
 * <p>Abilities: exact values, the observation tensor, hidden-dice resampling
 * ({@link LiarsDiceHiddenStateSampler}) and, when they fit in an {@code int}, integer
 * information-state ids ({@link LiarsDiceInformationStateIds}).
 */
public final class LiarsDiceGame implements Game {

  /** Largest number of dice in play (players times dice per player). */
  public static final int MAX_TOTAL_DICE = 30;

  private static final GameType TYPE = new GameType(GameType.Dynamics.SEQUENTIAL, GameType.Chance.EXPLICIT,
      GameType.Information.IMPERFECT, GameType.Utility.ZERO_SUM);

  private final GameInfo info;
  private final GameAbilities abilities;
  private final int players;
  private final int dicePerPlayer;
  private final int sides;
  private final int totalDice;
  private final int bidCount;
  private final GameParameters parameters;
  private final String[] actionNames;

  /**
   * @param players number of players, at least 2
   * @param dicePerPlayer dice each player rolls, at least 1
   * @param sides faces per die, at least 2; the highest face is wild
   * @throws GameSpecException if a value is out of range or more than {@link #MAX_TOTAL_DICE} dice
   *     would be in play
   */
  public LiarsDiceGame(int players, int dicePerPlayer, int sides) {
    LiarsDiceProvider.checkRange("players", players, LiarsDiceProvider.MIN_PLAYERS, LiarsDiceProvider.MAX_PLAYERS);
    LiarsDiceProvider.checkRange("numdice", dicePerPlayer, 1, LiarsDiceProvider.MAX_DICE_PER_PLAYER);
    LiarsDiceProvider.checkRange("dice_sides", sides, 2, LiarsDiceProvider.MAX_SIDES);
    if (players * dicePerPlayer > MAX_TOTAL_DICE) {
      throw new GameSpecException("liars_dice: parameter 'numdice' value '" + dicePerPlayer + "' with players="
          + players + " puts " + players * dicePerPlayer + " dice in play; allowed: players * numdice <= "
          + MAX_TOTAL_DICE + ", so numdice <= " + MAX_TOTAL_DICE / players);
    }
    this.players = players;
    this.dicePerPlayer = dicePerPlayer;
    this.sides = sides;
    this.totalDice = players * dicePerPlayer;
    this.bidCount = totalDice * sides;
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("players", players);
    values.put("numdice", dicePerPlayer);
    values.put("dice_sides", sides);
    this.parameters = GameParameters.of(LiarsDiceProvider.NAME, values);
    this.actionNames = new String[bidCount + 1];
    for (int bid = 0; bid < bidCount; bid++) {
      actionNames[bid] = bidQuantity(bid) + "x" + bidFace(bid);
    }
    actionNames[bidCount] = "liar";
    this.info = buildInfo();
    List<GameAbility> offered = new ArrayList<>(List.of(StateExactValues.INSTANCE,
        new StateObservationTensor(2 * players + sides + bidCount), new LiarsDiceHiddenStateSampler()));
    LiarsDiceInformationStateIds.create(this).ifPresent(offered::add);
    this.abilities = GameAbilities.of(offered);
  }

  /** Dice each player rolls. */
  public int dicePerPlayer() {
    return dicePerPlayer;
  }

  /** Faces per die; the highest face is wild. */
  public int sides() {
    return sides;
  }

  /** Dice in play. */
  public int totalDice() {
    return totalDice;
  }

  /** Number of distinct bids; bid ids are {@code 0 .. bidCount() - 1}. */
  public int bidCount() {
    return bidCount;
  }

  /** The action that calls the previous bid a lie ({@code bidCount()}). */
  public int liarAction() {
    return bidCount;
  }

  /** The bid id of quantity {@code quantity} of face {@code face}. */
  public int bidAction(int quantity, int face) {
    if (quantity < 1 || quantity > totalDice || face < 1 || face > sides) {
      throw new IllegalArgumentException("no bid " + quantity + "x" + face + " with " + totalDice + " dice of "
          + sides + " sides");
    }
    return (quantity - 1) * sides + (face - 1);
  }

  /** Quantity claimed by bid id {@code bid}. */
  public int bidQuantity(int bid) {
    return bid / sides + 1;
  }

  /** Face claimed by bid id {@code bid}. */
  public int bidFace(int bid) {
    return bid % sides + 1;
  }

  /** Readable action name: {@code 2x5} (two fives) or {@code liar}. */
  String actionName(int action) {
    return action >= 0 && action < actionNames.length ? actionNames[action] : "action " + action;
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
    return new GameInfo(TYPE, players, bidCount + 1, sides, -1, 1, totalDice + bidCount + 1);
  }

  @Override
  public State newInitialState() {
    return new LiarsDiceState(this, true);
  }

  @Override
  public State newInitialState(boolean recordHistory) {
    return new LiarsDiceState(this, recordHistory);
  }

  @Override
  public String toString() {
    return name();
  }
}

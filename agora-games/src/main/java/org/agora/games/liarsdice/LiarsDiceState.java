package org.agora.games.liarsdice;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.agora.core.AbstractState;
import org.agora.core.Game;
import org.agora.core.Rational;
import org.agora.core.State;
import org.agora.core.Turn;
import org.agora.games.common.ExactStateValues;
import org.agora.games.common.TensorStateWriting;

/**
 * State of a {@link LiarsDiceGame}: the dice in one small array (player-major), the last bid and
 * its bidder. Moves allocate nothing.
 */
final class LiarsDiceState extends AbstractState implements TensorStateWriting, ExactStateValues {

  private final LiarsDiceGame game;
  private final int players;
  /** Face (1-based) of die d of player p at index {@code p * dicePerPlayer + d}. */
  private final int[] dice;
  private int rolled;
  private int currentBid = -1;
  private int bidder = -1;
  private int challenger = -1;
  /** Bit b set once bid b was made (meaningful while the bid count is below 63). */
  private long bidsMade;
  /** At a terminal state, the player who lost the challenge. */
  private int loser = -1;
  private Turn turn = Turn.CHANCE;

  LiarsDiceState(LiarsDiceGame game, boolean recordHistory) {
    super(game.maxGameLength(), recordHistory, true);
    this.game = game;
    this.players = game.playerCount();
    this.dice = new int[game.totalDice()];
  }

  private LiarsDiceState(LiarsDiceState other) {
    super(other);
    this.game = other.game;
    this.players = other.players;
    this.dice = other.dice.clone();
    this.rolled = other.rolled;
    this.currentBid = other.currentBid;
    this.bidder = other.bidder;
    this.challenger = other.challenger;
    this.bidsMade = other.bidsMade;
    this.loser = other.loser;
    this.turn = other.turn;
  }

  @Override
  public Game game() {
    return game;
  }

  @Override
  public Turn turn() {
    return turn;
  }

  /** The last bid id, or -1 before the first bid. */
  int currentBid() {
    return currentBid;
  }

  /** Bit b set once bid b was made (for bid counts below 63). */
  long bidsMade() {
    return bidsMade;
  }

  /** True once a player called the last bid a lie. */
  boolean challenged() {
    return challenger >= 0;
  }

  /**
   * {@code player}'s dice as a number independent of their order, once all of them are rolled: the
   * sum over the dice of {@code (dicePerPlayer + 1)^(face - 1)} (a digit per face counting the dice
   * showing it); 0 before that.
   */
  int ownDiceCode(int player) {
    int perPlayer = game.dicePerPlayer();
    if (rolled < (player + 1) * perPlayer) {
      return 0;
    }
    int code = 0;
    for (int d = player * perPlayer; d < (player + 1) * perPlayer; d++) {
      int digit = 1;
      for (int face = 1; face < dice[d]; face++) {
        digit *= perPlayer + 1;
      }
      code += digit;
    }
    return code;
  }

  /**
   * A state with the same bids and {@code player}'s own dice, every other rolled die drawn again
   * uniformly and independently (the dice are independent, so this is the posterior given the
   * player's own dice when the bids are taken as uninformative).
   */
  LiarsDiceState resample(int player, RandomGenerator random) {
    int perPlayer = game.dicePerPlayer();
    LiarsDiceState sample = new LiarsDiceState(game, recordsHistory());
    for (int d = 0; d < rolled; d++) {
      boolean own = d >= player * perPlayer && d < (player + 1) * perPlayer;
      sample.apply(own ? dice[d] - 1 : random.nextInt(game.sides()));
    }
    for (int i = rolled; i < moveCount(); i++) {
      sample.apply(historyAt(i));
    }
    return sample;
  }

  @Override
  public int legalActions(int[] out) {
    if (turn == Turn.CHANCE) {
      int sides = game.sides();
      for (int outcome = 0; outcome < sides; outcome++) {
        out[outcome] = outcome;
      }
      return sides;
    }
    return turn instanceof Turn.Decision ? writeBids(out) : 0;
  }

  @Override
  public int legalActions(int player, int[] out) {
    if (turn instanceof Turn.Decision decision && decision.player() == player) {
      return writeBids(out);
    }
    return 0;
  }

  private int writeBids(int[] out) {
    int count = 0;
    int bids = game.bidCount();
    for (int bid = currentBid + 1; bid < bids; bid++) {
      out[count++] = bid;
    }
    if (currentBid >= 0) {
      out[count++] = bids;
    }
    return count;
  }

  @Override
  public int chanceOutcomes(int[] outcomes, double[] probabilities) {
    if (turn != Turn.CHANCE) {
      return 0;
    }
    int sides = game.sides();
    for (int outcome = 0; outcome < sides; outcome++) {
      outcomes[outcome] = outcome;
      probabilities[outcome] = 1.0 / sides;
    }
    return sides;
  }

  @Override
  public int sampleChanceOutcome(RandomGenerator random) {
    if (turn != Turn.CHANCE) {
      throw new IllegalStateException("not a chance node: " + turn);
    }
    return random.nextInt(game.sides());
  }

  @Override
  protected void applyAction(int action) {
    if (turn == Turn.CHANCE) {
      if (action < 0 || action >= game.sides()) {
        throw new IllegalArgumentException("die outcome must be in [0, " + game.sides() + "), got " + action);
      }
      dice[rolled++] = action + 1;
      if (rolled == dice.length) {
        turn = Turn.decision(0);
      }
      return;
    }
    int player = ((Turn.Decision) turn).player();
    if (action == game.liarAction()) {
      if (currentBid < 0) {
        throw new IllegalArgumentException("'liar' is not legal before the first bid");
      }
      challenger = player;
      loser = bidIsTrue() ? challenger : bidder;
      turn = Turn.TERMINAL;
      return;
    }
    if (action <= currentBid || action > game.bidCount()) {
      throw new IllegalArgumentException("bid " + game.actionName(action) + " (" + action
          + ") is not legal: bids must be above " + (currentBid < 0 ? "nothing" : game.actionName(currentBid))
          + " and below " + game.bidCount());
    }
    currentBid = action;
    bidsMade |= 1L << action;
    bidder = player;
    turn = Turn.decision(player + 1 == players ? 0 : player + 1);
  }

  /** Dice in play showing the bid face or the wild face. */
  private int matchingDice(int face) {
    int wild = game.sides();
    int count = 0;
    for (int value : dice) {
      if (value == face || value == wild) {
        count++;
      }
    }
    return count;
  }

  private boolean bidIsTrue() {
    return matchingDice(game.bidFace(currentBid)) >= game.bidQuantity(currentBid);
  }

  @Override
  public double returns(int player) {
    if (turn != Turn.TERMINAL) {
      return 0.0;
    }
    if (player == loser) {
      return -1.0;
    }
    int winner = loser == challenger ? bidder : challenger;
    return player == winner ? 1.0 : 0.0;
  }

  @Override
  public Rational exactReturn(int player) {
    return Rational.of((long) returns(player));
  }

  @Override
  public int exactChanceOutcomes(int[] outcomes, Rational[] probabilities) {
    if (turn != Turn.CHANCE) {
      return 0;
    }
    int sides = game.sides();
    for (int outcome = 0; outcome < sides; outcome++) {
      outcomes[outcome] = outcome;
      probabilities[outcome] = Rational.of(1, sides);
    }
    return sides;
  }

  /** {@code player}'s dice in increasing order, comma-separated, or {@code ?} before all are rolled. */
  private void appendOwnDice(StringBuilder out, int player) {
    int perPlayer = game.dicePerPlayer();
    if (rolled < (player + 1) * perPlayer) {
      out.append('?');
      return;
    }
    int[] own = Arrays.copyOfRange(dice, player * perPlayer, (player + 1) * perPlayer);
    Arrays.sort(own);
    for (int d = 0; d < own.length; d++) {
      if (d > 0) {
        out.append(',');
      }
      out.append(own[d]);
    }
  }

  private void appendBids(StringBuilder out) {
    for (int i = dice.length; i < moveCount(); i++) {
      if (i > dice.length) {
        out.append(',');
      }
      out.append(game.actionName(historyAt(i)));
    }
  }

  @Override
  public String informationStateKey(int player) {
    checkPlayer(player);
    StringBuilder out = new StringBuilder(32);
    out.append('p').append(player).append(" dice=");
    appendOwnDice(out, player);
    out.append(" bids=");
    appendBids(out);
    return out.toString();
  }

  @Override
  public String observation(int player) {
    checkPlayer(player);
    StringBuilder out = new StringBuilder(64);
    out.append("player ").append(player).append(", dice ");
    appendOwnDice(out, player);
    if (currentBid < 0) {
      out.append(", no bid yet");
    } else {
      out.append(", bid ").append(game.actionName(currentBid)).append(" by player ").append(bidder);
    }
    if (turn == Turn.TERMINAL) {
      out.append(", called liar by player ").append(challenger).append(": ")
          .append(matchingDice(game.bidFace(currentBid))).append(" matching, player ").append(loser).append(" loses");
    }
    return out.toString();
  }

  private void checkPlayer(int player) {
    if (player < 0 || player >= players) {
      throw new IllegalArgumentException("player " + player + " is not in [0, " + players + ")");
    }
  }

  /**
   * Player one-hot ({@code players}), how many of the player's dice show each face
   * ({@code dice_sides}), the current bid one-hot ({@code bidCount}) and the bidder one-hot
   * ({@code players}).
   */
  @Override
  public void writeObservation(int player, float[] out, int offset) {
    checkPlayer(player);
    int sides = game.sides();
    Arrays.fill(out, offset, offset + 2 * players + sides + game.bidCount(), 0f);
    out[offset + player] = 1f;
    int perPlayer = game.dicePerPlayer();
    for (int d = player * perPlayer; d < Math.min(rolled, (player + 1) * perPlayer); d++) {
      out[offset + players + dice[d] - 1] += 1f;
    }
    if (currentBid >= 0) {
      out[offset + players + sides + currentBid] = 1f;
      out[offset + players + sides + game.bidCount() + bidder] = 1f;
    }
  }

  @Override
  public String actionToString(int player, int action) {
    return game.actionName(action);
  }

  @Override
  public String chanceOutcomeToString(int outcome) {
    return "roll " + (outcome + 1);
  }

  @Override
  public State copy() {
    return new LiarsDiceState(this);
  }
}

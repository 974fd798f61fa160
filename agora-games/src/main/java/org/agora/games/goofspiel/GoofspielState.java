package org.agora.games.goofspiel;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.agora.core.AbstractState;
import org.agora.core.Game;
import org.agora.core.Rational;
import org.agora.core.State;
import org.agora.core.Turn;
import org.agora.games.common.Bitmasks;
import org.agora.games.common.ExactStateValues;
import org.agora.games.common.TensorStateWriting;

/**
 * State of a {@link GoofspielGame}. Hands and the prize deck are bit masks (bit k is card k + 1),
 * points a small array; a turn allocates nothing. Keys and observations are rebuilt from the history
 * on demand.
 */
final class GoofspielState extends AbstractState implements TensorStateWriting, ExactStateValues {

  private final GoofspielGame game;
  private final int players;
  private final boolean randomOrder;
  /** History entries per turn: the prize draw (random order only) and one bid per player. */
  private final int stride;
  private final int[] hands;
  private final int[] points;
  private int prizeDeck;
  /** Value of the prize on the table, 0 when none is. */
  private int prize;
  private int completedTurns;
  private Turn turn;

  GoofspielState(GoofspielGame game, boolean recordHistory) {
    super(game.maxGameLength() * game.playerCount(), recordHistory, true);
    this.game = game;
    this.players = game.playerCount();
    this.randomOrder = game.pointsOrder() == GoofspielGame.PointsOrder.RANDOM;
    this.stride = players + (randomOrder ? 1 : 0);
    int fullHand = (1 << game.cards()) - 1;
    this.hands = new int[players];
    Arrays.fill(hands, fullHand);
    this.points = new int[players];
    this.prizeDeck = fullHand;
    startTurn();
  }

  private GoofspielState(GoofspielState other) {
    super(other);
    this.game = other.game;
    this.players = other.players;
    this.randomOrder = other.randomOrder;
    this.stride = other.stride;
    this.hands = other.hands.clone();
    this.points = other.points.clone();
    this.prizeDeck = other.prizeDeck;
    this.prize = other.prize;
    this.completedTurns = other.completedTurns;
    this.turn = other.turn;
  }

  private void startTurn() {
    if (completedTurns == game.cards()) {
      prize = 0;
      turn = Turn.TERMINAL;
    } else if (randomOrder) {
      prize = 0;
      turn = Turn.CHANCE;
    } else {
      revealPrize(game.fixedPrize(completedTurns));
    }
  }

  private void revealPrize(int value) {
    prize = value;
    prizeDeck &= ~(1 << (value - 1));
    turn = Turn.SIMULTANEOUS;
  }

  @Override
  public Game game() {
    return game;
  }

  @Override
  public Turn turn() {
    return turn;
  }

  /** Points won so far by {@code player}. */
  int points(int player) {
    return points[player];
  }

  @Override
  public int legalActions(int[] out) {
    return turn == Turn.CHANCE ? Bitmasks.writeMembers(prizeDeck, out) : 0;
  }

  @Override
  public int legalActions(int player, int[] out) {
    return turn == Turn.SIMULTANEOUS && player >= 0 && player < players ? Bitmasks.writeMembers(hands[player], out) : 0;
  }


  @Override
  public int chanceOutcomes(int[] outcomes, double[] probabilities) {
    if (turn != Turn.CHANCE) {
      return 0;
    }
    return Bitmasks.writeUniformOutcomes(prizeDeck, outcomes, probabilities);
  }

  @Override
  public int sampleChanceOutcome(RandomGenerator random) {
    if (turn != Turn.CHANCE) {
      throw new IllegalStateException("not a chance node: " + turn);
    }
    return Bitmasks.randomMember(prizeDeck, random);
  }

  @Override
  protected void applyAction(int outcome) {
    if (turn != Turn.CHANCE) {
      throw new IllegalStateException("goofspiel bids are simultaneous: use apply(int[])");
    }
    if (outcome < 0 || outcome >= game.cards() || (prizeDeck & (1 << outcome)) == 0) {
      throw new IllegalArgumentException("prize " + (outcome + 1) + " (outcome " + outcome + ") is not in the prize deck");
    }
    revealPrize(outcome + 1);
  }

  @Override
  protected void applyJointAction(int[] jointAction) {
    for (int p = 0; p < players; p++) {
      int card = jointAction[p];
      if (card < 0 || card >= game.cards() || (hands[p] & (1 << card)) == 0) {
        throw new IllegalArgumentException("player " + p + " does not hold card " + (card + 1) + " (action " + card + ")");
      }
    }
    int winner = winnerOf(jointAction);
    for (int p = 0; p < players; p++) {
      hands[p] &= ~(1 << jointAction[p]);
    }
    if (winner >= 0) {
      points[winner] += prize;
    }
    completedTurns++;
    startTurn();
  }

  /** The single highest bidder, or -1 when several tie for the highest bid. */
  private int winnerOf(int[] bids) {
    int best = -1;
    int winner = -1;
    for (int p = 0; p < players; p++) {
      int bid = bids[p];
      if (bid > best) {
        best = bid;
        winner = p;
      } else if (bid == best) {
        winner = -1;
      }
    }
    return winner;
  }

  @Override
  public double returns(int player) {
    return turn == Turn.TERMINAL ? GoofspielScoring.returnOf(game.returnsType(), points, player) : 0.0;
  }

  @Override
  public Rational exactReturn(int player) {
    return turn == Turn.TERMINAL ? GoofspielScoring.exactReturnOf(game.returnsType(), points, player) : Rational.ZERO;
  }

  @Override
  public int exactChanceOutcomes(int[] outcomes, Rational[] probabilities) {
    if (turn != Turn.CHANCE) {
      return 0;
    }
    int count = Bitmasks.writeMembers(prizeDeck, outcomes);
    Arrays.fill(probabilities, 0, count, Rational.of(1, count));
    return count;
  }

  /** Value of the prize of turn {@code turnIndex} (completed, or the current one when revealed). */
  private int prizeOfTurn(int turnIndex) {
    return randomOrder ? historyAt(turnIndex * stride) + 1 : game.fixedPrize(turnIndex);
  }

  /** History index of player {@code player}'s bid in turn {@code turnIndex}. */
  private int bidIndex(int turnIndex, int player) {
    return turnIndex * stride + (randomOrder ? 1 : 0) + player;
  }

  private int winnerOfTurn(int turnIndex) {
    int best = -1;
    int winner = -1;
    for (int p = 0; p < players; p++) {
      int bid = historyAt(bidIndex(turnIndex, p));
      if (bid > best) {
        best = bid;
        winner = p;
      } else if (bid == best) {
        winner = -1;
      }
    }
    return winner;
  }

  private void appendPrizes(StringBuilder out) {
    int revealed = completedTurns + (prize > 0 ? 1 : 0);
    for (int t = 0; t < revealed; t++) {
      if (t > 0) {
        out.append(',');
      }
      out.append(prizeOfTurn(t));
    }
  }

  @Override
  public String informationStateKey(int player) {
    checkPlayer(player);
    StringBuilder out = new StringBuilder(16 + 8 * completedTurns * players);
    out.append('p').append(player).append(" prizes=");
    appendPrizes(out);
    if (game.imperfectInformation()) {
      out.append(" bids=");
      for (int t = 0; t < completedTurns; t++) {
        if (t > 0) {
          out.append(',');
        }
        out.append(historyAt(bidIndex(t, player)) + 1);
      }
      out.append(" winners=");
      for (int t = 0; t < completedTurns; t++) {
        if (t > 0) {
          out.append(',');
        }
        int winner = winnerOfTurn(t);
        if (winner < 0) {
          out.append('-');
        } else {
          out.append(winner);
        }
      }
    } else {
      out.append(" plays=");
      appendPlays(out);
    }
    return out.toString();
  }

  /** Every completed turn's bids, players joined by {@code -}, turns by {@code ,}. */
  private void appendPlays(StringBuilder out) {
    for (int t = 0; t < completedTurns; t++) {
      if (t > 0) {
        out.append(',');
      }
      for (int p = 0; p < players; p++) {
        if (p > 0) {
          out.append('-');
        }
        out.append(historyAt(bidIndex(t, p)) + 1);
      }
    }
  }

  @Override
  public String observation(int player) {
    checkPlayer(player);
    StringBuilder out = new StringBuilder(64);
    out.append("player ").append(player).append(", turn ").append(Math.min(completedTurns + 1, game.cards()))
        .append(" of ").append(game.cards()).append(", prize ");
    if (prize > 0) {
      out.append(prize);
    } else {
      out.append(turn == Turn.TERMINAL ? "none (game over)" : "not revealed");
    }
    out.append(", points ");
    for (int p = 0; p < players; p++) {
      out.append(p > 0 ? "," : "").append(points[p]);
    }
    out.append(", hand ");
    appendCards(out, hands[player]);
    if (!game.imperfectInformation()) {
      out.append(", plays ");
      appendPlays(out);
    }
    return out.toString();
  }

  private static void appendCards(StringBuilder out, int mask) {
    boolean first = true;
    for (int remaining = mask; remaining != 0; remaining &= remaining - 1) {
      out.append(first ? "" : ",").append(Integer.numberOfTrailingZeros(remaining) + 1);
      first = false;
    }
    if (first) {
      out.append("empty");
    }
  }

  private void checkPlayer(int player) {
    if (player < 0 || player >= players) {
      throw new IllegalArgumentException("player " + player + " is not in [0, " + players + ")");
    }
  }

  /**
   * Prize on the table one-hot ({@code num_cards}), prizes still to come ({@code num_cards}), each
   * player's points ({@code players}), then the player's own hand ({@code num_cards}), or with
   * perfect information every player's hand ({@code players * num_cards}).
   */
  @Override
  public void writeObservation(int player, float[] out, int offset) {
    checkPlayer(player);
    int cards = game.cards();
    Arrays.fill(out, offset, offset + 2 * cards + players + (game.imperfectInformation() ? 1 : players) * cards, 0f);
    if (prize > 0) {
      out[offset + prize - 1] = 1f;
    }
    for (int card = 0; card < cards; card++) {
      out[offset + cards + card] = (prizeDeck >>> card) & 1;
    }
    for (int p = 0; p < players; p++) {
      out[offset + 2 * cards + p] = points[p];
    }
    int start = 2 * cards + players;
    if (game.imperfectInformation()) {
      for (int card = 0; card < cards; card++) {
        out[offset + start + card] = (hands[player] >>> card) & 1;
      }
    } else {
      for (int p = 0; p < players; p++) {
        for (int card = 0; card < cards; card++) {
          out[offset + start + p * cards + card] = (hands[p] >>> card) & 1;
        }
      }
    }
  }

  @Override
  public String actionToString(int player, int action) {
    return "bid " + (action + 1);
  }

  @Override
  public String chanceOutcomeToString(int outcome) {
    return "prize " + (outcome + 1);
  }

  @Override
  public State copy() {
    return new GoofspielState(this);
  }
}

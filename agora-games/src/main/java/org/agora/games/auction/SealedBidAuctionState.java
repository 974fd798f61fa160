package org.agora.games.auction;

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
 * State of a {@link SealedBidAuctionGame}: one chance node per bidder dealing its value, one
 * simultaneous bidding node, then the end. Moves allocate nothing.
 */
final class SealedBidAuctionState extends AbstractState implements ExactStateValues, TensorStateWriting {

  private final SealedBidAuctionGame game;
  private final int players;
  private final int[] values;
  private final int[] bids;
  private final double[] returns;
  private final long[] ratio = new long[2];
  private int dealt;
  private boolean finished;

  SealedBidAuctionState(SealedBidAuctionGame game, boolean recordHistory) {
    super(2 * game.playerCount(), recordHistory, false);
    this.game = game;
    this.players = game.playerCount();
    this.values = new int[players];
    this.bids = new int[players];
    this.returns = new double[players];
  }

  private SealedBidAuctionState(SealedBidAuctionState other) {
    super(other);
    this.game = other.game;
    this.players = other.players;
    this.values = other.values.clone();
    this.bids = other.bids.clone();
    this.returns = other.returns.clone();
    this.dealt = other.dealt;
    this.finished = other.finished;
  }

  @Override
  public Game game() {
    return game;
  }

  @Override
  public Turn turn() {
    if (dealt < players) {
      return Turn.CHANCE;
    }
    return finished ? Turn.TERMINAL : Turn.SIMULTANEOUS;
  }

  @Override
  public int legalActions(int[] out) {
    if (dealt < players) {
      return writeRange(out, game.valueLevels());
    }
    return 0;
  }

  @Override
  public int legalActions(int player, int[] out) {
    if (dealt < players || finished) {
      return 0;
    }
    return writeRange(out, game.bidLevels());
  }

  private static int writeRange(int[] out, int count) {
    for (int i = 0; i < count; i++) {
      out[i] = i;
    }
    return count;
  }

  @Override
  public int chanceOutcomes(int[] outcomes, double[] probabilities) {
    if (dealt >= players) {
      return 0;
    }
    int count = game.valueLevels();
    double probability = 1.0 / count;
    for (int i = 0; i < count; i++) {
      outcomes[i] = i;
      probabilities[i] = probability;
    }
    return count;
  }

  @Override
  public int exactChanceOutcomes(int[] outcomes, Rational[] probabilities) {
    if (dealt >= players) {
      return 0;
    }
    int count = game.valueLevels();
    Rational probability = Rational.of(1, count);
    for (int i = 0; i < count; i++) {
      outcomes[i] = i;
      probabilities[i] = probability;
    }
    return count;
  }

  @Override
  public int sampleChanceOutcome(RandomGenerator random) {
    if (dealt >= players) {
      throw new IllegalStateException("not a chance node: " + turn());
    }
    return random.nextInt(game.valueLevels());
  }

  @Override
  protected void applyAction(int outcome) {
    if (outcome < 0 || outcome >= game.valueLevels()) {
      throw new IllegalArgumentException("value level " + outcome + " out of [0, " + game.valueLevels() + ")");
    }
    values[dealt++] = SealedBidAuctionGame.valueOf(outcome);
  }

  @Override
  protected void applyJointAction(int[] jointAction) {
    for (int p = 0; p < players; p++) {
      int bid = jointAction[p];
      if (bid < 0 || bid >= game.bidLevels()) {
        throw new IllegalArgumentException("player " + p + " bid " + bid + " out of [0, " + game.bidLevels() + ")");
      }
    }
    System.arraycopy(jointAction, 0, bids, 0, players);
    for (int p = 0; p < players; p++) {
      game.payoff(p, values, bids, ratio);
      returns[p] = ratio[0] / (double) ratio[1];
    }
    finished = true;
  }

  @Override
  public double returns(int player) {
    return finished ? returns[player] : 0.0;
  }

  @Override
  public Rational exactReturn(int player) {
    return finished ? game.exactPayoff(player, values, bids) : Rational.ZERO;
  }

  /**
   * The player's own value (once dealt) and own bid (once made). While values are being dealt the
   * key also says how many have been dealt, which every player knows.
   */
  @Override
  public String informationStateKey(int player) {
    StringBuilder key = new StringBuilder(24);
    if (dealt > player) {
      key.append("value ").append(values[player]);
    }
    if (dealt < players) {
      key.append(dealt > player ? "; " : "").append("dealt ").append(dealt).append('/').append(players);
    } else if (finished) {
      key.append("; bid ").append(bids[player]);
    }
    return key.toString();
  }

  @Override
  public String observation(int player) {
    return informationStateKey(player);
  }

  /** One-hot own value level, then one-hot own bid: {@code values + bids} entries. */
  @Override
  public void writeObservation(int player, float[] out, int offset) {
    int size = game.valueLevels() + game.bidLevels();
    Arrays.fill(out, offset, offset + size, 0f);
    if (dealt > player) {
      out[offset + values[player] - 1] = 1f;
    }
    if (finished) {
      out[offset + game.valueLevels() + bids[player]] = 1f;
    }
  }

  @Override
  public String actionToString(int player, int action) {
    return "bid " + action;
  }

  @Override
  public String chanceOutcomeToString(int outcome) {
    return "bidder " + dealt + " value " + SealedBidAuctionGame.valueOf(outcome);
  }

  @Override
  public State copy() {
    return new SealedBidAuctionState(this);
  }

  @Override
  public String toString() {
    return "values " + Arrays.toString(Arrays.copyOf(values, dealt)) + (finished ? " bids " + Arrays.toString(bids)
        : "");
  }
}

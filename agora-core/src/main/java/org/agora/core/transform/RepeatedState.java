package org.agora.core.transform;

import org.agora.core.AbstractState;
import org.agora.core.Game;
import org.agora.core.State;
import org.agora.core.Turn;

/** State of a {@link RepeatedGame}. Rounds cost a table look-up and no allocation. */
final class RepeatedState extends AbstractState {

  private static final int STOP = 0;
  private static final int CONTINUE = 1;

  private final RepeatedGame game;
  private final int players;
  private final int stride;
  private final double[] returns;
  private int round;
  /**
   * The joint actions so far as a number in base {@code profileCount}, first round most significant
   * (it wraps for long games, which then offer no ids).
   */
  private long profileCode;
  private boolean awaitingChance;
  private boolean ended;

  RepeatedState(RepeatedGame game, boolean recordHistory) {
    super(game.maxGameLength() * game.playerCount() + 1, recordHistory, true);
    this.game = game;
    this.players = game.playerCount();
    this.stride = players + (game.continuation() < 1.0 ? 1 : 0);
    this.returns = new double[players];
  }

  private RepeatedState(RepeatedState other) {
    super(other);
    this.game = other.game;
    this.players = other.players;
    this.stride = other.stride;
    this.returns = other.returns.clone();
    this.round = other.round;
    this.profileCode = other.profileCode;
    this.awaitingChance = other.awaitingChance;
    this.ended = other.ended;
  }

  /** Completed rounds. */
  int round() {
    return round;
  }

  /** The joint actions so far in base {@code profileCount} (see {@link RepeatedInformationStateIds}). */
  long profileCode() {
    return profileCode;
  }

  /** True at the chance node that decides whether another round is played. */
  boolean awaitingChance() {
    return awaitingChance && !ended;
  }

  @Override
  public Game game() {
    return game;
  }

  @Override
  public Turn turn() {
    if (ended) {
      return Turn.TERMINAL;
    }
    return awaitingChance ? Turn.CHANCE : Turn.SIMULTANEOUS;
  }

  @Override
  public int legalActions(int player, int[] out) {
    if (ended || awaitingChance) {
      return 0;
    }
    int[] actions = game.legal(player);
    System.arraycopy(actions, 0, out, 0, actions.length);
    return actions.length;
  }

  @Override
  public int legalActions(int[] out) {
    if (awaitingChance && !ended) {
      out[0] = STOP;
      if (game.continuation() <= 0.0) {
        return 1;
      }
      out[1] = CONTINUE;
      return 2;
    }
    return 0;
  }

  @Override
  public int chanceOutcomes(int[] outcomes, double[] probabilities) {
    if (!awaitingChance || ended) {
      return 0;
    }
    outcomes[0] = STOP;
    probabilities[0] = 1.0 - game.continuation();
    if (game.continuation() <= 0.0) {
      return 1; // only outcomes of positive probability are listed
    }
    outcomes[1] = CONTINUE;
    probabilities[1] = game.continuation();
    return 2;
  }

  @Override
  public int sampleChanceOutcome(java.util.random.RandomGenerator random) {
    if (!awaitingChance || ended) {
      throw new IllegalStateException("not a chance node: " + turn());
    }
    return random.nextDouble() < game.continuation() ? CONTINUE : STOP;
  }

  @Override
  protected void applyAction(int outcome) {
    if (outcome != STOP && outcome != CONTINUE) {
      throw new IllegalArgumentException("continuation outcome must be 0 (stop) or 1 (continue), got " + outcome);
    }
    awaitingChance = false;
    ended = outcome == STOP;
  }

  @Override
  protected void applyJointAction(int[] jointAction) {
    int profile = 0;
    for (int p = 0; p < players; p++) {
      int position = game.positionOf(p, jointAction[p]);
      if (position < 0) {
        throw new IllegalArgumentException("action " + jointAction[p] + " is not legal for player " + p);
      }
      profile += position * game.stride(p);
    }
    for (int p = 0; p < players; p++) {
      returns[p] += game.stagePayoff(p, profile);
    }
    profileCode = profileCode * game.profileCount() + profile;
    round++;
    if (round == game.rounds()) {
      ended = true;
    } else if (stride > players) {
      awaitingChance = true;
    }
  }

  /** Player's action in round {@code roundIndex} (0 is the first). */
  int actionAt(int roundIndex, int player) {
    return historyAt(roundIndex * stride + player);
  }

  @Override
  public double returns(int player) {
    return returns[player];
  }

  @Override
  public String informationStateKey(int player) {
    return jointHistory(0, round);
  }

  @Override
  public String observation(int player) {
    int first = Math.max(0, round - game.recall());
    return "round " + round + (round == 0 ? "" : "; last " + (round - first) + ": " + jointHistory(first, round));
  }

  private String jointHistory(int from, int to) {
    StringBuilder out = new StringBuilder(8 + (to - from) * players * 2);
    out.append("r").append(to);
    for (int r = from; r < to; r++) {
      out.append(r == from ? ": " : " ");
      for (int p = 0; p < players; p++) {
        if (p > 0) {
          out.append(',');
        }
        out.append(actionAt(r, p));
      }
    }
    if (awaitingChance) {
      out.append(" ?");
    }
    return out.toString();
  }

  @Override
  public String actionToString(int player, int action) {
    String name = game.actionName(player, action);
    return name == null ? "action " + action : name;
  }

  @Override
  public String chanceOutcomeToString(int outcome) {
    return outcome == CONTINUE ? "continue" : "stop";
  }

  @Override
  public State copy() {
    return new RepeatedState(this);
  }

  @Override
  public String toString() {
    return (ended ? "final " : "") + jointHistory(0, round);
  }
}

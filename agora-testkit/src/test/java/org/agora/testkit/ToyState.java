package org.agora.testkit;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.agora.core.Game;
import org.agora.core.Rational;
import org.agora.core.State;
import org.agora.core.Turn;
import org.agora.testkit.ToyGame.Defect;

/** State of {@link ToyGame}; implements {@link State} directly so that every method can misbehave. */
final class ToyState implements State {

  private static final String[][] ACTION_NAMES = {{"pass", "bet"}, {"check or fold", "call", "raise"}};

  private final ToyGame game;
  private final int table;
  private final int[] moves;
  private final boolean copied;
  private int[] history;
  private int historySize;
  /** False for a state created with history recording off. */
  private final boolean recorded;

  ToyState(ToyGame game) {
    this(game, true);
  }

  ToyState(ToyGame game, boolean recorded) {
    this.recorded = recorded;
    this.game = game;
    this.table = game.nextTable();
    this.moves = new int[] {-1, -1, -1};
    this.copied = false;
    this.history = new int[4];
  }

  private ToyState(ToyState other) {
    this.recorded = other.recorded;
    this.game = other.game;
    this.table = other.table;
    this.moves = game.has(Defect.COPY_SHARES_STATE) ? other.moves : other.moves.clone();
    this.copied = true;
    this.history = other.history.clone();
    this.historySize = game.has(Defect.COPY_FORGETS_HISTORY) ? 0 : other.historySize;
  }

  int card() {
    return moves[0];
  }

  /** The move in slot 1 (player 0's) or 2 (player 1's), or -1. */
  int move(int slot) {
    return moves[slot];
  }

  private int mover() {
    return card() < 0 ? -1 : moves[1] < 0 ? 0 : moves[2] < 0 ? 1 : -1;
  }

  @Override
  public Game game() {
    return game;
  }

  @Override
  public Turn turn() {
    if (card() < 0) {
      return Turn.CHANCE;
    }
    int mover = mover();
    if (mover < 0) {
      return Turn.TERMINAL;
    }
    return Turn.decision(mover == 0 && game.has(Defect.PLAYER_ID_OUT_OF_RANGE) ? 5 : mover);
  }

  @Override
  public boolean isChanceNode() {
    return !game.has(Defect.WRONG_CHANCE_FLAG) && State.super.isChanceNode();
  }

  @Override
  public int currentPlayer() {
    if (game.has(Defect.CURRENT_PLAYER_NO_THROW) && mover() < 0) {
      return 0;
    }
    if (game.has(Defect.CURRENT_PLAYER_WRONG) && mover() >= 0) {
      return 1 - mover();
    }
    return State.super.currentPlayer();
  }

  @Override
  public int legalActions(int player, int[] out) {
    int mover = mover();
    if (mover < 0) {
      return 0;
    }
    if (player != mover) {
      if (game.has(Defect.OTHER_PLAYER_HAS_ACTIONS) && player == 1) {
        out[0] = 0;
        return 1;
      }
      return 0;
    }
    if (mover == 0) {
      boolean unsorted = game.has(Defect.UNSORTED_LEGAL_ACTIONS);
      out[0] = unsorted ? 1 : 0;
      out[1] = unsorted ? 0 : 1;
      return 2;
    }
    if (moves[1] == 0) {
      if (game.has(Defect.NO_LEGAL_ACTIONS)) {
        return 0;
      }
      out[0] = 0;
      out[1] = 2;
      return 2;
    }
    out[0] = 0;
    out[1] = game.has(Defect.ACTION_OUT_OF_RANGE) ? 3 : 1;
    return 2;
  }

  @Override
  public int legalActions(int[] out) {
    if (card() < 0) {
      double[] probabilities = new double[3];
      int count = chanceOutcomes(out, probabilities);
      Arrays.sort(out, 0, count);
      if (game.has(Defect.CHANCE_LEGAL_ACTIONS_UNSORTED)) {
        int swap = out[0];
        out[0] = out[count - 1];
        out[count - 1] = swap;
      }
      return count;
    }
    if ((mover() >= 0 && game.has(Defect.LEGAL_ACTIONS_MISMATCH))
        || (mover() < 0 && game.has(Defect.LEGAL_ACTIONS_AT_TERMINAL))) {
      out[0] = 0;
      return 1;
    }
    return mover() < 0 ? 0 : legalActions(mover(), out);
  }

  @Override
  public int chanceOutcomes(int[] outcomes, double[] probabilities) {
    if (card() >= 0) {
      if (game.has(Defect.CHANCE_OUTCOMES_OFF_CHANCE)) {
        outcomes[0] = 0;
        probabilities[0] = 1;
        return 1;
      }
      return 0;
    }
    if (game.has(Defect.NO_CHANCE_OUTCOMES)) {
      return 0;
    }
    outcomes[0] = 0;
    outcomes[1] = game.has(Defect.DUPLICATE_OUTCOME) ? 0 : 1;
    outcomes[2] = game.has(Defect.OUTCOME_OUT_OF_RANGE) ? 3 : 2;
    probabilities[0] = game.has(Defect.ZERO_PROBABILITY_OUTCOME) ? 0.75 : 0.5;
    probabilities[1] = 0.25;
    probabilities[2] = game.has(Defect.CHANCE_SUMS_TO_0_9) ? 0.15 : game.has(Defect.ZERO_PROBABILITY_OUTCOME) ? 0 : 0.25;
    return 3;
  }

  @Override
  public int sampleChanceOutcome(RandomGenerator random) {
    if (card() >= 0) {
      if (game.has(Defect.SAMPLER_NO_THROW_OFF_CHANCE)) {
        return 0;
      }
      throw new IllegalStateException("not a chance node");
    }
    if (game.has(Defect.SAMPLER_BIASED)) {
      return 0;
    }
    int[] outcomes = new int[3];
    double[] probabilities = new double[3];
    int count = chanceOutcomes(outcomes, probabilities);
    if (count == 0) {
      return 0;
    }
    double target = random.nextDouble();
    int chosen = outcomes[count - 1];
    for (int i = 0; i < count; i++) {
      target -= probabilities[i];
      if (target < 0) {
        chosen = outcomes[i];
        break;
      }
    }
    return chosen == 2 && game.has(Defect.SAMPLER_OFF_LIST) ? 7 : chosen;
  }

  @Override
  public void apply(int action) {
    if (game.has(Defect.APPLY_THROWS) && mover() == 1 && action == 2) {
      throw new IllegalStateException("raise is broken");
    }
    boolean chance = card() < 0;
    if (!(chance && game.has(Defect.HISTORY_SKIPS_CHANCE))) {
      if (historySize == history.length) {
        history = Arrays.copyOf(history, historySize * 2);
      }
      history[historySize++] = action;
    }
    int slot = chance ? 0 : moves[1] < 0 ? 1 : 2;
    moves[slot] = copied && slot == 2 && game.has(Defect.COPY_DIVERGES_LATER) ? 0 : action;
  }

  @Override
  public void apply(int[] jointAction) {
    throw new IllegalStateException("no simultaneous nodes");
  }

  @Override
  public double returns(int player) {
    if (turn() != Turn.TERMINAL) {
      return game.has(Defect.RETURNS_INFINITE_MIDGAME) && mover() == 1 ? Double.POSITIVE_INFINITY : 0;
    }
    int card = card();
    double first;
    if (moves[1] == 0) {
      first = moves[2] == 0 ? card - 1 : -1;
    } else {
      first = moves[2] == 0 ? 1 : 2 * (card - 1);
    }
    if (game.has(Defect.RETURNS_NAN) && card == 1 && moves[1] == 1 && moves[2] == 1) {
      first = Double.NaN;
    }
    if (player == 0) {
      return first;
    }
    return game.has(Defect.NOT_ZERO_SUM) && moves[1] == 1 && moves[2] == 0 ? 1 : -first;
  }

  @Override
  public String informationStateKey(int player) {
    if (player == 0) {
      if (game.has(Defect.EMPTY_KEY) && mover() == 0) {
        return "";
      }
      return card() < 0 ? "p0 start" : "p0 card " + card() + (moves[1] >= 0 ? " played " + moves[1] : "")
          + (moves[2] >= 0 ? " saw " + moves[2] : "");
    }
    if (game.has(Defect.NULL_KEY) && mover() == 0) {
      return null;
    }
    boolean hideFirst = game.has(Defect.INCONSISTENT_KEYS);
    return "p1" + (moves[1] >= 0 && !hideFirst ? " saw " + moves[1] : "") + (moves[2] >= 0 ? " played " + moves[2] : "");
  }

  @Override
  public String observation(int player) {
    if (game.has(Defect.OBSERVATION_THROWS) && player == 1 && card() < 0) {
      throw new UnsupportedOperationException("no observation yet");
    }
    String prefix = game.has(Defect.HIDDEN_STATE_OUTSIDE_HISTORY) ? "table " + table + ": " : "";
    return prefix + (player == 0 && card() >= 0 ? "card " + card() + ", " : "") + "moves " + moves[1] + " " + moves[2];
  }

  @Override
  public String actionToString(int player, int action) {
    if (game.has(Defect.ACTION_NAME_THROWS) && player == 1 && action == 2) {
      throw new IllegalArgumentException("no name for raise");
    }
    return action < ACTION_NAMES[player].length ? ACTION_NAMES[player][action] : "action " + action;
  }

  @Override
  public String chanceOutcomeToString(int outcome) {
    return game.has(Defect.CHANCE_NAME_NULL) ? null : "card " + outcome;
  }

  @Override
  public int historyLength() {
    checkRecorded();
    return historySize;
  }

  private void checkRecorded() {
    if (!recorded) {
      if (game.has(Defect.HISTORY_OFF_WRONG_EXCEPTION)) {
        throw new UnsupportedOperationException("no history");
      }
      throw new IllegalStateException("history recording is off");
    }
  }

  @Override
  public int[] history() {
    checkRecorded();
    int[] result = Arrays.copyOf(history, historySize);
    if (game.has(Defect.HISTORY_REVERSED)) {
      for (int i = 0; i < result.length / 2; i++) {
        int swap = result[i];
        result[i] = result[result.length - 1 - i];
        result[result.length - 1 - i] = swap;
      }
    }
    return result;
  }

  @Override
  public State copy() {
    return game.has(Defect.COPY_RETURNS_SELF) ? this : new ToyState(this);
  }

  /** Writes the toy's 5-entry observation tensor (the defects decide how well). */
  void writeObservation(int player, float[] out, int offset) {
    int written = game.has(Defect.TENSOR_PARTIAL_WRITE) ? 4 : 5;
    Arrays.fill(out, offset, offset + written, 0f);
    if (player == 0 && card() >= 0 && card() < 3) {
      out[offset + card()] = 1f;
    }
    if (moves[1] >= 0 && 3 + moves[1] < written) {
      out[offset + 3 + moves[1]] = 1f;
    }
    if (game.has(Defect.TENSOR_WRITES_OUTSIDE)) {
      out[offset + 5] = 0f;
    }
  }

  Rational exactReturn(int player) {
    Rational value = Rational.of(Math.round(returns(player)));
    return game.has(Defect.EXACT_RETURN_MISMATCH) && turn() == Turn.TERMINAL ? value.add(Rational.ONE) : value;
  }

  int exactChanceOutcomes(int[] outcomes, Rational[] probabilities) {
    double[] rounded = new double[3];
    int count = chanceOutcomes(outcomes, rounded);
    for (int i = 0; i < count; i++) {
      probabilities[i] = Rational.of(rounded[i]);
    }
    if (count > 0 && game.has(Defect.EXACT_CHANCE_MISMATCH)) {
      probabilities[0] = probabilities[1];
      probabilities[1] = Rational.of(1, 2);
    }
    if (count > 0 && game.has(Defect.EXACT_CHANCE_NOT_ONE)) {
      probabilities[2] = probabilities[2].add(Rational.of(1, 1_000_000_000_000L));
    }
    return count;
  }
}

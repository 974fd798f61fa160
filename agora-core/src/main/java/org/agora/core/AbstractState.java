package org.agora.core;

import java.util.Arrays;

/**
 * Base class for states that records the history and routes moves to the subclass.
 *
 * <p>A move is recorded before the subclass applies it; if the subclass rejects it by throwing, the
 * entry is removed again, so a subclass that validates before changing its fields leaves the state
 * exactly as it was.
 *
 * <p>Subclasses implement {@link #applyAction(int)} (decision and chance nodes) and, if they have
 * simultaneous nodes, {@link #applyJointAction(int[])}. The history buffer grows geometrically, so a
 * playout allocates only when it outgrows the initial capacity ({@link Game#maxGameLength()} times
 * the player count is a good hint).
 *
 * <p>History recording can be turned off for long simulations ({@link Game#newInitialState(boolean)}):
 * then {@link #history()} and {@link #historyLength()} throw {@link IllegalStateException}. A
 * subclass whose rules read its own history ({@link #historyAt(int)}) says so in the constructor and
 * keeps a private record either way, which only it can read.
 */
public abstract class AbstractState implements State {

  /** The recorded moves, or null when nothing is recorded. */
  private int[] historyBuffer;
  private int historySize;
  /** False when the caller turned recording off: history() and historyLength() then throw. */
  private final boolean historyVisible;

  /** A fresh state that records its history, with room for {@code historyCapacity} entries before growing. */
  protected AbstractState(int historyCapacity) {
    this(historyCapacity, true, false);
  }

  /**
   * A fresh state.
   *
   * @param historyCapacity history entries before the buffer grows
   * @param recordHistory false when the caller turned history recording off
   * @param rulesReadHistory true when the subclass reads {@link #historyAt(int)}: the moves are then
   *     kept even when {@code recordHistory} is false, but stay hidden from callers
   */
  protected AbstractState(int historyCapacity, boolean recordHistory, boolean rulesReadHistory) {
    this.historyVisible = recordHistory;
    this.historyBuffer = recordHistory || rulesReadHistory ? new int[Math.max(4, historyCapacity)] : null;
  }

  /** A copy of {@code other}'s history; call from the subclass copy constructor. */
  protected AbstractState(AbstractState other) {
    this.historyBuffer = other.historyBuffer == null ? null : other.historyBuffer.clone();
    this.historySize = other.historySize;
    this.historyVisible = other.historyVisible;
  }

  /** True when this state records its history for callers (see {@link Game#newInitialState(boolean)}). */
  protected final boolean recordsHistory() {
    return historyVisible;
  }

  @Override
  public final void apply(int action) {
    Turn turn = turn();
    if (turn == Turn.TERMINAL || turn == Turn.SIMULTANEOUS) {
      throw new IllegalStateException("apply(int) at a " + turn + " node");
    }
    record(action);
    try {
      applyAction(action);
    } catch (RuntimeException rejected) {
      historySize--; // a rejected move must not stay in the history
      throw rejected;
    }
  }

  @Override
  public final void apply(int[] jointAction) {
    if (turn() != Turn.SIMULTANEOUS) {
      throw new IllegalStateException("apply(int[]) at a " + turn() + " node");
    }
    int players = game().playerCount();
    if (jointAction.length != players) {
      throw new IllegalArgumentException(
          "joint action has " + jointAction.length + " entries, the game has " + players + " players");
    }
    for (int p = 0; p < players; p++) {
      record(jointAction[p]);
    }
    try {
      applyJointAction(jointAction);
    } catch (RuntimeException rejected) {
      historySize -= players; // a rejected move must not stay in the history
      throw rejected;
    }
  }

  private void record(int action) {
    if (historyBuffer == null) {
      historySize++; // counted only, so that a rejected move can be taken back uniformly
      return;
    }
    if (historySize == historyBuffer.length) {
      historyBuffer = Arrays.copyOf(historyBuffer, historyBuffer.length * 2);
    }
    historyBuffer[historySize++] = action;
  }

  /** Applies a decision-node action or a chance outcome (already recorded in the history). */
  protected abstract void applyAction(int action);

  /** Applies a joint action at a simultaneous node (already recorded in the history). */
  protected void applyJointAction(int[] jointAction) {
    throw new IllegalStateException(getClass().getSimpleName() + " has no simultaneous nodes");
  }

  @Override
  public int legalActions(int[] out) {
    Turn turn = turn();
    if (turn instanceof Turn.Decision decision) {
      return legalActions(decision.player(), out);
    }
    if (turn == Turn.CHANCE) {
      int capacity = game().maxChanceOutcomes();
      return chanceOutcomes(out, new double[capacity]);
    }
    return 0;
  }

  @Override
  public int chanceOutcomes(int[] outcomes, double[] probabilities) {
    return 0;
  }

  @Override
  public final int historyLength() {
    checkHistoryVisible();
    return historySize;
  }

  @Override
  public final int[] history() {
    checkHistoryVisible();
    return Arrays.copyOf(historyBuffer, historySize);
  }

  private void checkHistoryVisible() {
    if (!historyVisible) {
      throw new IllegalStateException("history recording is off for this state (created with newInitialState(false))");
    }
  }

  /** Number of moves applied so far, whether or not the history is recorded. */
  protected final int moveCount() {
    return historySize;
  }

  /**
   * History entry {@code index} (0 is the first move), for subclasses whose rules read their history
   * (they pass {@code rulesReadHistory} to the constructor).
   */
  protected final int historyAt(int index) {
    if (historyBuffer == null) {
      throw new IllegalStateException(getClass().getSimpleName() + " reads its history but did not ask to keep it");
    }
    if (index < 0 || index >= historySize) {
      throw new IndexOutOfBoundsException("history index " + index + " of " + historySize);
    }
    return historyBuffer[index];
  }

  @Override
  public String toString() {
    return game().name() + " " + (historyVisible ? Arrays.toString(history()) : "(history not recorded)");
  }
}

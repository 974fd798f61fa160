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
 */
public abstract class AbstractState implements State {

  private int[] historyBuffer;
  private int historySize;

  /** A fresh state with room for {@code historyCapacity} history entries before growing. */
  protected AbstractState(int historyCapacity) {
    this.historyBuffer = new int[Math.max(4, historyCapacity)];
  }

  /** A copy of {@code other}'s history; call from the subclass copy constructor. */
  protected AbstractState(AbstractState other) {
    this.historyBuffer = other.historyBuffer.clone();
    this.historySize = other.historySize;
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
    return historySize;
  }

  @Override
  public final int[] history() {
    return Arrays.copyOf(historyBuffer, historySize);
  }

  /** History entry {@code index} (0 is the first move). */
  protected final int historyAt(int index) {
    if (index < 0 || index >= historySize) {
      throw new IndexOutOfBoundsException("history index " + index + " of " + historySize);
    }
    return historyBuffer[index];
  }

  @Override
  public String toString() {
    return game().name() + " " + Arrays.toString(history());
  }
}

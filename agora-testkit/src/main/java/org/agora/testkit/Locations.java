package org.agora.testkit;

import org.agora.core.State;

/** Describes where a violation happened: the origin (which playout) and the state's history. */
final class Locations {

  private static final int SHOWN_HEAD = 20;
  private static final int SHOWN_TAIL = 10;

  private Locations() {}

  /** {@code origin at [history]}, the history shortened when long. */
  static String of(String origin, State state) {
    int[] history;
    try {
      history = state.history();
    } catch (RuntimeException e) {
      return origin + " (history() threw " + ViolationLog.describe(e) + ")";
    }
    if (history == null) {
      return origin + " (history() returned null)";
    }
    return origin + " at " + historyText(history);
  }

  /** A history as {@code [0 1 2]}, showing only its ends when long. */
  static String historyText(int[] history) {
    StringBuilder out = new StringBuilder("[");
    int length = history.length;
    boolean shorten = length > SHOWN_HEAD + SHOWN_TAIL;
    for (int i = 0; i < length; i++) {
      if (shorten && i == SHOWN_HEAD) {
        out.append(" ...");
        i = length - SHOWN_TAIL;
      }
      if (i > 0) {
        out.append(' ');
      }
      out.append(history[i]);
    }
    out.append(']');
    if (shorten) {
      out.append(" (").append(length).append(" entries)");
    }
    return out.toString();
  }
}

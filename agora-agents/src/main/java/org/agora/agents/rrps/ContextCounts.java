package org.agora.agents.rrps;

import java.util.Arrays;

/**
 * Counts of the opponent's next throw per context (a context is any index below the capacity given,
 * e.g. the last k throws read as a base-3 or base-9 number), in one flat array of three counts per
 * context; {@link #clear()} empties it for the next match. Shared by the pattern bots.
 */
final class ContextCounts {

  private final int[] counts;

  ContextCounts(int contexts) {
    counts = new int[3 * contexts];
  }

  void add(int context, int move) {
    counts[3 * context + move]++;
  }

  int count(int context, int move) {
    return counts[3 * context + move];
  }

  int total(int context) {
    int base = 3 * context;
    return counts[base] + counts[base + 1] + counts[base + 2];
  }

  /** The best reply to the counts of a context (by expected value), or -1 when the context is unseen. */
  int bestReply(int context) {
    int base = 3 * context;
    if (counts[base] + counts[base + 1] + counts[base + 2] == 0) {
      return -1;
    }
    return ExpectedReply.best(counts[base], counts[base + 1], counts[base + 2]);
  }

  void clear() {
    Arrays.fill(counts, 0);
  }
}

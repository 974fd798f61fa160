package org.agora.agents.rrps;

/**
 * The history matcher as first written, the oracle of {@code HistoryMatcherTest}: longest-match search over one symbol sequence (a player's throws, or both players' as one joint
 * symbol): for every earlier position it keeps the length of the longest common suffix between the
 * history up to that position and the whole history, updated in one pass per appended symbol. The
 * history-matching idea of the RoShamBo entries (Billings 2000; Egnor's Iocaine Powder): find where
 * the recent past happened before and predict that what followed then follows again.
 */
final class QuadraticHistoryMatcher {

  private int[] symbols = new int[1024];
  private int[] lengths = new int[1024];
  private int[] previous = new int[1024];
  private int size;
  private int best = -1;

  void restart() {
    size = 0;
    best = -1;
  }

  /** Appends the newest symbol and updates every earlier position's match length. */
  void append(int symbol) {
    if (size == symbols.length) {
      symbols = java.util.Arrays.copyOf(symbols, 2 * size);
      lengths = java.util.Arrays.copyOf(lengths, 2 * size);
      previous = new int[2 * size];
    }
    int[] old = lengths;
    lengths = previous;
    previous = old;
    int[] now = lengths;
    int[] seq = symbols;
    int bestLength = 0;
    int bestAt = -1;
    for (int i = size - 1; i > 0; i--) {
      int length = seq[i] == symbol ? old[i - 1] + 1 : 0;
      now[i] = length;
      if (length > bestLength) {
        bestLength = length;
        bestAt = i;
      }
    }
    if (size > 0) {
      now[0] = seq[0] == symbol ? 1 : 0;
      if (now[0] > bestLength) {
        bestAt = 0;
      }
    }
    best = bestAt < 0 ? -1 : bestAt + 1;
    seq[size++] = symbol;
  }

  /**
   * For each window in {@code ages} (ascending), the index of the round that followed the longest
   * match ending within the last {@code age} rounds (the most recent among equals), or -1 when no
   * earlier position matches even the last symbol.
   */
  void follows(int[] ages, int[] out) {
    int last = size - 2;
    int a = 0;
    int found = -1;
    int foundLength = 0;
    int i = last;
    while (a < ages.length && ages[a] <= last) {
      int stop = last - ages[a];
      for (; i > stop; i--) {
        if (lengths[i] > foundLength) {
          foundLength = lengths[i];
          found = i + 1;
        }
      }
      out[a++] = found;
    }
    while (a < ages.length) {
      out[a++] = best;
    }
  }
}

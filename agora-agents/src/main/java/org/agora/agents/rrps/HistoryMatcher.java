package org.agora.agents.rrps;

import java.util.Arrays;

/**
 * Longest-match search over one symbol sequence (a player's throws, or both players' as one joint
 * symbol): for every earlier position it keeps the length of the longest common suffix between the
 * history up to that position and the whole history, updated in one pass per appended symbol. The
 * history-matching idea of the RoShamBo entries (Billings 2000; Egnor's Iocaine Powder): find where
 * the recent past happened before and predict that what followed then follows again.
 */
final class HistoryMatcher {

  private int[] symbols = new int[1024];
  private int[] lengths = new int[1024];
  private int size;

  void restart() {
    size = 0;
  }

  /** Appends the newest symbol and updates every earlier position's match length. */
  void append(int symbol) {
    if (size == symbols.length) {
      symbols = Arrays.copyOf(symbols, 2 * size);
      lengths = Arrays.copyOf(lengths, 2 * size);
    }
    for (int i = size - 1; i > 0; i--) {
      lengths[i] = symbols[i] == symbol ? lengths[i - 1] + 1 : 0;
    }
    if (size > 0) {
      lengths[0] = symbols[0] == symbol ? 1 : 0;
    }
    symbols[size++] = symbol;
  }

  /**
   * For each window in {@code ages} (ascending), the index of the round that followed the longest
   * match ending within the last {@code age} rounds (the most recent among equals), or -1 when no
   * earlier position matches even the last symbol.
   */
  void follows(int[] ages, int[] out) {
    int best = -1;
    int bestLength = 0;
    int a = 0;
    int last = size - 2;
    for (int i = last; i >= 0 && a < ages.length; i--) {
      if (lengths[i] > bestLength) {
        bestLength = lengths[i];
        best = i + 1;
      }
      while (a < ages.length && last - i + 1 >= ages[a]) {
        out[a++] = best;
      }
    }
    while (a < ages.length) {
      out[a++] = best;
    }
  }
}

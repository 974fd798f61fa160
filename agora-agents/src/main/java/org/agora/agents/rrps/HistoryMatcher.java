package org.agora.agents.rrps;

import java.util.Arrays;

/**
 * Longest-match search over one symbol sequence (a player's throws, or both players' as one joint
 * symbol): where did the recent past happen before, and what followed it? The history-matching idea
 * of the RoShamBo entries (Billings 2000; Egnor's Iocaine Powder): predict that what followed then
 * follows again.
 *
 * <p>The match length of an earlier position {@code i} is the length of the longest common suffix of
 * the history up to {@code i} and the whole history. Over the whole history, the longest match and its
 * most recent position come from a suffix automaton (Blumer, Blumer, Haussler, Ehrenfeucht, Chen and
 * Seiferas, "The smallest automaton recognizing the subwords of a text", <i>Theoretical Computer
 * Science</i> 40, 1985), built online, whose states also keep the last position they ended at: the
 * longest repeated suffix is the suffix link of the newest state, and its last position before the
 * newest symbol is the most recent match. Appending costs the automaton's amortised O(1) plus the walk
 * up the suffix links (about log n for an unpredictable sequence, up to n for a constant one).
 *
 * <p>Within a window of the last {@code age} positions (the {@code ages} given at construction), the
 * match lengths of the positions in the largest window reached so far are kept and updated in place
 * per symbol (O(age)); when the history first reaches a larger window they are recomputed from the
 * Z-function of the reversed history (Gusfield, <i>Algorithms on Strings, Trees and Sequences</i>,
 * 1997), O(n) once. The results equal a full rescan of every earlier position per symbol, ties going
 * to the most recent position ({@code HistoryMatcherTest} checks this against that rescan).
 */
final class HistoryMatcher {

  private final int alphabet;
  private final int[] ages;
  private int[] symbols = new int[1024];
  /** Match lengths per position, valid for the last {@link #window} positions. */
  private int[] lengths = new int[1024];
  /** The largest age not above the last position, 0 before the first. */
  private int window;
  private int size;
  private int best = -1;

  // the suffix automaton: state 0 is the root
  private int[] length = new int[2048];
  private int[] link = new int[2048];
  private int[] lastEnd = new int[2048];
  private int[] next;
  private int states;
  private int lastState;

  /**
   * A matcher over symbols {@code 0 .. alphabet-1} answering {@link #follows} for windows of the given
   * ages (ascending; {@link Integer#MAX_VALUE} for the whole history).
   */
  HistoryMatcher(int alphabet, int... ages) {
    this.alphabet = alphabet;
    this.ages = ages.clone();
    this.next = new int[2048 * alphabet];
    restart();
  }

  void restart() {
    size = 0;
    best = -1;
    window = 0;
    states = 1;
    lastState = 0;
    link[0] = -1;
    length[0] = 0;
    Arrays.fill(next, 0, alphabet, -1);
  }

  /** Appends the newest symbol. */
  void append(int symbol) {
    if (size == symbols.length) {
      symbols = Arrays.copyOf(symbols, 2 * size);
      lengths = Arrays.copyOf(lengths, 2 * size);
    }
    int n = size;
    symbols[size++] = symbol;
    best = extend(symbol, n);
    int last = n - 1;
    int reached = 0;
    for (int age : ages) {
      if (age <= last) {
        reached = age;
      }
    }
    if (reached == 0) {
      return;
    }
    if (reached != window) {
      window = reached;
      recomputeLengths(n);
      return;
    }
    int[] seq = symbols;
    int[] now = lengths;
    // the window is positions n - reached .. n - 1 (never 0, as reached <= n - 1); descending, so
    // now[i - 1] still holds the previous symbol's length when position i reads it
    for (int i = n - 1, stop = n - reached; i >= stop; i--) {
      now[i] = seq[i] == symbol ? now[i - 1] + 1 : 0;
    }
  }

  /**
   * Adds position {@code n} to the automaton and returns the position after the most recent longest
   * earlier match, or -1 when the symbol never occurred before.
   */
  private int extend(int c, int n) {
    ensureStates(states + 2);
    int cur = newState(length[lastState] + 1, n);
    int p = lastState;
    while (p >= 0 && next[p * alphabet + c] < 0) {
      next[p * alphabet + c] = cur;
      p = link[p];
    }
    int found;
    if (p < 0) {
      link[cur] = 0;
      found = -1;
    } else {
      int q = next[p * alphabet + c];
      found = lastEnd[q] + 1;
      if (length[p] + 1 == length[q]) {
        link[cur] = q;
      } else {
        int clone = newState(length[p] + 1, lastEnd[q]);
        System.arraycopy(next, q * alphabet, next, clone * alphabet, alphabet);
        link[clone] = link[q];
        while (p >= 0 && next[p * alphabet + c] == q) {
          next[p * alphabet + c] = clone;
          p = link[p];
        }
        link[q] = clone;
        link[cur] = clone;
      }
    }
    for (int s = link[cur]; s > 0; s = link[s]) {
      lastEnd[s] = n;
    }
    lastState = cur;
    return found;
  }

  private int newState(int stateLength, int end) {
    int s = states++;
    length[s] = stateLength;
    lastEnd[s] = end;
    Arrays.fill(next, s * alphabet, (s + 1) * alphabet, -1);
    return s;
  }

  private void ensureStates(int needed) {
    if (needed > length.length) {
      int capacity = Math.max(needed, 2 * length.length);
      length = Arrays.copyOf(length, capacity);
      link = Arrays.copyOf(link, capacity);
      lastEnd = Arrays.copyOf(lastEnd, capacity);
      next = Arrays.copyOf(next, capacity * alphabet);
    }
  }

  /**
   * Match lengths of every position before {@code n} against the history ending at {@code n}: the
   * Z-function of the reversed history, {@code lengths[i] = z[n - i]}.
   */
  private void recomputeLengths(int n) {
    int[] seq = symbols;
    int[] z = new int[n + 1];
    int left = 0;
    int right = 0;
    for (int k = 1; k <= n; k++) {
      int value = 0;
      if (k < right) {
        value = Math.min(right - k, z[k - left]);
      }
      while (k + value <= n && seq[n - value] == seq[n - k - value]) {
        value++;
      }
      z[k] = value;
      if (k + value > right) {
        left = k;
        right = k + value;
      }
    }
    for (int i = 0; i < n; i++) {
      lengths[i] = z[n - i];
    }
  }

  /**
   * For each window in the ages given at construction, the index of the round that followed the
   * longest match ending within the last {@code age} rounds (the most recent among equals), or -1 when
   * no earlier position matches even the last symbol; windows longer than the history give the longest
   * match of the whole history.
   */
  void follows(int[] out) {
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

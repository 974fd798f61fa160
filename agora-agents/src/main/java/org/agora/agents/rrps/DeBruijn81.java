package org.agora.agents.rrps;

/**
 * {@code debruijn81}: a fixed sequence made of de Bruijn strings of length 81, one of the dummy
 * bots of the first competition (Billings 2000; described in his test suite as de Bruijn strings of
 * length 81 played one after another). A de Bruijn string of order 4 over the three throws holds
 * every run of four throws exactly once (cyclically), so each throw, each pair, triple and
 * quadruple of throws is equally frequent: no frequency count or short history can predict it, yet
 * the sequence is fixed, and a bot that reads longer contexts (or remembers it across matches)
 * beats it. Ours builds the lexicographically least de Bruijn string with the
 * Fredricksen–Kessler–Maiorana construction (concatenating the Lyndon words over {0,1,2} whose
 * length divides 4) and plays it under each of the six relabellings of the three throws in turn (a
 * relabelled de Bruijn string is again one), 486 throws before it repeats. The published entry's
 * particular strings are not ours to copy; these are chosen by us.
 */
final class DeBruijn81 extends RoshamboBot {

  /** Length of one de Bruijn string: 3^4. */
  static final int BLOCK = 81;

  private static final int[][] RELABELLINGS = {{0, 1, 2}, {1, 2, 0}, {2, 0, 1}, {0, 2, 1}, {2, 1, 0}, {1, 0, 2}};

  private static final byte[] SEQUENCE = sequence();

  DeBruijn81(int player, long seed) {
    super(player, seed);
  }

  @Override
  protected int next() {
    return throwAt(round());
  }

  /** The bot's throw in round {@code t}. */
  static int throwAt(int t) {
    return SEQUENCE[t % SEQUENCE.length];
  }

  private static byte[] sequence() {
    byte[] base = deBruijn(3, 4);
    byte[] sequence = new byte[RELABELLINGS.length * base.length];
    for (int r = 0; r < RELABELLINGS.length; r++) {
      for (int i = 0; i < base.length; i++) {
        sequence[r * base.length + i] = (byte) RELABELLINGS[r][base[i]];
      }
    }
    return sequence;
  }

  /** The least de Bruijn string B(k, n): the Lyndon words over k symbols whose length divides n, in order. */
  static byte[] deBruijn(int k, int n) {
    int length = 1;
    for (int i = 0; i < n; i++) {
      length *= k;
    }
    byte[] out = new byte[length];
    int size = 0;
    // generate the prenecklaces in lexicographic order (Duval's successor rule) and keep the Lyndon
    // words whose length divides n
    int[] word = new int[n + 1];
    int w = 1; // current word is word[1..w]
    word[1] = 0;
    while (true) {
      if (n % w == 0) {
        for (int i = 1; i <= w; i++) {
          out[size++] = (byte) word[i];
        }
      }
      // successor: extend periodically to length n, then increment the last symbol below k-1
      for (int i = w + 1; i <= n; i++) {
        word[i] = word[i - w];
      }
      int last = n;
      while (last > 0 && word[last] == k - 1) {
        last--;
      }
      if (last == 0) {
        return out;
      }
      word[last]++;
      w = last;
    }
  }
}

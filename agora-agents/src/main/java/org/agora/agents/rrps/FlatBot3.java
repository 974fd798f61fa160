package org.agora.agents.rrps;

/**
 * {@code flatbot3}: keeps its own throws evenly spread (a "flat" distribution) by favouring the
 * throw it has used least so far this match; a dummy bot of the first competition (Billings 2000).
 * With one least-used throw it throws that with probability 0.8 and each other with 0.1; with two
 * tied for least, each of them with 0.45 and the third with 0.1; with all three tied, uniformly.
 * Its counts never drift far apart, which is a pattern in itself: {@link AntiFlatBot antiflatbot}
 * predicts the least-used throw and beats it.
 */
final class FlatBot3 extends RoshamboBot {

  private final int[] counts = new int[3];

  FlatBot3(int player, long seed) {
    super(player, seed);
  }

  @Override
  public void restart() {
    super.restart();
    counts[0] = 0;
    counts[1] = 0;
    counts[2] = 0;
  }

  @Override
  protected int next() {
    int last = myLast();
    if (last >= 0) {
      counts[last]++;
    }
    int least = Math.min(counts[0], Math.min(counts[1], counts[2]));
    int tied = 0;
    for (int c : counts) {
      if (c == least) {
        tied++;
      }
    }
    if (tied == 3) {
      return randomMove();
    }
    // the least-used throws share 0.8 (one) or 0.9 (two); the others share the rest
    boolean pickLeast = random().nextDouble() < (tied == 1 ? 0.8 : 0.9);
    int among = pickLeast ? tied : 3 - tied;
    int k = among == 1 ? 0 : random().nextInt(among);
    for (int a = 0; a < 3; a++) {
      if ((counts[a] == least) == pickLeast && k-- == 0) {
        return a;
      }
    }
    throw new AssertionError("unreachable");
  }
}

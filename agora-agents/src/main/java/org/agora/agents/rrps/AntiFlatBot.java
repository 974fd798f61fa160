package org.agora.agents.rrps;

/**
 * {@code antiflatbot}: exploits opponents that keep their throws evenly spread (such as {@link
 * FlatBot3 flatbot3}) by predicting that the opponent will throw what it has thrown least so far
 * this match; a dummy bot of the first competition (Billings 2000), written to take the most from a
 * flat player. With one least-thrown throw it throws what beats it; with two tied for least it
 * throws the one of the two that beats the other (winning against one and tying the other, losing
 * to neither); with all three tied, a random throw. Against anything that repeats itself it is
 * wrong every time: against rockbot it throws scissors from the second throw on.
 */
final class AntiFlatBot extends RoshamboBot {

  private final int[] counts = new int[3];

  AntiFlatBot(int player, long seed) {
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
    int last = opponentLast();
    if (last >= 0) {
      counts[last]++;
    }
    int least = Math.min(counts[0], Math.min(counts[1], counts[2]));
    int first = -1;
    int tied = 0;
    for (int a = 0; a < 3; a++) {
      if (counts[a] == least) {
        if (first < 0) {
          first = a;
        }
        tied++;
      }
    }
    if (tied == 3) {
      return randomMove();
    }
    if (tied == 1) {
      return beat(first);
    }
    // two tied: the one not tied is the odd one out; of the tied pair {odd+1, odd+2}, odd+2 beats odd+1
    int odd = 3 - first - (counts[(first + 1) % 3] == least ? (first + 1) % 3 : (first + 2) % 3);
    return (odd + 2) % 3;
  }
}

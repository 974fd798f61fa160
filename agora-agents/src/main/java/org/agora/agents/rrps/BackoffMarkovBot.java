package org.agora.agents.rrps;

/**
 * A Markov predictor over both players' throws that backs off to shorter contexts: it counts the
 * opponent's next throw after the last 0 to {@code order} rounds (pairs of throws) and answers the
 * counts of the longest context seen at least {@code minimumCount} times with the reply of highest
 * expected value. The base of {@link Granite} and {@link Marble}.
 */
abstract class BackoffMarkovBot extends RoshamboBot {

  private final int order;
  private final int minimumCount;
  private final ContextCounts[] counts;

  BackoffMarkovBot(int player, long seed, int order, int minimumCount) {
    super(player, seed);
    this.order = order;
    this.minimumCount = minimumCount;
    counts = new ContextCounts[order + 1];
    int contexts = 1;
    for (int k = 0; k <= order; k++) {
      counts[k] = new ContextCounts(contexts);
      contexts *= 9;
    }
  }

  @Override
  public void restart() {
    super.restart();
    for (ContextCounts c : counts) {
      c.clear();
    }
  }

  private int context(int k, int end) {
    int c = 0;
    for (int t = end - k; t < end; t++) {
      c = 9 * c + 3 * opponentMove(t) + myMove(t);
    }
    return c;
  }

  /** The reply of the longest context seen often enough, or -1 before any throw. */
  protected final int backoffReply() {
    int n = round();
    if (n == 0) {
      return -1;
    }
    for (int k = 0; k <= order && k <= n - 1; k++) {
      counts[k].add(context(k, n - 1), opponentLast());
    }
    for (int k = Math.min(order, n); k >= 0; k--) {
      int c = context(k, n);
      if (counts[k].total(c) >= minimumCount || k == 0) {
        return counts[k].bestReply(c);
      }
    }
    return -1;
  }
}

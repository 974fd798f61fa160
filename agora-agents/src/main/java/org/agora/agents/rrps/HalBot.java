package org.agora.agents.rrps;

/**
 * {@code halbot}: Jason Hutchens' "MegaHAL" (third in the 1999 competition), a statistical predictor
 * of the opponent's next throw over the interlaced history of both players' throws. Hutchens
 * describes the idea: predict the next symbol from the contexts that end the history, blend the
 * predictions of contexts of several lengths, and play the throw of highest expected score against
 * the blended distribution. Here the contexts are the last 0 to {@value #MAX_ORDER} rounds (pairs of
 * throws, 9^k contexts of length k); each seen context contributes its relative frequencies with
 * weight (k+1)^2 times the number of times it was seen over that number plus one, so long contexts
 * that recur dominate. MegaHAL's own blending (an information-theoretic one from data compression)
 * and its context lengths differ; these weights are ours.
 */
final class HalBot extends RoshamboBot {

  static final int MAX_ORDER = 4;

  private final ContextCounts[] orders = new ContextCounts[MAX_ORDER + 1];

  HalBot(int player, long seed) {
    super(player, seed);
    int contexts = 1;
    for (int k = 0; k <= MAX_ORDER; k++) {
      orders[k] = new ContextCounts(contexts);
      contexts *= 9;
    }
  }

  @Override
  public void restart() {
    super.restart();
    for (ContextCounts counts : orders) {
      counts.clear();
    }
  }

  /** The context of the last {@code k} rounds before round {@code end}. */
  private int context(int k, int end) {
    int c = 0;
    for (int t = end - k; t < end; t++) {
      c = 9 * c + 3 * opponentMove(t) + myMove(t);
    }
    return c;
  }

  @Override
  protected int next() {
    int n = round();
    if (n == 0) {
      return randomMove();
    }
    int last = opponentLast();
    for (int k = 0; k <= MAX_ORDER && k <= n - 1; k++) {
      orders[k].add(context(k, n - 1), last);
    }
    double rock = 0;
    double paper = 0;
    double scissors = 0;
    for (int k = 0; k <= MAX_ORDER && k <= n; k++) {
      int c = context(k, n);
      int total = orders[k].total(c);
      if (total > 0) {
        double weight = (k + 1) * (k + 1) / (total + 1.0);
        rock += weight * orders[k].count(c, ROCK);
        paper += weight * orders[k].count(c, PAPER);
        scissors += weight * orders[k].count(c, SCISSORS);
      }
    }
    return ExpectedReply.best(rock, paper, scissors);
  }
}

package org.agora.agents.rrps;

/**
 * {@code shofar}: Rudi Cilibrasi's entry (eleventh in 1999), a meta-strategy over a pool of simple
 * strategies. Every strategy proposes a throw each round and is scored as if it had been played
 * (+1 win, -1 loss); the bot follows one strategy drawn with probability proportional to
 * {@value #BASE}^score, an exponential-weights rule that favours what has worked and still moves away
 * from a strategy the opponent has learned to beat. Our pool: the three constant throws, and the three
 * shifts (repeat, beat, lose to) of the opponent's last throw, of the bot's own last throw and of the
 * opponent's most frequent throw; the entry's pool is larger and not published in full.
 */
final class Shofar extends RoshamboBot {

  static final double BASE = 1.05;
  private static final int STRATEGIES = 12;
  /** BASE^-k for k = 0 .. 2047 (a score gap can grow by at most 2 a throw); 0 beyond. */
  private static final double[] POWERS = new double[2048];

  static {
    for (int k = 0; k < POWERS.length; k++) {
      POWERS[k] = Math.pow(BASE, -k);
    }
  }

  private final int[] scores = new int[STRATEGIES];
  private final int[] proposals = new int[STRATEGIES];
  private final double[] weights = new double[STRATEGIES];
  private final int[] frequency = new int[3];

  Shofar(int player, long seed) {
    super(player, seed);
  }

  @Override
  public void restart() {
    super.restart();
    for (int s = 0; s < STRATEGIES; s++) {
      scores[s] = 0;
    }
    frequency[0] = 0;
    frequency[1] = 0;
    frequency[2] = 0;
  }

  @Override
  protected int next() {
    int n = round();
    if (n == 0) {
      return randomMove();
    }
    int last = opponentLast();
    if (n >= 2) {
      for (int s = 0; s < STRATEGIES; s++) {
        scores[s] += ExpectedReply.outcome(proposals[s], last);
      }
    }
    frequency[last]++;
    int most = 0;
    for (int a = 1; a < 3; a++) {
      if (frequency[a] > frequency[most]) {
        most = a;
      }
    }
    for (int shift = 0; shift < 3; shift++) {
      proposals[shift] = shift;
      proposals[3 + shift] = (last + shift) % 3;
      proposals[6 + shift] = (myLast() + shift) % 3;
      proposals[9 + shift] = (most + shift) % 3;
    }
    int top = scores[0];
    for (int s = 1; s < STRATEGIES; s++) {
      top = Math.max(top, scores[s]);
    }
    double total = 0;
    for (int s = 0; s < STRATEGIES; s++) {
      int gap = top - scores[s];
      weights[s] = gap < POWERS.length ? POWERS[gap] : 0;
      total += weights[s];
    }
    double draw = random().nextDouble() * total;
    for (int s = 0; s < STRATEGIES - 1; s++) {
      draw -= weights[s];
      if (draw < 0) {
        return proposals[s];
      }
    }
    return proposals[STRATEGIES - 1];
  }
}

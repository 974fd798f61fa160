package org.agora.agents.rrps;

/**
 * {@code markov5}: Markian Hlynka's "Majikthise" (1999 competition): a fifth-order Markov model of the
 * opponent. The context is the opponent's last five throws (3^5 = 243 contexts); the bot counts which
 * throw followed each context in this match and plays the reply of highest expected value to the
 * counts of the current context, or a random throw in an unseen context. The entry's exact counting
 * and tie-breaking are not published; these are ours. {@link MarkovBails} is the same model with bail-outs.
 */
class Markov5 extends RoshamboBot {

  static final int ORDER = 5;
  private static final int CONTEXTS = 243;

  private final ContextCounts counts = new ContextCounts(CONTEXTS);

  Markov5(int player, long seed) {
    super(player, seed);
  }

  @Override
  public void restart() {
    super.restart();
    counts.clear();
  }

  /** The context ending just before round {@code end}: the opponent's throws end-5 .. end-1. */
  private int context(int end) {
    int c = 0;
    for (int t = end - ORDER; t < end; t++) {
      c = 3 * c + opponentMove(t);
    }
    return c;
  }

  /** The model's throw for this round (updating the counts with the last round). */
  protected final int markovMove() {
    int n = round();
    if (n > ORDER) {
      counts.add(context(n - 1), opponentMove(n - 1));
    }
    if (n < ORDER) {
      return randomMove();
    }
    int reply = counts.bestReply(context(n));
    return reply < 0 ? randomMove() : reply;
  }

  @Override
  protected int next() {
    return markovMove();
  }
}

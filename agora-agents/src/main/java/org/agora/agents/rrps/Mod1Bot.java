package org.agora.agents.rrps;

/**
 * {@code mod1bot}: Don Beal's "simple model builder" (1999 competition). It keeps four small models
 * of the opponent's next throw: its overall frequencies, and the frequencies following the
 * opponent's last throw, the bot's own last throw, and the last pair of throws. Each round it
 * credits every model whose prediction (most frequent throw in its context) came true, and plays the
 * reply of highest expected value to the model with most credit. Which models the entry kept is
 * not published: these four are our choice of the simplest ones.
 */
final class Mod1Bot extends RoshamboBot {

  private static final int MODELS = 4;
  private static final int[] CONTEXTS = {1, 3, 3, 9};

  private final ContextCounts[] models = new ContextCounts[MODELS];
  private final int[] credit = new int[MODELS];
  private final int[] predicted = new int[MODELS];

  Mod1Bot(int player, long seed) {
    super(player, seed);
    for (int m = 0; m < MODELS; m++) {
      models[m] = new ContextCounts(CONTEXTS[m]);
    }
  }

  @Override
  public void restart() {
    super.restart();
    for (int m = 0; m < MODELS; m++) {
      models[m].clear();
      credit[m] = 0;
      predicted[m] = -1;
    }
  }

  /** The context of model {@code m} for the round after round {@code t}. */
  private int context(int m, int t) {
    return switch (m) {
      case 0 -> 0;
      case 1 -> opponentMove(t);
      case 2 -> myMove(t);
      default -> 3 * opponentMove(t) + myMove(t);
    };
  }

  @Override
  protected int next() {
    int n = round();
    if (n == 0) {
      return randomMove();
    }
    int last = opponentLast();
    for (int m = 0; m < MODELS; m++) {
      if (predicted[m] == last) {
        credit[m]++;
      }
      if (m == 0) {
        models[m].add(0, last);
      } else if (n >= 2) {
        models[m].add(context(m, n - 2), last);
      }
    }
    int best = 0;
    for (int m = 0; m < MODELS; m++) {
      int c = context(m, n - 1);
      predicted[m] = mostFrequent(models[m], c);
      if (credit[m] > credit[best]) {
        best = m;
      }
    }
    int reply = models[best].bestReply(context(best, n - 1));
    return reply < 0 ? randomMove() : reply;
  }

  private static int mostFrequent(ContextCounts counts, int context) {
    if (counts.total(context) == 0) {
      return -1;
    }
    int most = 0;
    for (int a = 1; a < 3; a++) {
      if (counts.count(context, a) > counts.count(context, most)) {
        most = a;
      }
    }
    return most;
  }
}

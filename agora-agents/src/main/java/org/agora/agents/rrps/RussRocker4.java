package org.agora.agents.rrps;

/**
 * {@code russrocker4}: Russ Williams' entry (fourth in 1999), which lets several predictors vote on
 * the opponent's next throw. Ours are five: the opponent's most frequent throw, and its most frequent
 * throw after its last throw, after the bot's last throw, after the last pair of throws and after its
 * own last two throws. Each votes with its context's count of its prediction (so well-supported
 * predictors count more); throws short of the most votes get none, and the bot beats a throw drawn in
 * proportion to the votes left. The entry's predictors are not published in this detail: ours.
 */
final class RussRocker4 extends RoshamboBot {

  private static final int[] CONTEXTS = {1, 3, 3, 9, 9};

  private final ContextCounts[] predictors = new ContextCounts[CONTEXTS.length];
  private final double[] votes = new double[3];

  RussRocker4(int player, long seed) {
    super(player, seed);
    for (int p = 0; p < CONTEXTS.length; p++) {
      predictors[p] = new ContextCounts(CONTEXTS[p]);
    }
  }

  @Override
  public void restart() {
    super.restart();
    for (ContextCounts c : predictors) {
      c.clear();
    }
  }

  /** The context of predictor {@code p} for the round after round {@code t} (needs t >= 1 for the last). */
  private int context(int p, int t) {
    return switch (p) {
      case 0 -> 0;
      case 1 -> opponentMove(t);
      case 2 -> myMove(t);
      case 3 -> 3 * opponentMove(t) + myMove(t);
      default -> 3 * opponentMove(t - 1) + opponentMove(t);
    };
  }

  @Override
  protected int next() {
    int n = round();
    if (n == 0) {
      return randomMove();
    }
    int last = opponentLast();
    predictors[0].add(0, last);
    for (int p = 1; p < CONTEXTS.length; p++) {
      int before = n - 2;
      if (before >= (p == 4 ? 1 : 0)) {
        predictors[p].add(context(p, before), last);
      }
    }
    votes[0] = 0;
    votes[1] = 0;
    votes[2] = 0;
    for (int p = 0; p < CONTEXTS.length; p++) {
      if (p == 4 && n < 2) {
        continue;
      }
      int c = context(p, n - 1);
      int most = -1;
      for (int a = 0; a < 3; a++) {
        int count = predictors[p].count(c, a);
        if (count > 0 && (most < 0 || count > predictors[p].count(c, most))) {
          most = a;
        }
      }
      if (most >= 0) {
        votes[most] += predictors[p].count(c, most);
      }
    }
    double top = Math.max(votes[0], Math.max(votes[1], votes[2]));
    if (top == 0) {
      return randomMove();
    }
    double total = 0;
    for (int a = 0; a < 3; a++) {
      if (votes[a] < top) {
        votes[a] = 0;
      }
      total += votes[a];
    }
    double draw = random().nextDouble() * total;
    int predicted = draw < votes[0] ? ROCK : draw < votes[0] + votes[1] ? PAPER : SCISSORS;
    return beat(predicted);
  }
}

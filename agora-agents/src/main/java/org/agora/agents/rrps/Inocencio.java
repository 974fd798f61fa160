package org.agora.agents.rrps;

/**
 * {@code inocencio}: Rafael Morales' entry (44th in 1999), a layered frequency counter. It plays randomly for the first {@value #WINDOW}
 * throws; then, if one throw makes up more than {@value #THRESHOLD} of the opponent's last
 * {@value #WINDOW} (smoothed by one count each), it beats that throw; otherwise it looks at what
 * followed the opponent's last three throws, then at what followed its own last three throws, and
 * beats a throw whose smoothed share there is above the threshold; failing all of these it beats a
 * throw drawn from the recent frequencies. The thresholds and window are as we understood the entry;
 * the order of the checks and the final draw are our simplification.
 */
final class Inocencio extends RoshamboBot {

  static final int WINDOW = 20;
  static final double THRESHOLD = 0.45;

  private final int[] recent = new int[3];
  private final ContextCounts afterTheirs = new ContextCounts(27);
  private final ContextCounts afterMine = new ContextCounts(27);

  Inocencio(int player, long seed) {
    super(player, seed);
  }

  @Override
  public void restart() {
    super.restart();
    recent[0] = 0;
    recent[1] = 0;
    recent[2] = 0;
    afterTheirs.clear();
    afterMine.clear();
  }

  @Override
  protected int next() {
    int n = round();
    if (n > 0) {
      int last = opponentLast();
      recent[last]++;
      if (n > WINDOW) {
        recent[opponentMove(n - 1 - WINDOW)]--;
      }
      if (n >= 4) {
        afterTheirs.add(9 * opponentMove(n - 4) + 3 * opponentMove(n - 3) + opponentMove(n - 2), last);
        afterMine.add(9 * myMove(n - 4) + 3 * myMove(n - 3) + myMove(n - 2), last);
      }
    }
    if (n < WINDOW) {
      return randomMove();
    }
    int total = recent[0] + recent[1] + recent[2];
    for (int a = 0; a < 3; a++) {
      if ((recent[a] + 1.0) / (total + 3.0) > THRESHOLD) {
        return beat(a);
      }
    }
    int reply = confident(afterTheirs, 9 * opponentMove(n - 3) + 3 * opponentMove(n - 2) + opponentMove(n - 1));
    if (reply < 0) {
      reply = confident(afterMine, 9 * myMove(n - 3) + 3 * myMove(n - 2) + myMove(n - 1));
    }
    if (reply >= 0) {
      return reply;
    }
    double draw = random().nextDouble() * (total + 3.0);
    int predicted = draw < recent[0] + 1.0 ? ROCK : draw < recent[0] + recent[1] + 2.0 ? PAPER : SCISSORS;
    return beat(predicted);
  }

  private static int confident(ContextCounts counts, int context) {
    double total = counts.total(context) + 3.0;
    for (int a = 0; a < 3; a++) {
      if ((counts.count(context, a) + 1.0) / total > THRESHOLD) {
        return beat(a);
      }
    }
    return -1;
  }
}

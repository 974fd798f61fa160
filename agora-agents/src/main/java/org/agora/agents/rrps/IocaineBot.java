package org.agora.agents.rrps;

/**
 * {@code iocainebot}: Dan Egnor's Iocaine Powder, the winner of the first International RoShamBo
 * Programming Competition (Billings 2000), written here from Egnor's published description of how it
 * works. Three kinds of predictor forecast both players' next throws: a random guess (a hedge that
 * scores like chance, so the bot falls back on it against opponents it cannot read), frequency
 * analysis (the most frequent throw over the last 1000, 100, 10, 5 and 2 rounds) and history
 * matching (find the longest earlier match of the recent opponent, own and joint histories, searched
 * within the same ages, and predict what followed it). Each forecast becomes six strategies by
 * "Sicilian reasoning" and the best is played by the two-level scoring of {@link SicilianEnsemble}
 * over windows of 1000, 100, 10, 5 and 2 rounds.
 *
 * <p>The ages and windows follow the description's spirit; their exact values and the tie-breaking
 * (first predictor, most recent match) are our choice.
 */
final class IocaineBot extends RoshamboBot {

  private static final int[] AGES = {2, 5, 10, 100, 1000};
  private static final int PREDICTORS = 1 + AGES.length + 3 * AGES.length;

  private final SicilianEnsemble ensemble = SicilianEnsemble.withWindows(PREDICTORS, 1000, 100, 10, 5, 2);
  private final HistoryMatcher[] matchers = {
      new HistoryMatcher(3, AGES), new HistoryMatcher(3, AGES), new HistoryMatcher(9, AGES)};
  private final int[] theirForecast = new int[PREDICTORS];
  private final int[] ownForecast = new int[PREDICTORS];
  private final int[] follows = new int[AGES.length];
  private final int[] theirCounts = new int[3 * AGES.length];
  private final int[] ownCounts = new int[3 * AGES.length];

  IocaineBot(int player, long seed) {
    super(player, seed);
    restart();
  }

  @Override
  public void restart() {
    super.restart();
    ensemble.restart();
    for (HistoryMatcher matcher : matchers) {
      matcher.restart();
    }
    java.util.Arrays.fill(theirCounts, 0);
    java.util.Arrays.fill(ownCounts, 0);
  }

  @Override
  protected int next() {
    int t = round();
    if (t > 0) {
      int theirs = opponentMove(t - 1);
      int mine = myMove(t - 1);
      ensemble.record(theirs);
      matchers[0].append(theirs);
      matchers[1].append(mine);
      matchers[2].append(3 * mine + theirs);
      for (int a = 0; a < AGES.length; a++) {
        theirCounts[3 * a + theirs]++;
        ownCounts[3 * a + mine]++;
        int leaving = t - 1 - AGES[a];
        if (leaving >= 0) {
          theirCounts[3 * a + opponentMove(leaving)]--;
          ownCounts[3 * a + myMove(leaving)]--;
        }
      }
    }
    int k = 0;
    theirForecast[k] = randomMove();
    ownForecast[k++] = randomMove();
    for (int a = 0; a < AGES.length; a++, k++) {
      theirForecast[k] = t == 0 ? -1 : mostFrequent(theirCounts, 3 * a);
      ownForecast[k] = t == 0 ? -1 : mostFrequent(ownCounts, 3 * a);
    }
    for (HistoryMatcher matcher : matchers) {
      matcher.follows(follows);
      for (int a = 0; a < AGES.length; a++, k++) {
        int f = follows[a];
        theirForecast[k] = f < 0 ? -1 : opponentMove(f);
        ownForecast[k] = f < 0 ? -1 : myMove(f);
      }
    }
    int move = ensemble.choose(theirForecast, ownForecast);
    return move < 0 ? randomMove() : move;
  }

  static int mostFrequent(int[] counts, int offset) {
    int best = 0;
    for (int m = 1; m < 3; m++) {
      if (counts[offset + m] > counts[offset + best]) {
        best = m;
      }
    }
    return best;
  }
}

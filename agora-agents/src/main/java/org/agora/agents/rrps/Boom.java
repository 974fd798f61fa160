package org.agora.agents.rrps;

import java.util.Arrays;

/**
 * {@code boom}: Jack van Rijswijk's entry (tenth in 1999). For every lag from 1 to {@value #LAGS} it
 * keeps decaying counts (factor {@value #DECAY} per update) of the opponent's next throw after each
 * pair of throws made that many rounds earlier, so it finds patterns at any distance, not only in the
 * last round. Each round it uses the lag whose current row is most relevant (the best reply's
 * expected value over the row's count plus five, which discounts rarely seen rows) and plays that
 * reply; while it trails by more than 5% of the throws played it bails out to random throws. The lag
 * range and decay follow the entry; the relevance measure and bail-out threshold are our reading of
 * the idea.
 */
final class Boom extends RoshamboBot {

  static final int LAGS = 27;
  static final double DECAY = 0.95;

  private final double[] counts = new double[(LAGS + 1) * 9 * 3];
  private int score;

  Boom(int player, long seed) {
    super(player, seed);
  }

  @Override
  public void restart() {
    super.restart();
    Arrays.fill(counts, 0);
    score = 0;
  }

  private int row(int lag, int t) {
    return 3 * (9 * lag + 3 * opponentMove(t) + myMove(t));
  }

  @Override
  protected int next() {
    int n = round();
    if (n == 0) {
      return randomMove();
    }
    int last = opponentLast();
    score += ExpectedReply.outcome(myLast(), last);
    // the throw in round n-1 followed the pair of round n-1-lag
    for (int lag = 1; lag <= LAGS && n - 1 - lag >= 0; lag++) {
      int r = row(lag, n - 1 - lag);
      counts[r] *= DECAY;
      counts[r + 1] *= DECAY;
      counts[r + 2] *= DECAY;
      counts[r + last] += 1;
    }
    if (n > 20 && score < -n / 20) {
      return randomMove();
    }
    double bestRelevance = 0;
    int reply = -1;
    // the next throw follows the pair of round n-lag
    for (int lag = 1; lag <= LAGS && n - lag >= 0; lag++) {
      int r = row(lag, n - lag);
      double rock = counts[r];
      double paper = counts[r + 1];
      double scissors = counts[r + 2];
      int move = ExpectedReply.best(rock, paper, scissors);
      double value = counts[r + loseTo(move)] - counts[r + beat(move)];
      double relevance = value / (rock + paper + scissors + 5);
      if (relevance > bestRelevance) {
        bestRelevance = relevance;
        reply = move;
      }
    }
    return reply < 0 ? randomMove() : reply;
  }
}

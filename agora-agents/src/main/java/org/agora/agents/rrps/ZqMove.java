package org.agora.agents.rrps;

/**
 * {@code zq_move}: after Neil Burch's ZQ Bot from the first RoShamBo competition (Billings 2000), a
 * second-order predictor: it models the opponent's next throw given the last joint throw (both
 * players' last throws, nine contexts) with counts that decay by 0.95 each time their context
 * recurs, and plays the throw with the highest expected score against that distribution. When the
 * best expected score is below 0.1 (no usable bias) it plays randomly instead.
 *
 * <p>The report outlines the entry only; the conditioning on the joint throw, the decay and the
 * threshold are our choice.
 */
final class ZqMove extends RoshamboBot {

  private static final double DECAY = 0.95;
  private static final double THRESHOLD = 0.1;

  private final double[] counts = new double[27];

  ZqMove(int player, long seed) {
    super(player, seed);
  }

  @Override
  public void restart() {
    super.restart();
    java.util.Arrays.fill(counts, 0);
  }

  @Override
  protected int next() {
    int t = round();
    if (t >= 2) {
      int context = 3 * myMove(t - 2) + opponentMove(t - 2);
      for (int m = 0; m < 3; m++) {
        counts[3 * context + m] *= DECAY;
      }
      counts[3 * context + opponentMove(t - 1)] += 1;
    }
    if (t == 0) {
      return randomMove();
    }
    int context = 3 * myLast() + opponentLast();
    double total = counts[3 * context] + counts[3 * context + 1] + counts[3 * context + 2];
    if (total <= 0) {
      return randomMove();
    }
    int best = 0;
    double bestValue = Double.NEGATIVE_INFINITY;
    for (int move = 0; move < 3; move++) {
      // wins against loseTo(move), loses against beat(move)
      double value = (counts[3 * context + loseTo(move)] - counts[3 * context + beat(move)]) / total;
      if (value > bestValue) {
        bestValue = value;
        best = move;
      }
    }
    return bestValue < THRESHOLD ? randomMove() : best;
  }
}

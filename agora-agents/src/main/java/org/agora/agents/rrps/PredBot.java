package org.agora.agents.rrps;

import java.util.Arrays;

/**
 * {@code predbot}: Don Beal's "Simple Predictor" (1999 competition), a direct history matcher. It
 * looks back for the longest earlier stretch of the match (up to {@value #MAX_LENGTH} rounds of both
 * players' throws) that equals the stretch just played, takes the opponent's throw that followed the
 * most recent such stretch as the prediction and plays what beats it; with no match at all it plays
 * randomly. The entry's exact lengths and search window are not published: we search the last
 * {@value #WINDOW} rounds, visiting only the rounds that followed the same pair of throws as the last
 * round (a linked list per pair), which keeps a throw at a few dozen comparisons.
 */
final class PredBot extends RoshamboBot {

  static final int MAX_LENGTH = 8;
  static final int WINDOW = 300;

  /** The latest round played after each pair of throws (pair index 3 * opponent + own), or -1. */
  private final int[] latestAfter = new int[9];
  /** For each round t, the previous round played after the same pair as round t, or -1. */
  private int[] previousAfter = new int[1024];

  PredBot(int player, long seed) {
    super(player, seed);
    Arrays.fill(latestAfter, -1);
  }

  @Override
  public void restart() {
    super.restart();
    Arrays.fill(latestAfter, -1);
  }

  @Override
  protected int next() {
    int n = round();
    if (n >= 2) {
      // round n-1 followed the pair of round n-2
      int pair = 3 * opponentMove(n - 2) + myMove(n - 2);
      if (n - 1 >= previousAfter.length) {
        previousAfter = Arrays.copyOf(previousAfter, 2 * previousAfter.length);
      }
      previousAfter[n - 1] = latestAfter[pair];
      latestAfter[pair] = n - 1;
    }
    int bestLength = 0;
    int bestAt = -1;
    int start = n == 0 ? -1 : latestAfter[3 * opponentMove(n - 1) + myMove(n - 1)];
    for (int t = start; t >= 1 && t >= n - WINDOW; t = previousAfter[t]) {
      // rounds t-1, t-2, ... against n-1, n-2, ...
      int length = 0;
      while (length < MAX_LENGTH && t - 1 - length >= 0
          && myMove(t - 1 - length) == myMove(n - 1 - length)
          && opponentMove(t - 1 - length) == opponentMove(n - 1 - length)) {
        length++;
      }
      if (length > bestLength) {
        bestLength = length;
        bestAt = t;
        if (length == MAX_LENGTH) {
          break;
        }
      }
    }
    return bestAt < 0 ? randomMove() : beat(opponentMove(bestAt));
  }
}

package org.agora.agents.rrps;

/**
 * {@code predbot}: Don Beal's "Simple Predictor" (1999 competition), a direct history matcher. It
 * looks back for the longest earlier stretch of the match (up to {@value #MAX_LENGTH} rounds of both
 * players' throws) that equals the stretch just played, takes the opponent's throw that followed the
 * most recent such stretch as the prediction and plays what beats it; with no match at all it plays
 * randomly. The entry's exact lengths and search window are not published: we search the last
 * {@value #WINDOW} rounds, which keeps a throw at a few hundred comparisons.
 */
final class PredBot extends RoshamboBot {

  static final int MAX_LENGTH = 8;
  static final int WINDOW = 300;

  PredBot(int player, long seed) {
    super(player, seed);
  }

  @Override
  protected int next() {
    int n = round();
    int bestLength = 0;
    int bestAt = -1;
    for (int t = n - 1; t >= 1 && t >= n - WINDOW; t--) {
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

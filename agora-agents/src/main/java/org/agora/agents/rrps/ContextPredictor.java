package org.agora.agents.rrps;

import java.util.Arrays;

/**
 * Counts of what each player threw after every context of a fixed length: the last {@code length}
 * opponent throws, own throws, or joint throws. The forecast for the current context is the most
 * frequent follower (the most recent one among equals); none when the context is new. The
 * fixed-order Markov predictor that many RoShamBo entries use as one of their predictors.
 */
final class ContextPredictor {

  /** Which history forms the context. */
  enum Source {
    OPPONENT, OWN, JOINT
  }

  private final Source source;
  private final int length;
  private final int base;
  private final int[] counts;
  private final int[] lastFollower;
  private final int contexts;
  /** The context ending before round {@link #cachedEnd} (-1: none), reused and rolled forward. */
  private int cachedEnd = -1;
  private int cachedCode;

  ContextPredictor(Source source, int length) {
    this.source = source;
    this.length = length;
    this.base = source == Source.JOINT ? 9 : 3;
    int contexts = 1;
    for (int i = 0; i < length; i++) {
      contexts *= base;
    }
    this.contexts = contexts;
    this.counts = new int[6 * contexts];
    this.lastFollower = new int[2 * contexts];
  }

  void restart() {
    Arrays.fill(counts, 0);
    cachedEnd = -1;
  }

  private int symbol(RoshamboBot bot, int t) {
    return switch (source) {
      case OPPONENT -> bot.opponentMove(t);
      case OWN -> bot.myMove(t);
      case JOINT -> 3 * bot.myMove(t) + bot.opponentMove(t);
    };
  }

  /**
   * The code of the {@code length} symbols before round {@code end}: the cached one, rolled forward by
   * one symbol when {@code end} is the next round (the usual update-then-forecast order), else read
   * from the history.
   */
  private int context(RoshamboBot bot, int end) {
    if (end == cachedEnd) {
      return cachedCode;
    }
    int code;
    if (end == cachedEnd + 1 && cachedEnd >= length) {
      code = (cachedCode * base + symbol(bot, end - 1)) % contexts;
    } else {
      code = 0;
      for (int t = end - length; t < end; t++) {
        code = code * base + symbol(bot, t);
      }
    }
    cachedEnd = end;
    cachedCode = code;
    return code;
  }

  /** Records round {@code rounds - 1} of {@code bot}'s match. */
  void update(RoshamboBot bot, int rounds) {
    int t = rounds - 1;
    if (t < length) {
      return;
    }
    int code = context(bot, t);
    int theirs = bot.opponentMove(t);
    int mine = bot.myMove(t);
    counts[6 * code + theirs]++;
    counts[6 * code + 3 + mine]++;
    lastFollower[2 * code] = theirs;
    lastFollower[2 * code + 1] = mine;
  }

  /** Forecast of the opponent's ({@code own} false) or own next throw after {@code rounds} rounds, or -1. */
  int forecast(RoshamboBot bot, int rounds, boolean own) {
    if (rounds < length) {
      return -1;
    }
    int code = context(bot, rounds);
    int offset = 6 * code + (own ? 3 : 0);
    int recent = lastFollower[2 * code + (own ? 1 : 0)];
    int best = -1;
    int bestCount = 0;
    for (int m = 0; m < 3; m++) {
      int c = counts[offset + m];
      if (c > bestCount || (c == bestCount && c > 0 && m == recent)) {
        best = m;
        bestCount = c;
      }
    }
    return best;
  }
}

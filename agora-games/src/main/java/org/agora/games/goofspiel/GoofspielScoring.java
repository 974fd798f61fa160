package org.agora.games.goofspiel;

import org.agora.core.Rational;
import org.agora.games.goofspiel.GoofspielGame.ReturnsType;

/** Turns final points into returns for each {@link ReturnsType}; see {@link GoofspielGame}. */
final class GoofspielScoring {

  private GoofspielScoring() {}

  /** Player's return as a double (no allocation). */
  static double returnOf(ReturnsType type, int[] points, int player) {
    int players = points.length;
    return switch (type) {
      case TOTAL_POINTS -> points[player];
      case POINT_DIFFERENCE -> points[player] - (double) othersTotal(points, player) / (players - 1);
      case WIN_LOSS -> {
        int best = best(points);
        int winners = countOf(points, best);
        if (winners == players) {
          yield 0.0;
        }
        yield points[player] == best ? 1.0 / winners : -1.0 / (players - winners);
      }
    };
  }

  /** Player's return as an exact rational. */
  static Rational exactReturnOf(ReturnsType type, int[] points, int player) {
    int players = points.length;
    return switch (type) {
      case TOTAL_POINTS -> Rational.of(points[player]);
      case POINT_DIFFERENCE -> Rational.of((long) points[player] * (players - 1) - othersTotal(points, player),
          players - 1);
      case WIN_LOSS -> {
        int best = best(points);
        int winners = countOf(points, best);
        if (winners == players) {
          yield Rational.ZERO;
        }
        yield points[player] == best ? Rational.of(1, winners) : Rational.of(-1, players - winners);
      }
    };
  }

  private static int othersTotal(int[] points, int player) {
    int total = 0;
    for (int p = 0; p < points.length; p++) {
      total += p == player ? 0 : points[p];
    }
    return total;
  }

  private static int best(int[] points) {
    int best = Integer.MIN_VALUE;
    for (int value : points) {
      best = Math.max(best, value);
    }
    return best;
  }

  private static int countOf(int[] points, int value) {
    int count = 0;
    for (int p : points) {
      count += p == value ? 1 : 0;
    }
    return count;
  }
}

package org.agora.agents.rrps;

/**
 * Iocaine Powder's meta-strategy (Dan Egnor, 1999) over a set of predictors: each predictor's
 * forecast of the opponent's next throw {@code p} and of one's own next throw {@code q} is expanded
 * into six strategies, the "Sicilian reasoning" levels: P.0 beats {@code p}, P.1 beats what beats
 * P.0, P.2 beats what beats P.1; P'.0 assumes the opponent predicts us with the same predictor and
 * beats their answer to {@code q}, with P'.1 and P'.2 its rotations. Every strategy is scored by how
 * its proposals would have fared (+1 win, 0 tie, -1 loss) over several horizons: sliding windows of
 * given lengths or exponentially decaying sums. Per horizon, a selector proposes the move of the
 * best-scoring strategy; the selectors are scored in turn (over the whole match) and the best one's
 * move is played, the meta-meta level. A strategy without a forecast proposes nothing and scores 0.
 *
 * <p>Flat arrays sized once; scoring a round costs strategies x horizons additions.
 */
final class SicilianEnsemble {

  /** Outcome of {@code mine} against {@code theirs}: +1, 0 or -1. */
  static int outcome(int mine, int theirs) {
    return OUTCOMES[3 * mine + theirs];
  }

  private static final byte[] OUTCOMES = {0, -1, 1, 1, 0, -1, -1, 1, 0};

  private final int strategies;
  private final int horizons;
  private final int[] windows;
  private final double[] decays;
  private final int capacity;
  private final int[] proposals;
  private final byte[] outcomes;
  private final double[] scores;
  private final int[] selected;
  private final double[] selectorScores;
  private int rounds;

  private SicilianEnsemble(int predictors, int[] windows, double[] decays) {
    this.strategies = 6 * predictors;
    this.windows = windows;
    this.decays = decays;
    this.horizons = windows != null ? windows.length : decays.length;
    int longest = 1;
    if (windows != null) {
      for (int w : windows) {
        longest = Math.max(longest, w);
      }
    }
    this.capacity = windows != null ? longest + 1 : 1;
    this.proposals = new int[strategies];
    this.outcomes = new byte[windows != null ? strategies * capacity : 0];
    this.scores = new double[strategies * horizons];
    this.selected = new int[horizons];
    this.selectorScores = new double[horizons];
  }

  /** Strategies scored over sliding windows of the given lengths (in rounds). */
  static SicilianEnsemble withWindows(int predictors, int... windows) {
    return new SicilianEnsemble(predictors, windows, null);
  }

  /** Strategies scored with exponentially decaying sums (decay 1 is the whole match). */
  static SicilianEnsemble withDecays(int predictors, double... decays) {
    return new SicilianEnsemble(predictors, null, decays);
  }

  void restart() {
    rounds = 0;
    java.util.Arrays.fill(scores, 0);
    java.util.Arrays.fill(selectorScores, 0);
    java.util.Arrays.fill(proposals, -1);
    java.util.Arrays.fill(selected, -1);
  }

  /** Scores the last round's proposals against the opponent's throw {@code theirs}. */
  void record(int theirs) {
    for (int h = 0; h < horizons; h++) {
      if (selected[h] >= 0) {
        selectorScores[h] += OUTCOMES[3 * selected[h] + theirs];
      }
    }
    int row = (rounds % capacity) * strategies;
    for (int s = 0; s < strategies; s++) {
      int p = proposals[s];
      byte o = p < 0 ? 0 : OUTCOMES[3 * p + theirs];
      if (windows != null) {
        outcomes[row + s] = o;
      } else {
        for (int h = 0; h < horizons; h++) {
          scores[h * strategies + s] = decays[h] * scores[h * strategies + s] + o;
        }
      }
    }
    if (windows != null) {
      for (int h = 0; h < horizons; h++) {
        int w = windows[h];
        int leaving = rounds >= w ? ((rounds - w) % capacity) * strategies : -1;
        int base = h * strategies;
        for (int s = 0; s < strategies; s++) {
          scores[base + s] += outcomes[row + s] - (leaving < 0 ? 0 : outcomes[leaving + s]);
        }
      }
    }
    rounds++;
  }

  /**
   * Sets the proposals from the forecasts ({@code -1} for none) of the opponent's and one's own next
   * throw per predictor, and returns the move of the best selector, or -1 when it has none.
   */
  int choose(int[] theirForecast, int[] ownForecast) {
    for (int k = 0; k < theirForecast.length; k++) {
      int p = theirForecast[k];
      int q = ownForecast[k];
      for (int v = 0; v < 3; v++) {
        proposals[6 * k + v] = p < 0 ? -1 : (p + 1 + v) % 3;
        proposals[6 * k + 3 + v] = q < 0 ? -1 : (q + 2 + v) % 3;
      }
    }
    int bestSelector = 0;
    for (int h = 0; h < horizons; h++) {
      int best = -1;
      double bestScore = Double.NEGATIVE_INFINITY;
      int base = h * strategies;
      for (int s = 0; s < strategies; s++) {
        double score = scores[base + s];
        if (proposals[s] >= 0 && score > bestScore) {
          bestScore = score;
          best = s;
        }
      }
      selected[h] = best < 0 ? -1 : proposals[best];
      if (selectorScores[h] > selectorScores[bestSelector]) {
        bestSelector = h;
      }
    }
    return selected[bestSelector];
  }
}

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
 * <p>Flat arrays sized once; scoring a round costs strategies x horizons additions, choosing as many
 * comparisons.
 */
final class SicilianEnsemble {

  /** Outcome of {@code mine} against {@code theirs}: +1, 0 or -1. */
  static int outcome(int mine, int theirs) {
    return OUTCOMES[3 * mine + theirs];
  }

  private static final byte[] OUTCOMES = {0, -1, 1, 1, 0, -1, -1, 1, 0};

  /** {@code (m + 1) % 3 ... (m + 2 + 2) % 3} by look-up for {@code m} in 0..6. */
  private static final int[] MOD3 = {0, 1, 2, 0, 1, 2, 0};

  private final int strategies;
  private final int horizons;
  private final int[] windows;
  private final double[] decays;
  private final int capacity;
  private final int[] proposals;
  /** The last round's outcome per strategy. */
  private final byte[] latest;
  /** Sliding windows: each round's outcome per strategy, a ring of {@code capacity} rounds. */
  private final byte[] outcomes;
  /** Sliding windows: the integer score per horizon and strategy, horizon-major. */
  private final int[] windowScores;
  /** Decays: the score per horizon and strategy, horizon-major. */
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
    this.latest = new byte[strategies];
    this.outcomes = new byte[windows != null ? strategies * capacity : 0];
    this.windowScores = new int[windows != null ? strategies * horizons : 0];
    this.scores = new double[windows != null ? 0 : strategies * horizons];
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
    java.util.Arrays.fill(windowScores, 0);
    java.util.Arrays.fill(selectorScores, 0);
    java.util.Arrays.fill(proposals, -1);
    java.util.Arrays.fill(selected, -1);
  }

  /**
   * Scores the last round's proposals against the opponent's throw {@code theirs}. Window scores are
   * sums of +1, 0 and -1 kept as integers (exactly what sums of them in doubles hold); decayed scores
   * are updated horizon by horizon as {@code decay * score + outcome}, the same arithmetic per score
   * in any order.
   */
  void record(int theirs) {
    for (int h = 0; h < horizons; h++) {
      if (selected[h] >= 0) {
        selectorScores[h] += OUTCOMES[3 * selected[h] + theirs];
      }
    }
    byte[] now = latest;
    for (int s = 0; s < strategies; s++) {
      int p = proposals[s];
      now[s] = p < 0 ? 0 : OUTCOMES[3 * p + theirs];
    }
    if (windows != null) {
      int row = (rounds % capacity) * strategies;
      System.arraycopy(now, 0, outcomes, row, strategies);
      for (int h = 0; h < horizons; h++) {
        int w = windows[h];
        int base = h * strategies;
        if (rounds >= w) {
          int leaving = ((rounds - w) % capacity) * strategies;
          for (int s = 0; s < strategies; s++) {
            windowScores[base + s] += now[s] - outcomes[leaving + s];
          }
        } else {
          for (int s = 0; s < strategies; s++) {
            windowScores[base + s] += now[s];
          }
        }
      }
    } else {
      for (int h = 0; h < horizons; h++) {
        double decay = decays[h];
        int base = h * strategies;
        for (int s = 0; s < strategies; s++) {
          scores[base + s] = decay * scores[base + s] + now[s];
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
    int[] moves = proposals;
    for (int k = 0; k < theirForecast.length; k++) {
      int p = theirForecast[k];
      int q = ownForecast[k];
      int at = 6 * k;
      if (p < 0) {
        moves[at] = -1;
        moves[at + 1] = -1;
        moves[at + 2] = -1;
      } else {
        moves[at] = MOD3[p + 1];
        moves[at + 1] = MOD3[p + 2];
        moves[at + 2] = MOD3[p + 3];
      }
      if (q < 0) {
        moves[at + 3] = -1;
        moves[at + 4] = -1;
        moves[at + 5] = -1;
      } else {
        moves[at + 3] = MOD3[q + 2];
        moves[at + 4] = MOD3[q + 3];
        moves[at + 5] = MOD3[q + 4];
      }
    }
    int bestSelector = 0;
    for (int h = 0; h < horizons; h++) {
      int best = windows != null ? bestOfWindow(h * strategies) : bestOfDecay(h * strategies);
      selected[h] = best < 0 ? -1 : moves[best];
      if (selectorScores[h] > selectorScores[bestSelector]) {
        bestSelector = h;
      }
    }
    return selected[bestSelector];
  }

  /** The first strategy with a proposal and the highest window score, or -1. */
  private int bestOfWindow(int base) {
    int best = -1;
    int bestScore = 0;
    for (int s = 0; s < strategies; s++) {
      int score = windowScores[base + s];
      if (proposals[s] >= 0 && (best < 0 || score > bestScore)) {
        bestScore = score;
        best = s;
      }
    }
    return best;
  }

  /** The first strategy with a proposal and the highest decayed score, or -1. */
  private int bestOfDecay(int base) {
    int best = -1;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int s = 0; s < strategies; s++) {
      double score = scores[base + s];
      if (proposals[s] >= 0 && score > bestScore) {
        bestScore = score;
        best = s;
      }
    }
    return best;
  }
}

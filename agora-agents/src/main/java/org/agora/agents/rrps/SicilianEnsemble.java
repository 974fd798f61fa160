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
 * <p>Flat arrays sized once. Decayed scores cost strategies x horizons multiply-adds a round. Window
 * scores are kept per predictor rather than per strategy: with {@code d = (theirs - p) mod 3} the
 * outcome of P.v is +1 when {@code d = v} and -1 when {@code d = v - 1}, so P.v's window score is
 * {@code count[v] - count[v - 1]} over the counts of {@code d} in the window (and P'.v's, with
 * {@code e = (theirs - q) mod 3}, is {@code count'[v + 1] - count'[v]}): the same integers as summing
 * the outcomes, from 2 x predictors counter updates a round and horizon instead of 6 x predictors.
 */
final class SicilianEnsemble {

  /** Outcome of {@code mine} against {@code theirs}: +1, 0 or -1. */
  static int outcome(int mine, int theirs) {
    return OUTCOMES[3 * mine + theirs];
  }

  private static final byte[] OUTCOMES = {0, -1, 1, 1, 0, -1, -1, 1, 0};

  /** {@code m % 3} by look-up for {@code m} in 0..6. */
  private static final int[] MOD3 = {0, 1, 2, 0, 1, 2, 0};
  /** {@code (theirs - forecast) mod 3} at {@code 3 * theirs + forecast}. */
  private static final byte[] DIFFERENCE = {0, 2, 1, 1, 0, 2, 2, 1, 0};
  /** The difference bucket of a round without a forecast. */
  private static final byte NONE = 3;

  private final int predictors;
  private final int strategies;
  private final int horizons;
  private final int[] windows;
  private final double[] decays;
  private final int capacity;
  /** The current forecasts of the opponent's and own next throw per predictor ({@code -1}: none). */
  private final int[] theirs;
  private final int[] own;
  /** Decays: the proposal per strategy and the last round's outcome per strategy. */
  private final int[] proposals;
  private final double[] latest;
  /** Decays: the score per horizon and strategy, horizon-major. */
  private final double[] scores;
  /** Windows: per round (a ring of {@code capacity}) and predictor, the differences d and e. */
  private final byte[] differences;
  /** Windows: per horizon, predictor and side (d, e), the counts of the differences 0, 1, 2 and none. */
  private final int[] counts;
  private final int[] selected;
  private final double[] selectorScores;
  private int rounds;

  private SicilianEnsemble(int predictors, int[] windows, double[] decays) {
    this.predictors = predictors;
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
    this.theirs = new int[predictors];
    this.own = new int[predictors];
    this.proposals = new int[windows != null ? 0 : strategies];
    this.latest = new double[windows != null ? 0 : strategies];
    this.scores = new double[windows != null ? 0 : strategies * horizons];
    this.differences = new byte[windows != null ? 2 * predictors * capacity : 0];
    this.counts = new int[windows != null ? horizons * 2 * predictors * 4 : 0];
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
    java.util.Arrays.fill(counts, 0);
    java.util.Arrays.fill(selectorScores, 0);
    java.util.Arrays.fill(proposals, -1);
    java.util.Arrays.fill(theirs, -1);
    java.util.Arrays.fill(own, -1);
    java.util.Arrays.fill(selected, -1);
  }

  /** Scores the last round's proposals against the opponent's throw {@code theirs}. */
  void record(int opponent) {
    for (int h = 0; h < horizons; h++) {
      if (selected[h] >= 0) {
        selectorScores[h] += OUTCOMES[3 * selected[h] + opponent];
      }
    }
    if (windows != null) {
      recordWindows(opponent);
    } else {
      recordDecays(opponent);
    }
    rounds++;
  }

  private void recordWindows(int opponent) {
    int sides = 2 * predictors;
    int row = (rounds % capacity) * sides;
    byte[] d = differences;
    for (int k = 0; k < predictors; k++) {
      int p = theirs[k];
      int q = own[k];
      d[row + 2 * k] = p < 0 ? NONE : DIFFERENCE[3 * opponent + p];
      d[row + 2 * k + 1] = q < 0 ? NONE : DIFFERENCE[3 * opponent + q];
    }
    for (int h = 0; h < horizons; h++) {
      int w = windows[h];
      int base = h * sides * 4;
      for (int j = 0; j < sides; j++) {
        counts[base + 4 * j + d[row + j]]++;
      }
      if (rounds >= w) {
        int leaving = ((rounds - w) % capacity) * sides;
        for (int j = 0; j < sides; j++) {
          counts[base + 4 * j + d[leaving + j]]--;
        }
      }
    }
  }

  /**
   * {@code decay * score + outcome} per horizon and strategy, the same arithmetic in any order (the
   * outcomes as doubles, so that the loop over strategies is a plain multiply-add over two arrays).
   */
  private void recordDecays(int opponent) {
    double[] now = latest;
    for (int s = 0; s < strategies; s++) {
      int p = proposals[s];
      now[s] = p < 0 ? 0 : OUTCOMES[3 * p + opponent];
    }
    for (int h = 0; h < horizons; h++) {
      double decay = decays[h];
      int base = h * strategies;
      for (int s = 0; s < strategies; s++) {
        scores[base + s] = decay * scores[base + s] + now[s];
      }
    }
  }

  /**
   * Sets the proposals from the forecasts ({@code -1} for none) of the opponent's and one's own next
   * throw per predictor, and returns the move of the best selector, or -1 when it has none.
   */
  int choose(int[] theirForecast, int[] ownForecast) {
    System.arraycopy(theirForecast, 0, theirs, 0, predictors);
    System.arraycopy(ownForecast, 0, own, 0, predictors);
    if (windows == null) {
      setProposals();
    }
    int bestSelector = 0;
    for (int h = 0; h < horizons; h++) {
      selected[h] = windows != null ? bestOfWindow(h) : bestOfDecay(h * strategies);
      if (selectorScores[h] > selectorScores[bestSelector]) {
        bestSelector = h;
      }
    }
    return selected[bestSelector];
  }

  private void setProposals() {
    int[] moves = proposals;
    for (int k = 0; k < predictors; k++) {
      int p = theirs[k];
      int q = own[k];
      int at = 6 * k;
      for (int v = 0; v < 3; v++) {
        moves[at + v] = p < 0 ? -1 : MOD3[p + 1 + v];
        moves[at + 3 + v] = q < 0 ? -1 : MOD3[q + 2 + v];
      }
    }
  }

  /**
   * The move of the first strategy (in strategy order) with a proposal and the highest window score
   * in horizon {@code h}, or -1.
   */
  private int bestOfWindow(int h) {
    int base = h * 2 * predictors * 4;
    int move = -1;
    int bestScore = Integer.MIN_VALUE;
    for (int k = 0; k < predictors; k++) {
      int p = theirs[k];
      if (p >= 0) {
        int at = base + 8 * k;
        int c0 = counts[at];
        int c1 = counts[at + 1];
        int c2 = counts[at + 2];
        int s = c0 - c2;
        if (s > bestScore) {
          bestScore = s;
          move = MOD3[p + 1];
        }
        s = c1 - c0;
        if (s > bestScore) {
          bestScore = s;
          move = MOD3[p + 2];
        }
        s = c2 - c1;
        if (s > bestScore) {
          bestScore = s;
          move = MOD3[p + 3];
        }
      }
      int q = own[k];
      if (q >= 0) {
        int at = base + 8 * k + 4;
        int c0 = counts[at];
        int c1 = counts[at + 1];
        int c2 = counts[at + 2];
        int s = c1 - c0;
        if (s > bestScore) {
          bestScore = s;
          move = MOD3[q + 2];
        }
        s = c2 - c1;
        if (s > bestScore) {
          bestScore = s;
          move = MOD3[q + 3];
        }
        s = c0 - c2;
        if (s > bestScore) {
          bestScore = s;
          move = MOD3[q + 4];
        }
      }
    }
    return move;
  }

  /**
   * The move of the first strategy with a proposal and the highest decayed score, or -1; a forecast
   * gives its three strategies a proposal or none together, so the check is made per three.
   */
  private int bestOfDecay(int base) {
    int best = -1;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int s = 0; s < strategies; s += 3) {
      if (proposals[s] >= 0) {
        for (int v = s; v < s + 3; v++) {
          double score = scores[base + v];
          if (score > bestScore) {
            bestScore = score;
            best = v;
          }
        }
      }
    }
    return best < 0 ? -1 : proposals[best];
  }
}

package org.agora.cli.markets;

import java.util.Arrays;
import org.agora.cli.output.ProgressBar;
import org.agora.markets.auction.SingleItemFormat;
import org.agora.markets.auction.ValueTrace;
import org.agora.markets.pacing.Campaign;
import org.agora.markets.pacing.ShadedBidder;
import org.agora.markets.pacing.TraceReplay;

/**
 * The best fixed multiplier in hindsight on a recorded market: the multiplier {@code m} that, bid as
 * {@code m x value} in every auction of the trace (capped by the remaining budget, exactly as
 * {@link TraceReplay} replays a {@link ShadedBidder}), wins the most value. The trace fixes the competition,
 * so the set of auctions a bid of {@code m x value} would win changes only at the breakpoints
 * {@code m_k = competing_k / value_k}; between two breakpoints a second-price bidder's outcome is constant and
 * a first-price bidder pays more for the same auctions as {@code m} grows (so exhausts its budget no later
 * at the left end). Hence the supremum over all {@code m >= 0} is attained just above a breakpoint, and this
 * class evaluates {@code m_k (1 + 1e-9)} for every breakpoint (exact up to that nudge, as ties are lost) when
 * there are at most {@value #EXACT_LIMIT}. Otherwise it evaluates {@value #COARSE} breakpoints evenly spaced in
 * sorted order (their quantiles), then the breakpoints between the two quantiles next to the best one (all of
 * them, or {@value #COARSE} quantiles of them when more): the value is then a lower bound on the best (the
 * value is, in practice, unimodal in {@code m}: it rises until the budget binds and falls as the budget goes to
 * worse auctions earlier, so the bracket usually holds the optimum). Each candidate costs one replay,
 * {@code O(n)}; a 500,000-auction trace takes {@code 2 x }{@value #COARSE} replays.
 */
public final class TraceHindsight {

  /** Breakpoints evaluated at most; above it, that many quantiles of them. */
  public static final int EXACT_LIMIT = 4096;

  /** Quantiles evaluated in each of the two rounds of the scan of a larger trace. */
  public static final int COARSE = 512;

  private static final double NUDGE = 1e-9;

  /**
   * The best multiplier and what it wins.
   *
   * @param multiplier the best fixed multiplier (0 when no multiplier wins anything)
   * @param value the value it wins
   * @param spend what it pays
   * @param wins the auctions it wins
   * @param candidates the multipliers evaluated
   * @param exact whether every breakpoint was evaluated
   */
  public record Best(double multiplier, double value, double spend, long wins, int candidates, boolean exact) {}

  private TraceHindsight() {}

  /** The best fixed multiplier on {@code trace} for a bidder with {@code budget}. */
  public static Best best(ValueTrace trace, double budget, SingleItemFormat format) {
    return best(trace, budget, format, null);
  }

  /**
   * As {@link #best(ValueTrace, double, SingleItemFormat)}, advancing {@code progress} (may be null; total set
   * by the caller to {@link #replays(ValueTrace)}) by one per replay.
   */
  public static Best best(ValueTrace trace, double budget, SingleItemFormat format, ProgressBar progress) {
    return best(trace, budget, format, progress, EXACT_LIMIT);
  }

  /** As above, scanning every breakpoint when there are at most {@code exactLimit} (tests compare the two). */
  static Best best(ValueTrace trace, double budget, SingleItemFormat format, ProgressBar progress, int exactLimit) {
    int n = trace.size();
    double[] breakpoints = new double[n];
    int count = 0;
    for (int k = 0; k < n; k++) {
      if (trace.value(k) > 0) {
        breakpoints[count++] = trace.competing(k) / trace.value(k);
      }
    }
    breakpoints = Arrays.copyOf(breakpoints, count);
    Arrays.sort(breakpoints);
    int distinct = 0;
    for (int k = 0; k < count; k++) {
      if (distinct == 0 || breakpoints[k] != breakpoints[distinct - 1]) {
        breakpoints[distinct++] = breakpoints[k];
      }
    }
    Campaign campaign = Campaign.even(budget, Double.NaN, 1);
    if (distinct <= exactLimit) {
      return scan(trace, campaign, format, breakpoints, 0, distinct, distinct, true, progress);
    }
    Best coarse = scan(trace, campaign, format, breakpoints, 0, distinct, COARSE, false, progress);
    int at = java.util.Arrays.binarySearch(breakpoints, 0, distinct, coarse.multiplier() == 0 ? breakpoints[0]
        : largestBreakpointBelow(breakpoints, distinct, coarse.multiplier()));
    int step = (distinct - 1) / (COARSE - 1) + 1;
    int from = Math.max(0, at - step);
    int to = Math.min(distinct, at + step + 1);
    Best fine = scan(trace, campaign, format, breakpoints, from, to, Math.min(COARSE, to - from), false, progress);
    Best best = fine.value() > coarse.value() ? fine : coarse;
    return new Best(best.multiplier(), best.value(), best.spend(), best.wins(), coarse.candidates() + fine.candidates(),
        false);
  }

  /** The replays {@link #best} makes on {@code trace}, at most. */
  public static int replays(ValueTrace trace) {
    return Math.min(trace.size(), trace.size() <= EXACT_LIMIT ? EXACT_LIMIT : 2 * COARSE);
  }

  private static double largestBreakpointBelow(double[] breakpoints, int distinct, double multiplier) {
    int low = 0;
    int high = distinct - 1;
    while (low < high) {
      int middle = (low + high + 1) >>> 1;
      if (breakpoints[middle] < multiplier) {
        low = middle;
      } else {
        high = middle - 1;
      }
    }
    return breakpoints[low];
  }

  /** Evaluates {@code count} breakpoints evenly spaced among those in [from, to). */
  private static Best scan(ValueTrace trace, Campaign campaign, SingleItemFormat format, double[] breakpoints,
      int from, int to, int count, boolean exact, ProgressBar progress) {
    Best best = new Best(0, 0, 0, 0, count, exact);
    for (int c = 0; c < count; c++) {
      int at = count == to - from ? from + c : from + (int) ((long) c * (to - from - 1) / Math.max(1, count - 1));
      double multiplier = breakpoints[at] * (1 + NUDGE) + Double.MIN_NORMAL;
      TraceReplay.Result result = TraceReplay.replay(trace, new ShadedBidder(multiplier), campaign, format, 0, 0);
      if (result.value() > best.value()) {
        best = new Best(multiplier, result.value(), result.spend(), result.wins(), count, exact);
      }
      if (progress != null) {
        progress.advance(1);
        progress.refresh();
      }
    }
    return best;
  }
}

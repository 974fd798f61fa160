package org.agora.cli.markets;

import java.util.Arrays;
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
 * there are at most {@value #EXACT_LIMIT}, and otherwise for {@value #EXACT_LIMIT} breakpoints evenly spaced in
 * sorted order (their quantiles), which is then a lower bound on the best value. Each candidate costs one
 * replay, {@code O(n)}.
 */
public final class TraceHindsight {

  /** Breakpoints evaluated at most; above it, that many quantiles of them. */
  public static final int EXACT_LIMIT = 4096;

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
    boolean exact = distinct <= EXACT_LIMIT;
    int candidates = exact ? distinct : EXACT_LIMIT;
    Campaign campaign = Campaign.even(budget, Double.NaN, 1);
    Best best = new Best(0, 0, 0, 0, candidates, exact);
    for (int c = 0; c < candidates; c++) {
      int at = exact ? c : (int) ((long) c * (distinct - 1) / (EXACT_LIMIT - 1));
      double multiplier = breakpoints[at] * (1 + NUDGE) + Double.MIN_NORMAL;
      TraceReplay.Result result = TraceReplay.replay(trace, new ShadedBidder(multiplier), campaign, format, 0, 0);
      if (result.value() > best.value()) {
        best = new Best(multiplier, result.value(), result.spend(), result.wins(), candidates, exact);
      }
    }
    return best;
  }
}

package org.agora.markets.pacing;

import java.util.Objects;
import java.util.SplittableRandom;
import org.agora.markets.auction.SingleItemFormat;
import org.agora.markets.auction.ValueTrace;

/**
 * Runs one {@link BiddingAgent} through a recorded market ({@link ValueTrace}): the trace's auctions, in
 * order, are split evenly into the campaign's decision steps; in each the agent bids
 * {@code multiplier x value} (capped at its remaining budget; a bid of 0 is no bid) when it takes part,
 * and wins when its bid exceeds the recorded highest competing bid (and reaches the reserve; ties are
 * lost). It pays the larger of that bid and the reserve in second price, its bid in first price.
 * Conversions are not recorded in a trace: outcomes report 0.
 */
public final class TraceReplay {

  private TraceReplay() {}

  /**
   * The outcome of a replay.
   *
   * @param spend what the agent paid
   * @param value the value it won
   * @param wins auctions won
   * @param multiplier the multiplier of each step
   * @param cumulativeSpend the cumulative spend at the end of each step
   */
  public record Result(double spend, double value, long wins, double[] multiplier, double[] cumulativeSpend) {
    public Result {
      multiplier = multiplier.clone();
      cumulativeSpend = cumulativeSpend.clone();
    }

    @Override
    public double[] multiplier() {
      return multiplier.clone();
    }

    @Override
    public double[] cumulativeSpend() {
      return cumulativeSpend.clone();
    }
  }

  /**
   * Replays {@code trace}.
   *
   * @param format {@link SingleItemFormat#FIRST_PRICE} or {@link SingleItemFormat#SECOND_PRICE}
   * @throws IllegalArgumentException for all-pay, a bad reserve, or fewer auctions than steps
   */
  public static Result replay(ValueTrace trace, BiddingAgent agent, Campaign campaign, SingleItemFormat format,
      double reserve, long seed) {
    Objects.requireNonNull(agent, "agent");
    if (format == SingleItemFormat.ALL_PAY) {
      throw new IllegalArgumentException("a trace replay runs first- or second-price auctions, not all-pay");
    }
    if (!(reserve >= 0) || Double.isInfinite(reserve)) {
      throw new IllegalArgumentException("the reserve must be finite and >= 0, got " + reserve);
    }
    int steps = campaign.steps();
    int n = trace.size();
    if (n < steps) {
      throw new IllegalArgumentException("the trace has " + n + " auctions, fewer than the " + steps + " steps");
    }
    SplittableRandom random = new SplittableRandom(seed);
    agent.startPeriod(campaign, n, random.split());
    double remaining = campaign.budget();
    double spend = 0;
    double value = 0;
    long wins = 0;
    double[] multipliers = new double[steps];
    double[] cumulative = new double[steps];
    for (int step = 0; step < steps; step++) {
      int from = (int) ((long) step * n / steps);
      int to = (int) ((long) (step + 1) * n / steps);
      double m = agent.multiplier(step);
      double p = agent.participation(step);
      if (!(m >= 0) || Double.isInfinite(m) || !(p >= 0 && p <= 1)) {
        throw new IllegalStateException("the agent gave multiplier " + m + " and participation " + p + " in step "
            + step + "; multipliers must be finite and >= 0, participation in [0, 1]");
      }
      multipliers[step] = m;
      double stepSpend = 0;
      double stepValue = 0;
      int entered = 0;
      int stepWins = 0;
      for (int k = from; k < to; k++) {
        if (!(remaining > 0) || (p < 1 && !(random.nextDouble() < p))) {
          continue;
        }
        double bid = Math.min(m * trace.value(k), remaining);
        if (!(bid > 0) || bid < reserve) {
          continue;
        }
        entered++;
        double competing = trace.competing(k);
        if (bid > competing) {
          double price = Math.min(remaining,
              format == SingleItemFormat.FIRST_PRICE ? bid : Math.max(competing, reserve));
          remaining -= price;
          stepSpend += price;
          stepValue += trace.value(k);
          stepWins++;
        }
      }
      spend += stepSpend;
      value += stepValue;
      wins += stepWins;
      cumulative[step] = spend;
      agent.endStep(step, new StepOutcome(to - from, entered, stepWins, stepSpend, stepValue, 0, remaining));
    }
    return new Result(spend, value, wins, multipliers, cumulative);
  }
}

package org.agora.markets.pacing.multichannel;

/**
 * The advertiser's best per-channel budgets when that is her only lever, and the theorem that they
 * reach the global optimum: Deng, Golrezaei, Jaillet, Liang and Mirrokni, "Multi-channel Autobidding
 * with Budget and ROI Constraints", ICML 2023, show that optimising per-channel ROI targets alone can be
 * arbitrarily worse than the global problem ({@link GlobalMultiChannelLp}), while optimising per-channel
 * budgets alone attains it.
 *
 * <p>Why, and how this class computes them: the global LP has two constraints, so by Lagrangian duality
 * its optimum buys every auction whose ratio {@code v / d} exceeds one threshold (and part of at most one
 * at the threshold) — a prefix of all auctions in decreasing ratio. Within each channel that prefix is
 * exactly what the channel's conversion-maximising procurement ({@link ChannelProcurement}) buys with a
 * budget equal to the prefix's spend there. So the class walks the auctions of all channels in decreasing
 * ratio, taking each while the budget and the ROI constraint allow (the last one fractionally), sets each
 * channel's budget to what the walk spent there, and then lets each channel procure with its budget; the
 * conversions reported are the channels' own, not the walk's. {@code O(N log N)} for N auctions in all.
 */
public final class BudgetOnlyAllocation {

  private BudgetOnlyAllocation() {}

  /** The per-channel budgets and what the channels buy with them. */
  public static ChannelAllocation solve(MultiChannelProblem problem) {
    int channels = problem.channels();
    int total = 0;
    for (int j = 0; j < channels; j++) {
      total += problem.values()[j].length;
    }
    double[] ratio = new double[total];
    int[] channelOf = new int[total];
    double[] value = new double[total];
    double[] cost = new double[total];
    int count = 0;
    for (int j = 0; j < channels; j++) {
      double[] values = problem.values(j);
      double[] costs = problem.costs(j);
      for (int n = 0; n < values.length; n++) {
        if (values[n] > 0) {
          ratio[count] = costs[n] == 0 ? Double.POSITIVE_INFINITY : values[n] / costs[n];
          channelOf[count] = j;
          value[count] = values[n];
          cost[count] = costs[n];
          count++;
        }
      }
    }
    Integer[] order = new Integer[count]; // planning, not a hot path
    for (int k = 0; k < count; k++) {
      order[k] = k;
    }
    java.util.Arrays.sort(order, (a, b) -> Double.compare(ratio[b], ratio[a]));
    double[] budgets = new double[channels];
    double spent = 0;
    double bought = 0;
    double gamma = problem.targetRoi();
    for (int k = 0; k < count; k++) {
      int a = order[k];
      double fraction = 1;
      if (cost[a] > 0) {
        fraction = Math.min(fraction, (problem.budget() - spent) / cost[a]);
      }
      double roiSlack = value[a] - gamma * cost[a]; // change of conversions - gamma x spend per unit taken
      if (roiSlack < 0) {
        fraction = Math.min(fraction, (bought - gamma * spent) / -roiSlack);
      }
      if (fraction <= 0) {
        break;
      }
      spent += fraction * cost[a];
      bought += fraction * value[a];
      budgets[channelOf[a]] += fraction * cost[a];
      if (fraction < 1) {
        break;
      }
    }
    return evaluate(problem, budgets);
  }

  /** What the channels buy and spend with these per-channel budgets (each channel procuring on its own). */
  public static ChannelAllocation evaluate(MultiChannelProblem problem, double[] budgets) {
    int channels = problem.channels();
    if (budgets.length != channels) {
      throw new IllegalArgumentException("need one budget per channel (" + channels + "), got " + budgets.length);
    }
    double[] conversions = new double[channels];
    double[] spend = new double[channels];
    double totalConversions = 0;
    double totalSpend = 0;
    for (int j = 0; j < channels; j++) {
      ChannelProcurement channel = new ChannelProcurement(problem.values(j), problem.costs(j));
      conversions[j] = channel.conversions(budgets[j]);
      spend[j] = channel.spend(budgets[j]);
      totalConversions += conversions[j];
      totalSpend += spend[j];
    }
    return new ChannelAllocation(budgets, conversions, spend, totalConversions, totalSpend);
  }
}

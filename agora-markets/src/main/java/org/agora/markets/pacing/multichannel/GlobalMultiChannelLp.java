package org.agora.markets.pacing.multichannel;

import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The advertiser's global multi-channel problem as a linear program, the benchmark of Deng, Golrezaei,
 * Jaillet, Liang and Mirrokni, "Multi-channel Autobidding with Budget and ROI Constraints", ICML 2023:
 * choose a fraction {@code x_{jn}} in [0, 1] of every auction of every channel to
 * <pre>
 *   maximise   sum_{j,n} v_{jn} x_{jn}
 *   subject to sum_{j,n} d_{jn} x_{jn} &lt;= B                       (budget)
 *              sum_{j,n} (v_{jn} - gamma d_{jn}) x_{jn} &gt;= 0         (ROI: conversions &gt;= gamma x spend)
 * </pre>
 * It is the optimum of an advertiser who could pick auctions herself, which no channel lets her do.
 * Solved with ojAlgo's {@link ExpressionsBasedModel} (a pure-Java LP solver); one variable per auction.
 */
public final class GlobalMultiChannelLp {

  private GlobalMultiChannelLp() {}

  /**
   * Solves the global LP.
   *
   * @return the optimum, with each channel's spend as its budget
   * @throws IllegalStateException if the solver does not report an optimum
   */
  public static ChannelAllocation solve(MultiChannelProblem problem) {
    ExpressionsBasedModel model = new ExpressionsBasedModel();
    int channels = problem.channels();
    double[][] values = problem.values();
    double[][] costs = problem.costs();
    Variable[][] take = new Variable[channels][];
    Expression budget = model.addExpression("budget").upper(problem.budget());
    Expression roi = model.addExpression("roi").lower(0);
    for (int j = 0; j < channels; j++) {
      take[j] = new Variable[values[j].length];
      for (int n = 0; n < values[j].length; n++) {
        Variable x = model.addVariable("x_" + j + "_" + n).lower(0).upper(1).weight(values[j][n]);
        take[j][n] = x;
        budget.set(x, costs[j][n]);
        roi.set(x, values[j][n] - problem.targetRoi() * costs[j][n]);
      }
    }
    Optimisation.Result result = model.maximise();
    if (!result.getState().isOptimal()) {
      throw new IllegalStateException("the LP solver stopped without an optimum: " + result.getState());
    }
    double[] channelConversions = new double[channels];
    double[] channelSpend = new double[channels];
    double conversions = 0;
    double spend = 0;
    for (int j = 0; j < channels; j++) {
      for (int n = 0; n < values[j].length; n++) {
        double x = Math.min(1, Math.max(0, take[j][n].getValue().doubleValue()));
        channelConversions[j] += values[j][n] * x;
        channelSpend[j] += costs[j][n] * x;
      }
      conversions += channelConversions[j];
      spend += channelSpend[j];
    }
    return new ChannelAllocation(channelSpend, channelConversions, channelSpend, conversions, spend);
  }
}

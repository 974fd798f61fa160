package org.agora.cli.markets;

import java.util.List;
import java.util.SplittableRandom;
import org.agora.cli.output.ProgressBar;
import org.agora.markets.auction.ValueDistribution;
import org.agora.markets.pacing.multichannel.BudgetOnlyAllocation;
import org.agora.markets.pacing.multichannel.ChannelAllocation;
import org.agora.markets.pacing.multichannel.ChannelProcurement;
import org.agora.markets.pacing.multichannel.GlobalMultiChannelLp;
import org.agora.markets.pacing.multichannel.MultiChannelProblem;
import org.agora.markets.pacing.multichannel.SgdUcbBudgetAllocator;
import org.agora.markets.pacing.multichannel.StochasticChannels;

/**
 * The experiment of {@code agora simulate channels}: SGD-UCB ({@link SgdUcbBudgetAllocator}) sets per-channel
 * budgets for {@code T} periods of a {@link StochasticChannels} market under bandit feedback, against the
 * optimum of the expected instance.
 *
 * <p><b>Benchmark.</b> The expected instance is approximated by {@code samples} periods drawn with a separate
 * seed and pooled into one {@link MultiChannelProblem} with budget {@code samples x rho}; its optimum, divided by
 * {@code samples}, is the per-period optimum. It is computed with {@link BudgetOnlyAllocation}, which by the
 * theorem of Deng et al. (ICML 2023) equals the global LP ({@link GlobalMultiChannelLp}; the library's tests
 * check the equality on random instances), in {@code O(N log N)} rather than an LP with one variable per pooled
 * auction. It is a fluid benchmark: it may move budget between periods and use any budgets, not the learner's
 * grid, so the learner's regret against it tends to the gap to the best grid budgets rather than to 0.
 *
 * <p><b>Measures.</b> After {@code t} periods: the average conversions per period, the average regret per
 * period {@code optimum - (sum of conversions) / t} and the ROI violation per period
 * {@code max(0, gamma x spend - conversions) / t} on the running totals; the regret against the best budgets on
 * the learner's grid ({@link Grid}), its own comparator, which should fall towards 0 with T.
 */
public final class ChannelsExperiment {

  /** Points of the regret curve kept at most (evenly spaced periods). */
  public static final int CURVE_POINTS = 500;

  /**
   * The setting.
   *
   * @param auctions auctions per period on each channel
   * @param values each channel's conversion distribution
   * @param prices each channel's price distribution
   * @param valueText the value distributions as given, for reports
   * @param priceText the price distributions as given, for reports
   * @param budget the per-period budget rho
   * @param roi the ROI target gamma
   * @param levels the learner's budget grid K
   * @param noise the learner's noise scale
   * @param periods T
   * @param samples periods pooled into the expected instance
   * @param seed the seed
   */
  public record Setting(int[] auctions, ValueDistribution[] values, ValueDistribution[] prices,
      List<String> valueText, List<String> priceText, double budget, double roi, int levels, double noise,
      int periods, int samples, long seed) {

    /** The number of channels. */
    public int channels() {
      return auctions.length;
    }
  }

  /**
   * The outcome.
   *
   * @param optimum the per-period optimum of the expected instance
   * @param optimumSpend its per-period spend
   * @param optimumBudgets its per-period budget on each channel
   * @param conversions SGD-UCB's average conversions per period
   * @param spend SGD-UCB's average spend per period
   * @param meanBudgets SGD-UCB's average budget on each channel
   * @param channelConversions SGD-UCB's average conversions per period on each channel
   * @param regret the average regret per period after T periods
   * @param roiViolation the ROI violation per period after T periods
   * @param dual the learner's final ROI dual
   * @param curvePeriods the periods t of the curve
   * @param curveRegret the average regret per period after t periods
   */
  public record Outcome(double optimum, double optimumSpend, double[] optimumBudgets, double conversions,
      double spend, double[] meanBudgets, double[] channelConversions, double regret, double roiViolation,
      double dual, double[] curvePeriods, double[] curveRegret, Grid grid) {}

  /**
   * The best budgets on the learner's grid for the expected instance, SGD-UCB's own comparator. A single
   * level vector ({@code k_j} with {@code sum k_j <= K}) maximising the expected conversions subject to the
   * expected ROI constraint is found by enumeration over the {@code C(K + C, C)} vectors (skipped above
   * {@value #GRID_LIMIT} of them: its fields are then NaN). A learner that meets the ROI constraint only on
   * average over periods may mix vectors, which can beat every single one; the best mixture's value is the LP
   * over the vectors' convex hull, computed through its Lagrangian dual
   * {@code min_{lambda >= 0} max_k sum_j (1 + lambda) V_j(k_j) - lambda gamma S_j(k_j)} (the inner maximum a
   * dynamic program over channels, {@code O(C K^2)}; the outer a golden-section search, the dual being convex).
   *
   * @param conversions the best single vector's expected conversions per period
   * @param spend its expected spend per period
   * @param budgets its budget on each channel
   * @param mixture the best mixture's expected conversions per period
   * @param regret SGD-UCB's average regret per period against the best mixture
   */
  public record Grid(double conversions, double spend, double[] budgets, double mixture, double regret) {}

  /** Level vectors enumerated at most for the grid optimum. */
  public static final long GRID_LIMIT = 2_000_000;

  private ChannelsExperiment() {}

  /** The per-period optimum of the expected instance (see the class comment). */
  public static ChannelAllocation expectedOptimum(Setting setting) {
    return expectedOptimum(setting, sample(setting));
  }

  private static double[][][] sample(Setting setting) {
    int channels = setting.channels();
    SplittableRandom random = new SplittableRandom(setting.seed()).split(); // not the learner's draws
    double[][] values = new double[channels][];
    double[][] costs = new double[channels][];
    for (int j = 0; j < channels; j++) {
      int n = setting.auctions()[j] * setting.samples();
      values[j] = new double[n];
      costs[j] = new double[n];
    }
    for (int s = 0; s < setting.samples(); s++) {
      for (int j = 0; j < channels; j++) {
        int base = s * setting.auctions()[j];
        for (int n = 0; n < setting.auctions()[j]; n++) {
          values[j][base + n] = setting.values()[j].sample(random);
          costs[j][base + n] = setting.prices()[j].sample(random);
        }
      }
    }
    return new double[][][] {values, costs};
  }

  private static ChannelAllocation expectedOptimum(Setting setting, double[][][] sample) {
    int channels = setting.channels();
    double[][] values = sample[0];
    double[][] costs = sample[1];
    ChannelAllocation pooled = BudgetOnlyAllocation.solve(
        new MultiChannelProblem(values, costs, setting.budget() * setting.samples(), setting.roi()));
    double[] budgets = pooled.channelBudgets();
    double[] conversions = pooled.channelConversions();
    double[] spend = pooled.channelSpend();
    for (int j = 0; j < channels; j++) {
      budgets[j] /= setting.samples();
      conversions[j] /= setting.samples();
      spend[j] /= setting.samples();
    }
    return new ChannelAllocation(budgets, conversions, spend, pooled.conversions() / setting.samples(),
        pooled.spend() / setting.samples());
  }

  /** Runs the experiment; {@code progress} (may be null) advances once per period. */
  public static Outcome run(Setting setting, ProgressBar progress) {
    double[][][] sample = sample(setting);
    ChannelAllocation optimum = expectedOptimum(setting, sample);
    double[][][] levelMeans = levelMeans(setting, sample);
    int channels = setting.channels();
    int horizon = setting.periods();
    StochasticChannels market = new StochasticChannels(setting.auctions(), setting.values(), setting.prices());
    SgdUcbBudgetAllocator learner = new SgdUcbBudgetAllocator(channels, setting.levels(), setting.budget(),
        setting.roi(), setting.noise(), horizon);
    SplittableRandom random = new SplittableRandom(setting.seed());
    double[] budgets = new double[channels];
    double[] conversions = new double[channels];
    double[] spend = new double[channels];
    double[] budgetSum = new double[channels];
    double[] channelSum = new double[channels];
    int points = Math.min(CURVE_POINTS, horizon);
    double[] curvePeriods = new double[points];
    double[] curveRegret = new double[points];
    int nextPoint = 0;
    double totalConversions = 0;
    double totalSpend = 0;
    for (int t = 1; t <= horizon; t++) {
      learner.chooseBudgets(budgets);
      market.period(budgets, conversions, spend, random);
      learner.observe(conversions, spend);
      for (int j = 0; j < channels; j++) {
        budgetSum[j] += budgets[j];
        channelSum[j] += conversions[j];
        totalConversions += conversions[j];
        totalSpend += spend[j];
      }
      if (nextPoint < points && t == (int) ((long) (nextPoint + 1) * horizon / points)) {
        curvePeriods[nextPoint] = t;
        curveRegret[nextPoint] = optimum.conversions() - totalConversions / t;
        nextPoint++;
      }
      if (progress != null) {
        progress.advance(1);
        progress.refresh();
      }
    }
    for (int j = 0; j < channels; j++) {
      budgetSum[j] /= horizon;
      channelSum[j] /= horizon;
    }
    double average = totalConversions / horizon;
    return new Outcome(optimum.conversions(), optimum.spend(), optimum.channelBudgets(), average,
        totalSpend / horizon, budgetSum, channelSum, optimum.conversions() - average,
        Math.max(0, setting.roi() * totalSpend - totalConversions) / horizon, learner.dual(), curvePeriods,
        curveRegret, grid(setting, levelMeans, average));
  }

  /** Mean conversions [0][j][k] and spend [1][j][k] per period of grid level k on channel j, over the sample. */
  private static double[][][] levelMeans(Setting setting, double[][][] sample) {
    int channels = setting.channels();
    int levels = setting.levels();
    double[][][] mean = new double[2][channels][levels + 1];
    ChannelProcurement procurement = new ChannelProcurement();
    for (int j = 0; j < channels; j++) {
      int n = setting.auctions()[j];
      double[] values = new double[n];
      double[] costs = new double[n];
      for (int s = 0; s < setting.samples(); s++) {
        System.arraycopy(sample[0][j], s * n, values, 0, n);
        System.arraycopy(sample[1][j], s * n, costs, 0, n);
        procurement.load(values, costs, n);
        for (int k = 0; k <= levels; k++) {
          double budget = setting.budget() * k / levels;
          mean[0][j][k] += procurement.conversions(budget) / setting.samples();
          mean[1][j][k] += procurement.spend(budget) / setting.samples();
        }
      }
    }
    return mean;
  }

  private static Grid grid(Setting setting, double[][][] mean, double average) {
    int channels = setting.channels();
    double vectors = 1; // C(K + C, C)
    for (int i = 1; i <= channels; i++) {
      vectors = vectors * (setting.levels() + i) / i;
    }
    double mixture = mixture(setting, mean);
    if (vectors > GRID_LIMIT) {
      double[] none = new double[channels];
      java.util.Arrays.fill(none, Double.NaN);
      return new Grid(Double.NaN, Double.NaN, none, mixture, mixture - average);
    }
    int[] levels = new int[channels];
    int[] best = new int[channels];
    double[] top = {Double.NEGATIVE_INFINITY, 0};
    enumerate(mean, setting.roi(), 0, setting.levels(), 0, 0, levels, best, top);
    double[] budgets = new double[channels];
    for (int j = 0; j < channels; j++) {
      budgets[j] = setting.budget() * best[j] / setting.levels();
    }
    return new Grid(top[0], top[1], budgets, mixture, mixture - average);
  }

  /** The best mixture of level vectors: the minimum over lambda of the Lagrangian dual (see {@link Grid}). */
  private static double mixture(Setting setting, double[][][] mean) {
    double low = 0;
    double high = 1;
    while (high < 1e6 && dual(setting, mean, high) < dual(setting, mean, high / 2)) {
      high *= 2;
    }
    double ratio = (Math.sqrt(5) - 1) / 2;
    double a = high - ratio * (high - low);
    double b = low + ratio * (high - low);
    double fa = dual(setting, mean, a);
    double fb = dual(setting, mean, b);
    for (int iteration = 0; iteration < 200; iteration++) {
      if (fa <= fb) {
        high = b;
        b = a;
        fb = fa;
        a = high - ratio * (high - low);
        fa = dual(setting, mean, a);
      } else {
        low = a;
        a = b;
        fa = fb;
        b = low + ratio * (high - low);
        fb = dual(setting, mean, b);
      }
    }
    return Math.min(Math.min(fa, fb), dual(setting, mean, 0));
  }

  /** {@code max over level vectors of sum_j (1 + lambda) V_j(k_j) - lambda gamma S_j(k_j)}, by DP over channels. */
  private static double dual(Setting setting, double[][][] mean, double lambda) {
    int levels = setting.levels();
    double[] best = new double[levels + 1];
    double[] next = new double[levels + 1];
    for (int j = 0; j < setting.channels(); j++) {
      for (int u = 0; u <= levels; u++) {
        double top = Double.NEGATIVE_INFINITY;
        for (int k = 0; k <= u; k++) {
          top = Math.max(top, best[u - k] + (1 + lambda) * mean[0][j][k] - lambda * setting.roi() * mean[1][j][k]);
        }
        next[u] = top;
      }
      System.arraycopy(next, 0, best, 0, levels + 1);
    }
    return best[levels];
  }

  /** Depth-first over channel levels; top holds {best conversions, its spend}. Level 0 everywhere is feasible. */
  private static void enumerate(double[][][] mean, double roi, int channel, int unitsLeft, double conversions,
      double spend, int[] levels, int[] best, double[] top) {
    if (channel == levels.length) {
      if (conversions >= roi * spend - 1e-12 && conversions > top[0]) {
        top[0] = conversions;
        top[1] = spend;
        System.arraycopy(levels, 0, best, 0, levels.length);
      }
      return;
    }
    for (int k = 0; k <= unitsLeft; k++) {
      levels[channel] = k;
      enumerate(mean, roi, channel + 1, unitsLeft - k, conversions + mean[0][channel][k],
          spend + mean[1][channel][k], levels, best, top);
    }
  }
}

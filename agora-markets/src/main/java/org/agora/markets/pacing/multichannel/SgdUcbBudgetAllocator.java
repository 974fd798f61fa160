package org.agora.markets.pacing.multichannel;

import java.util.List;
import org.agora.core.GameParameters;
import org.agora.core.GameSpec;
import org.agora.core.GameSpecException;
import org.agora.core.ParameterSpec;

/**
 * SGD-UCB: learns per-channel budgets under bandit feedback, after Deng, Golrezaei, Jaillet, Liang and
 * Mirrokni, "Multi-channel Autobidding with Budget and ROI Constraints", ICML 2023.
 *
 * <p><b>Setting.</b> In each of {@code T} periods the advertiser sets a budget on each of {@code C}
 * channels; each channel then procures its (random, unseen) auctions and reports only the conversions it
 * bought and what it spent (bandit feedback: nothing about budgets not tried). The advertiser wants the
 * most conversions subject to a per-period budget {@code rho} and the ROI constraint
 * (conversions &gt;= {@code gamma} x spend) on average over the periods. By the paper's budget-only theorem
 * ({@link BudgetOnlyAllocation}) per-channel budgets suffice for the global optimum, so the learner searches
 * over them.
 *
 * <p><b>Algorithm</b> (our reading of the paper's SGD-UCB: optimistic per-channel estimates combined
 * through a stochastic-gradient dual for the ROI constraint). Budgets come from a grid of {@code K + 1} levels {@code k rho / K} per channel. The
 * ROI constraint is relaxed with a dual variable {@code lambda >= 0}; in period {@code t} each channel's
 * level {@code k} gets the optimistic Lagrangian index
 * {@code (1 + lambda) UCB_V(j,k) - lambda gamma LCB_S(j,k)} (upper confidence bound on its mean conversions,
 * lower on its mean spend, both with half-width {@code sigma sqrt(2 ln t / n)} for {@code n} tries and a
 * caller's noise scale {@code sigma}; an untried level comes first), and a dynamic program over
 * channels picks the levels with the largest total index whose budgets sum to at most {@code rho}
 * ({@code O(C K^2)}). After the period, {@code lambda} takes a projected stochastic-gradient step on the
 * observed ROI slack: {@code lambda <- clip(lambda - eta (V_t - gamma S_t) / sigma, 0, lambdaMax)} with
 * {@code eta = 1 / sqrt(T)}. The paper bounds the regret against the best per-channel
 * budgets and the ROI violation sublinearly in {@code T} (plus the error of discretising budgets); the
 * test of this class checks that both, per period, fall with the horizon.
 *
 * <p><b>Departures.</b> The budget constraint is kept in every period (the DP never exceeds {@code rho})
 * rather than over the horizon; the dual set is capped at {@code lambdaMax = 10}; confidence widths use one caller-given noise scale for conversions and spend. Allocation-free per period. Mutable; one per thread.
 */
public final class SgdUcbBudgetAllocator {

  private static final double MAX_DUAL = 10;
  private static final double UNTRIED = 1e12;

  private final int channels;
  private final int levels;
  private final double periodBudget;
  private final double targetRoi;
  private final double conversionScale;
  private final double stepSize;
  private final long[] count;
  private final double[] meanConversions;
  private final double[] meanSpend;
  private final int[] chosen;
  private final double[] best;
  private final double[] next;
  private final int[] choice;
  private double dual;
  private long period;

  /**
   * A learner.
   *
   * @param channels the number of channels C (&gt;= 1)
   * @param levels the grid size K: budgets {@code k rho / K}, k = 0..K (&gt;= 1)
   * @param periodBudget the per-period budget {@code rho} (finite, &gt; 0)
   * @param targetRoi the ROI target {@code gamma} (finite, &gt;= 0)
   * @param conversionScale the scale of one channel's conversions (and spend) in a period, such as their
   *     standard deviation: it sets the confidence half-widths and normalises the dual step (finite, &gt; 0)
   * @param horizon the number of periods T (&gt;= 1), which sets the dual step {@code 1 / sqrt(T)}
   * @throws IllegalArgumentException for a value out of range
   */
  public SgdUcbBudgetAllocator(int channels, int levels, double periodBudget, double targetRoi,
      double conversionScale, int horizon) {
    if (channels < 1 || levels < 1 || horizon < 1) {
      throw new IllegalArgumentException("channels, levels and horizon must be >= 1, got " + channels + ", "
          + levels + ", " + horizon);
    }
    if (!(periodBudget > 0) || Double.isInfinite(periodBudget)) {
      throw new IllegalArgumentException("the per-period budget must be finite and > 0, got " + periodBudget);
    }
    if (!(targetRoi >= 0) || Double.isInfinite(targetRoi)) {
      throw new IllegalArgumentException("the ROI target must be finite and >= 0, got " + targetRoi);
    }
    if (!(conversionScale > 0) || Double.isInfinite(conversionScale)) {
      throw new IllegalArgumentException("the conversion scale must be finite and > 0, got " + conversionScale);
    }
    this.channels = channels;
    this.levels = levels;
    this.periodBudget = periodBudget;
    this.targetRoi = targetRoi;
    this.conversionScale = conversionScale;
    this.stepSize = 1 / Math.sqrt(horizon);
    int arms = channels * (levels + 1);
    this.count = new long[arms];
    this.meanConversions = new double[arms];
    this.meanSpend = new double[arms];
    this.chosen = new int[channels];
    this.best = new double[levels + 1];
    this.next = new double[levels + 1];
    this.choice = new int[channels * (levels + 1)];
  }

  /** The options of {@link #parse}, named as in the constructor. */
  public static final List<ParameterSpec> OPTIONS = List.of(
      ParameterSpec.requiredInteger("channels", 1, 1_000, "number of channels"),
      ParameterSpec.integer("levels", 10, 1, 10_000, "budget grid size K (budgets k x budget / K)"),
      ParameterSpec.real("budget", 1, 1e-12, 1e15, "per-period budget"),
      ParameterSpec.real("roi", 0, 0, 1e9, "ROI target: conversions >= roi x spend"),
      ParameterSpec.real("noise", 1, 1e-12, 1e15, "scale of one channel's per-period conversions (confidence widths)"),
      ParameterSpec.requiredInteger("horizon", 1, Integer.MAX_VALUE, "number of periods"));

  /**
   * A learner from a string such as
   * {@code sgd_ucb(channels=3,levels=8,budget=3,roi=2.5,noise=0.5,horizon=4000)}.
   *
   * @throws GameSpecException (an {@link IllegalArgumentException}) naming the bad part of the string
   */
  public static SgdUcbBudgetAllocator parse(String text) {
    GameSpec spec = GameSpec.parse(text);
    if (!spec.name().equals("sgd_ucb")) {
      throw new GameSpecException("expected a multi-channel learner 'sgd_ucb(...)', got '" + spec.name() + "'");
    }
    GameParameters options = GameParameters.resolveOptions("sgd_ucb", OPTIONS, spec.arguments());
    return new SgdUcbBudgetAllocator(options.getInt("channels"), options.getInt("levels"), options.getDouble("budget"),
        options.getDouble("roi"), options.getDouble("noise"), options.getInt("horizon"));
  }

  /** The budget of grid level {@code level}. */
  public double budgetOfLevel(int level) {
    return periodBudget * level / levels;
  }

  /**
   * Picks this period's per-channel budgets.
   *
   * @param budgets receives one budget per channel (its first C entries are written)
   */
  public void chooseBudgets(double[] budgets) {
    period++;
    double logTerm = 2 * Math.log(period + 1);
    // best[u]: the largest total index of the channels so far using at most u grid units
    java.util.Arrays.fill(best, 0);
    for (int j = 0; j < channels; j++) {
      for (int u = 0; u <= levels; u++) {
        double top = Double.NEGATIVE_INFINITY;
        int arg = 0;
        for (int k = 0; k <= u; k++) {
          double candidate = index(j, k, logTerm) + best[u - k];
          if (candidate > top) {
            top = candidate;
            arg = k;
          }
        }
        next[u] = top;
        choice[j * (levels + 1) + u] = arg;
      }
      System.arraycopy(next, 0, best, 0, levels + 1);
    }
    int units = levels;
    for (int j = channels - 1; j >= 0; j--) {
      int k = choice[j * (levels + 1) + units];
      chosen[j] = k;
      budgets[j] = budgetOfLevel(k);
      units -= k;
    }
  }

  private double index(int channel, int level, double logTerm) {
    int arm = channel * (levels + 1) + level;
    long n = count[arm];
    double upperConversions;
    double lowerSpend;
    if (n == 0) {
      return UNTRIED; // every level is tried once before the indices compare
    }
    double width = conversionScale * Math.sqrt(logTerm / n);
    upperConversions = meanConversions[arm] + width;
    lowerSpend = Math.max(0, meanSpend[arm] - width);
    return (1 + dual) * upperConversions - dual * targetRoi * lowerSpend;
  }

  /** The grid level chosen for {@code channel} in the last {@link #chooseBudgets} call. */
  public int level(int channel) {
    return chosen[channel];
  }

  /**
   * Reports what each channel bought and spent with the budgets of the last {@link #chooseBudgets} call.
   *
   * @throws IllegalArgumentException for a negative or non-finite report
   */
  public void observe(double[] conversions, double[] spend) {
    double totalConversions = 0;
    double totalSpend = 0;
    for (int j = 0; j < channels; j++) {
      double v = conversions[j];
      double s = spend[j];
      if (!(v >= 0) || Double.isInfinite(v) || !(s >= 0) || Double.isInfinite(s)) {
        throw new IllegalArgumentException("channel " + j + " reported conversions " + v + " and spend " + s
            + "; both must be finite and >= 0");
      }
      int arm = j * (levels + 1) + chosen[j];
      long n = ++count[arm];
      meanConversions[arm] += (v - meanConversions[arm]) / n;
      meanSpend[arm] += (s - meanSpend[arm]) / n;
      totalConversions += v;
      totalSpend += s;
    }
    double slack = (totalConversions - targetRoi * totalSpend) / conversionScale;
    dual = Math.min(MAX_DUAL, Math.max(0, dual - stepSize * slack));
  }

  /** The ROI constraint's dual variable {@code lambda}. */
  public double dual() {
    return dual;
  }
}

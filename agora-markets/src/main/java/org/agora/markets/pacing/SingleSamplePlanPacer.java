package org.agora.markets.pacing;

import java.util.List;
import java.util.SplittableRandom;
import org.agora.core.GameParameters;
import org.agora.core.GameSpec;
import org.agora.core.GameSpecException;
import org.agora.core.ParameterSpec;

/**
 * Budget pacing that learns a target expenditure plan from one sampled period and then tracks it with
 * dual descent: the algorithm of Balseiro, Kumar, Mirrokni, Sivan and Wang, "Robust Budget Pacing with
 * a Single Sample", ICML 2023 (PMLR 202).
 *
 * <p><b>Model.</b> A bidder with a budget takes part in the opportunities of a period, each a
 * second-price auction in which it sees its value {@code v} and faces a highest competing bid
 * {@code d}; the pair is drawn from a distribution that may change over the period (non-stationary:
 * traffic, values and competition differ by hour). It maximises its utility (value won minus payments)
 * subject to its budget.
 *
 * <p><b>Algorithm</b> (our reading of the paper: a plan from the sample's hindsight optimum, tracked by
 * dual descent). (1) <i>Plan.</i> Given one sample of the period, a sequence of
 * {@code (v_i, d_i)} in time order, solve the sample's hindsight problem: with a single budget constraint
 * in second-price auctions its (fractional) optimum bids {@code v / (1 + mu*)} for the smallest dual
 * {@code mu* >= 0} at which the sample's spend fits the budget (scaled by the ratio of the sample's size
 * to the period's). The target expenditure of decision step {@code s} is what that optimum spends on the
 * sample's opportunities of step {@code s}. (2) <i>Track.</i> In the live period, bid
 * {@code v / (1 + mu_s)} in step {@code s} and after it move the dual by
 * {@code mu_{s+1} = max(0, mu_s - eta (target_s - spend_s) / meanTarget)}: spending under plan lowers the
 * dual (bid more), spending over plan raises it. The paper shows that one sample per (time-varying)
 * distribution gives regret {@code O~(sqrt T)} against the hindsight optimum, against
 * {@code T log T} samples needed before, and that the plan is robust to noise in the sample distributions.
 *
 * <p><b>Departures.</b> Steps are decision steps of the {@link BiddingAgent} seam (the dual moves once
 * per step, not once per auction; with one auction per step the two coincide). The plan mixes a share
 * {@code floor} of a flat plan into the sample's plan so that no step has a zero target from a sample
 * with no spend there; {@code floor = 0} is the paper's plan. The dual starts at the sample's
 * {@code mu*} (a warm start; the paper's analysis holds from any start in its bounded dual set). The
 * sample's opportunity {@code i} of {@code n} belongs to step {@code floor(i x steps / n)}.
 *
 * <p>Cost: planning is {@code O(n log(1/tolerance))} (bisection on {@code mu*}) once per period;
 * tracking is {@code O(1)} per step. Mutable; one per simulation thread.
 */
public final class SingleSamplePlanPacer implements BiddingAgent {

  private static final int BISECTION_STEPS = 100;

  private final double[] sampleValues;
  private final double[] sampleCompeting;
  private final double stepSize;
  private final double floor;
  private double[] target = new double[0];
  private double meanTarget;
  private double dual;

  /**
   * A pacer with the paper's plan ({@code floor = 0.05} of a flat plan mixed in) and step size 0.5.
   *
   * @see #SingleSamplePlanPacer(double[], double[], double, double)
   */
  public SingleSamplePlanPacer(double[] sampleValues, double[] sampleCompeting) {
    this(sampleValues, sampleCompeting, 0.5, 0.05);
  }

  /**
   * A pacer that learns its plan from one sampled period.
   *
   * @param sampleValues the bidder's value of each opportunity of the sample, in time order (finite, &gt;= 0)
   * @param sampleCompeting the highest competing bid of each opportunity of the sample (finite, &gt;= 0)
   * @param stepSize the dual step size {@code eta} per step, relative to the mean per-step target (finite, &gt; 0)
   * @param floor the share of a flat plan mixed into the learnt plan, in [0, 1]
   * @throws IllegalArgumentException for an empty sample, arrays of different lengths or a bad number
   */
  public SingleSamplePlanPacer(double[] sampleValues, double[] sampleCompeting, double stepSize, double floor) {
    if (sampleValues.length == 0 || sampleValues.length != sampleCompeting.length) {
      throw new IllegalArgumentException("a sample needs as many values as competing bids, and at least one; got "
          + sampleValues.length + " values and " + sampleCompeting.length + " competing bids");
    }
    for (int i = 0; i < sampleValues.length; i++) {
      checkPrice("sample value " + i, sampleValues[i]);
      checkPrice("sample competing bid " + i, sampleCompeting[i]);
    }
    if (!(stepSize > 0) || Double.isInfinite(stepSize)) {
      throw new IllegalArgumentException("the step size must be finite and > 0, got " + stepSize);
    }
    if (!(floor >= 0 && floor <= 1)) {
      throw new IllegalArgumentException("the flat-plan floor must be in [0, 1], got " + floor);
    }
    this.sampleValues = sampleValues.clone();
    this.sampleCompeting = sampleCompeting.clone();
    this.stepSize = stepSize;
    this.floor = floor;
  }

  /** The options of {@link #parse}: {@code step} (default 0.5) and {@code floor} (default 0.05). */
  public static final List<ParameterSpec> OPTIONS = List.of(
      ParameterSpec.real("step", 0.5, 1e-9, 1e6, "dual step size per step, relative to the mean per-step target"),
      ParameterSpec.real("floor", 0.05, 0, 1, "share of a flat plan mixed into the sample's plan"));

  /**
   * A pacer from a string such as {@code robust(step=0.5,floor=0.05)} (the name must be {@code robust}),
   * learning its plan from the given sample (for instance a CSV trace of value and highest competing bid).
   *
   * @throws GameSpecException (an {@link IllegalArgumentException}) naming the bad part of the string
   */
  public static SingleSamplePlanPacer parse(String text, double[] sampleValues, double[] sampleCompeting) {
    GameSpec spec = GameSpec.parse(text);
    if (!spec.name().equals("robust")) {
      throw new GameSpecException("expected a single-sample pacer 'robust(step=...,floor=...)', got '" + spec.name() + "'");
    }
    GameParameters options = GameParameters.resolveOptions("robust", OPTIONS, spec.arguments());
    return new SingleSamplePlanPacer(sampleValues, sampleCompeting, options.getDouble("step"),
        options.getDouble("floor"));
  }

  private static void checkPrice(String what, double x) {
    if (!(x >= 0) || Double.isInfinite(x)) {
      throw new IllegalArgumentException(what + " is " + x + "; it must be finite and >= 0");
    }
  }

  /**
   * The hindsight-optimal dual of a second-price bidder on a trajectory: the smallest {@code mu >= 0}
   * such that bidding {@code v / (1 + mu)} (winning when it reaches the competing bid, paying it) spends at
   * most {@code budget}; 0 when truthful bidding already fits.
   */
  public static double hindsightDual(double[] values, double[] competing, double budget) {
    if (spend(values, competing, 0) <= budget) {
      return 0;
    }
    double high = 1;
    while (spend(values, competing, high) > budget && high < 1e12) {
      high *= 2;
    }
    double low = 0;
    for (int k = 0; k < BISECTION_STEPS; k++) {
      double middle = 0.5 * (low + high);
      if (spend(values, competing, middle) > budget) {
        low = middle;
      } else {
        high = middle;
      }
    }
    return high;
  }

  private static double spend(double[] values, double[] competing, double dual) {
    double total = 0;
    for (int i = 0; i < values.length; i++) {
      if (values[i] / (1 + dual) >= competing[i] && values[i] > 0) {
        total += competing[i];
      }
    }
    return total;
  }

  @Override
  public void startPeriod(Campaign campaign, int opportunities, SplittableRandom random) {
    int steps = campaign.steps();
    int n = sampleValues.length;
    double scale = opportunities > 0 ? (double) opportunities / n : 1; // sample spend -> period spend
    double sampleBudget = campaign.budget() / scale;
    double mu = hindsightDual(sampleValues, sampleCompeting, sampleBudget);
    target = new double[steps];
    double total = 0;
    for (int i = 0; i < n; i++) {
      if (sampleValues[i] / (1 + mu) >= sampleCompeting[i] && sampleValues[i] > 0) {
        int step = (int) ((long) i * steps / n);
        target[step] += sampleCompeting[i] * scale;
        total += sampleCompeting[i] * scale;
      }
    }
    total = Math.min(total, campaign.budget());
    if (total <= 0) {
      total = campaign.budget(); // nothing won in the sample: fall back to a flat plan of the budget
      java.util.Arrays.fill(target, 0);
      for (int s = 0; s < steps; s++) {
        target[s] = total / steps;
      }
    } else {
      for (int s = 0; s < steps; s++) {
        target[s] = (1 - floor) * target[s] + floor * total / steps;
      }
    }
    meanTarget = total / steps;
    dual = mu;
  }

  @Override
  public double multiplier(int step) {
    return 1 / (1 + dual);
  }

  @Override
  public void endStep(int step, StepOutcome outcome) {
    dual = Math.max(0, dual - stepSize * (target[step] - outcome.spend()) / meanTarget);
  }

  /** The current dual variable {@code mu} (the multiplier is {@code 1 / (1 + mu)}). */
  public double dual() {
    return dual;
  }

  /** The target expenditure of each step of the current period (a copy; empty before the first period). */
  public double[] targetExpenditure() {
    return target.clone();
  }
}

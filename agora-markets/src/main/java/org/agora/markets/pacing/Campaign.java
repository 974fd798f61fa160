package org.agora.markets.pacing;

/**
 * What one advertiser wants from a period: a budget, an optional cost-per-acquisition target and a
 * spend plan (the share of the budget it means to spend in each decision step).
 *
 * @param budget the most it may spend in the period, finite and &gt; 0
 * @param cpaTarget the target cost per conversion, &gt; 0, or {@link Double#NaN} when the campaign
 *     has no CPA constraint (a pure budget constraint)
 * @param spendPlan one non-negative share per decision step, summing to 1 (within 1e-9)
 */
public record Campaign(double budget, double cpaTarget, double[] spendPlan) {

  public Campaign {
    if (!(budget > 0) || Double.isInfinite(budget)) {
      throw new IllegalArgumentException("a campaign's budget must be finite and > 0, got " + budget);
    }
    if (!Double.isNaN(cpaTarget) && (!(cpaTarget > 0) || Double.isInfinite(cpaTarget))) {
      throw new IllegalArgumentException("a CPA target must be finite and > 0 (or absent), got " + cpaTarget);
    }
    if (spendPlan.length == 0) {
      throw new IllegalArgumentException("a spend plan needs at least one step");
    }
    double total = 0;
    for (int step = 0; step < spendPlan.length; step++) {
      if (!(spendPlan[step] >= 0) || Double.isInfinite(spendPlan[step])) {
        throw new IllegalArgumentException("spend plan step " + step + " has share " + spendPlan[step]
            + "; shares must be finite and >= 0");
      }
      total += spendPlan[step];
    }
    if (Math.abs(total - 1) > 1e-9) {
      throw new IllegalArgumentException("a spend plan's shares must sum to 1, got " + total);
    }
    spendPlan = spendPlan.clone();
  }

  /** A campaign that plans to spend evenly over {@code steps} steps. */
  public static Campaign even(double budget, double cpaTarget, int steps) {
    if (steps < 1) {
      throw new IllegalArgumentException("a period needs at least one step, got " + steps);
    }
    double[] plan = new double[steps];
    java.util.Arrays.fill(plan, 1.0 / steps);
    return new Campaign(budget, cpaTarget, plan);
  }

  /** Whether the campaign has a CPA constraint. */
  public boolean hasCpaTarget() {
    return !Double.isNaN(cpaTarget);
  }

  /** The number of decision steps in the plan. */
  public int steps() {
    return spendPlan.length;
  }

  /** The planned share of step {@code step} (a copy of the array is never handed out). */
  public double planShare(int step) {
    return spendPlan[step];
  }

  @Override
  public double[] spendPlan() {
    return spendPlan.clone();
  }
}

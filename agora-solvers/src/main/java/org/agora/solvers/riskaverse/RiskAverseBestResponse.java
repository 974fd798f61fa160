package org.agora.solvers.riskaverse;

import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * A risk-averse best response: the mixed strategy x of least reward variance {@code xᵀ Σ x} among
 * those whose expected reward {@code xᵀ μ} is within {@code tolerance} of the best response's,
 *
 * <pre>  minimise xᵀ Σ x  subject to  x ≥ 0,  Σ_j x_j = 1,  xᵀ μ ≥ max_j μ_j − tolerance,</pre>
 *
 * after Slumbers, Mguni, Blumberg, McAleer, Yang and Wang, "A Game-Theoretic Framework for Managing
 * Risk in Multi-Agent Systems", ICML 2023, PMLR 202 (the minimum-variance strategy for a level of
 * expected utility, Markowitz's portfolio problem with the own strategies as assets; here the level
 * is the best response's expected reward minus {@code tolerance}, see {@link RiskAverseFictitiousPlay}). Σ is positive semidefinite, so this is a convex
 * quadratic programme, solved exactly by trying every support when at most six strategies
 * are allowed (with tolerance 0, the exact best responses) and otherwise by ojAlgo's convex solver.
 *
 * <p>Departures and tie-breaking: with {@code tolerance = 0} only exact best responses (expected
 * reward within 1e-12 relative of the maximum) are allowed. A tiny ridge (1e-9 of the largest
 * variance) makes the programme strictly convex, so among equal-variance responses the one of least
 * Euclidean norm is returned; when every allowed response has zero variance the lowest-index pure
 * best response is returned. The QP's answer is compared with every allowed pure strategy and the
 * better one kept, so a solver inaccuracy can never return a worse response than a pure one. The
 * QP solver's answer (accurate to about 1e-5) is then refined to machine precision by solving the
 * optimality conditions on its support and active constraints ({@link KarushKuhnTuckerPolish}).
 */
public final class RiskAverseBestResponse {

  /** Relative slack of the expected-reward constraint when checking a response. */
  public static final double FEASIBILITY = 1e-9;
  private static final double TIE = 1e-12;
  private static final double RIDGE = 1e-9;

  private RiskAverseBestResponse() {}

  /**
   * Writes the risk-averse best response to {@code mean} and {@code covariance} (m strategies) into
   * {@code response} and returns its variance.
   */
  public static double solve(double[] mean, double[] covariance, int m, double tolerance, double[] response) {
    if (!(tolerance >= 0.0) || Double.isInfinite(tolerance)) {
      throw new IllegalArgumentException("the reward tolerance must be finite and >= 0, got " + tolerance);
    }
    double best = Double.NEGATIVE_INFINITY;
    double largestVariance = 0.0;
    for (int j = 0; j < m; j++) {
      best = Math.max(best, mean[j]);
      largestVariance = Math.max(largestVariance, covariance[j * m + j]);
    }
    double slack = TIE * (1.0 + Math.abs(best));
    double floor = tolerance == 0.0 ? best - slack : best - tolerance;
    // the best pure strategy allowed: least variance, then lowest index
    int pure = -1;
    for (int j = 0; j < m; j++) {
      if (mean[j] >= floor && (pure < 0 || covariance[j * m + j] < covariance[pure * m + pure])) {
        pure = j;
      }
    }
    java.util.Arrays.fill(response, 0, m, 0.0);
    response[pure] = 1.0;
    double pureVariance = covariance[pure * m + pure];
    if (largestVariance <= 0.0 || pureVariance <= 0.0) {
      return Math.max(0.0, pureVariance);
    }
    double[] candidate;
    int[] allowed = new int[m];
    int count = 0;
    for (int j = 0; j < m; j++) {
      if (tolerance > 0.0 || mean[j] >= best - slack) {
        allowed[count++] = j;
      }
    }
    if (count == 1) {
      return pureVariance;
    }
    if (count <= KarushKuhnTuckerPolish.ENUMERATION_LIMIT) {
      candidate = KarushKuhnTuckerPolish.enumerate(allowed, count, mean, covariance, m,
          tolerance == 0.0 ? Double.NaN : floor, RIDGE * largestVariance, FEASIBILITY * (1.0 + Math.abs(best)));
    } else {
      candidate = quadraticProgramme(mean, covariance, m, tolerance == 0.0, best - slack, floor, largestVariance);
    }
    if (candidate == null || !repair(candidate, mean, m, floor, best)) {
      return pureVariance;
    }
    double[] polished = KarushKuhnTuckerPolish.polish(candidate, mean, covariance, m, tolerance == 0.0 ? Double.NaN
        : floor, RIDGE * largestVariance);
    if (polished != null && RewardMoments.expected(mean, polished, m) >= floor - FEASIBILITY * (1.0 + Math.abs(best))
        && RewardMoments.variance(covariance, polished, m) <= RewardMoments.variance(covariance, candidate, m)) {
      candidate = polished;
    }
    double variance = RewardMoments.variance(covariance, candidate, m);
    if (variance < pureVariance) {
      System.arraycopy(candidate, 0, response, 0, m);
      return variance;
    }
    return pureVariance;
  }

  /**
   * Moves the QP's answer onto the expected-reward constraint when the solver's tolerance left it
   * just below, by mixing in a best pure strategy.
   */
  private static boolean repair(double[] candidate, double[] mean, int m, double floor, double best) {
    double expected = RewardMoments.expected(mean, candidate, m);
    if (expected >= floor) {
      return true;
    }
    int top = 0;
    for (int j = 1; j < m; j++) {
      if (mean[j] > mean[top]) {
        top = j;
      }
    }
    double step = (floor - expected) / (mean[top] - expected);
    if (!(step <= 1.0)) {
      return false;
    }
    for (int j = 0; j < m; j++) {
      candidate[j] *= 1.0 - step;
    }
    candidate[top] += step;
    return RewardMoments.expected(mean, candidate, m) >= floor - FEASIBILITY * (1.0 + Math.abs(best));
  }

  private static double[] quadraticProgramme(double[] mean, double[] covariance, int m, boolean bestOnly,
      double bestFloor, double floor, double scale) {
    ExpressionsBasedModel model = new ExpressionsBasedModel();
    Variable[] x = new Variable[m];
    for (int j = 0; j < m; j++) {
      x[j] = model.addVariable("x" + j).lower(0.0).upper(bestOnly && mean[j] < bestFloor ? 0.0 : 1.0);
    }
    Expression total = model.addExpression("total").level(1.0);
    for (Variable variable : x) {
      total.set(variable, 1.0);
    }
    if (!bestOnly) {
      double shift = 0.0;
      for (int j = 0; j < m; j++) {
        shift = Math.max(shift, Math.abs(mean[j]));
      }
      double unit = Math.max(shift, 1e-300);
      Expression reward = model.addExpression("reward").lower(floor / unit);
      for (int j = 0; j < m; j++) {
        reward.set(x[j], mean[j] / unit);
      }
    }
    Expression variance = model.addExpression("variance").weight(1.0);
    for (int j = 0; j < m; j++) {
      for (int k = 0; k < m; k++) {
        double entry = covariance[j * m + k] / scale + (j == k ? RIDGE : 0.0);
        if (entry != 0.0) {
          variance.set(x[j], x[k], entry);
        }
      }
    }
    Optimisation.Result result = model.minimise();
    if (!result.getState().isFeasible()) {
      return null;
    }
    double[] strategy = new double[m];
    double sum = 0.0;
    for (int j = 0; j < m; j++) {
      strategy[j] = Math.max(0.0, result.doubleValue(j));
      sum += strategy[j];
    }
    if (!(sum > 0.0)) {
      return null;
    }
    for (int j = 0; j < m; j++) {
      strategy[j] /= sum;
    }
    return strategy;
  }
}

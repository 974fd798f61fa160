package org.agora.solvers.cfr;

import org.agora.solvers.tree.GameTree;

/**
 * Discounted CFR, DCFR(alpha, beta, gamma): Brown and Sandholm, "Solving Imperfect-Information Games
 * via Discounted Regret Minimization", AAAI 2019.
 *
 * <p>At the end of iteration {@code t} (1-based), after adding {@code r_t}, each cumulative regret is
 * multiplied by {@code t^alpha / (t^alpha + 1)} if positive and by {@code t^beta / (t^beta + 1)}
 * otherwise, and the strategy sum, after adding iteration {@code t}'s strategy weighted by the own
 * reach, by {@code (t / (t + 1))^gamma}; so iteration {@code t}'s strategy ends up weighted in
 * proportion to {@code t^gamma}. The strategy is regret matching on the discounted regrets. Updates
 * alternate between players by default. The paper's recommended parameters are alpha = 1.5, beta = 0,
 * gamma = 2 ({@link #DiscountedCfrSolver(GameTree)}); {@link LinearCfrSolver} is DCFR(1, 1, 1). One
 * iteration is one full-tree sweep per player, O(players x nodes) time. Guarantees are for two-player
 * zero-sum games; see {@link AbstractCfrSolver} for n-player and general-sum games.
 */
public class DiscountedCfrSolver extends AbstractCfrSolver {

  /** The paper's recommended alpha. */
  public static final double DEFAULT_ALPHA = 1.5;
  /** The paper's recommended beta. */
  public static final double DEFAULT_BETA = 0.0;
  /** The paper's recommended gamma. */
  public static final double DEFAULT_GAMMA = 2.0;

  private final double alpha;
  private final double beta;
  private final double gamma;
  private double positiveDiscount;
  private double negativeDiscount;
  private double averageDiscount;

  /** DCFR(1.5, 0, 2) with {@link CfrOptions#defaults()}. */
  public DiscountedCfrSolver(GameTree tree) {
    this(tree, DEFAULT_ALPHA, DEFAULT_BETA, DEFAULT_GAMMA, CfrOptions.defaults());
  }

  /**
   * DCFR with the given discount exponents.
   *
   * @throws IllegalArgumentException if a parameter is not finite
   */
  public DiscountedCfrSolver(GameTree tree, double alpha, double beta, double gamma, CfrOptions options) {
    super(tree, options);
    if (!Double.isFinite(alpha) || !Double.isFinite(beta) || !Double.isFinite(gamma)) {
      throw new IllegalArgumentException("alpha, beta and gamma must be finite, got " + alpha + ", " + beta
          + ", " + gamma);
    }
    this.alpha = alpha;
    this.beta = beta;
    this.gamma = gamma;
  }

  /** Exponent of the positive-regret discount. */
  public final double alpha() {
    return alpha;
  }

  /** Exponent of the negative-regret discount. */
  public final double beta() {
    return beta;
  }

  /** Exponent of the average-strategy discount. */
  public final double gamma() {
    return gamma;
  }

  @Override
  final void accumulate(int row, int count, double ownReach, long iteration) {
    double positive = positiveDiscount;
    double negative = negativeDiscount;
    double average = averageDiscount;
    for (int k = 0; k < count; k++) {
      double updated = regret[row + k] + instantRegret[row + k];
      regret[row + k] = updated * (updated > 0.0 ? positive : negative);
      strategySum[row + k] = (strategySum[row + k] + ownReach * strategy[row + k]) * average;
    }
  }

  @Override
  final void beginIteration(long iteration) {
    double t = iteration;
    double powerAlpha = Math.pow(t, alpha);
    double powerBeta = Math.pow(t, beta);
    positiveDiscount = powerAlpha / (powerAlpha + 1.0);
    negativeDiscount = powerBeta / (powerBeta + 1.0);
    averageDiscount = Math.pow(t / (t + 1.0), gamma);
  }

  @Override
  final void updateStrategy(int row, int count) {
    RegretKernel.regretMatching(regret, row, count, strategy, row);
  }
}

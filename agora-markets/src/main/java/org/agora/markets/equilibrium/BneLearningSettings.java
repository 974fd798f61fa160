package org.agora.markets.equilibrium;

import java.util.Objects;
import org.agora.markets.auction.SingleItemFormat;

/**
 * What a Bayes–Nash equilibrium learner for a symmetric single-item auction is given: {@code bidders} bidders
 * with i.i.d. U[0,1] values, first or second price, a piecewise-linear bid function on {@code knots} equally
 * spaced knots over [0, 1], and the optimiser's budget: {@code iterations} Adam steps (Kingma and Ba, ICLR 2015)
 * of size {@code learningRate}, each from {@code batch} sampled value profiles, seeded by {@code seed}.
 *
 * @param format {@link SingleItemFormat#FIRST_PRICE} or {@link SingleItemFormat#SECOND_PRICE}
 * @param bidders at least 2
 * @param knots from 2 to {@link #MAX_KNOTS}
 * @param iterations at least 1
 * @param batch at least 1
 * @param learningRate in (0, 1]
 * @param seed the random seed
 */
public record BneLearningSettings(
    SingleItemFormat format, int bidders, int knots, int iterations, int batch, double learningRate, long seed) {

  /** The most knots a bid function may have (each step updates them all; the equilibria are smooth). */
  public static final int MAX_KNOTS = 1001;


  public BneLearningSettings {
    Objects.requireNonNull(format, "format");
    if (format == SingleItemFormat.ALL_PAY) {
      throw new IllegalArgumentException("Bayes-Nash learning supports first_price and second_price, got all_pay");
    }
    if (bidders < 2) {
      throw new IllegalArgumentException("an auction needs at least 2 bidders, got " + bidders);
    }
    if (knots < 2 || knots > MAX_KNOTS) {
      throw new IllegalArgumentException("a bid function needs 2 to " + MAX_KNOTS + " knots, got " + knots);
    }
    if (iterations < 1 || batch < 1) {
      throw new IllegalArgumentException("iterations and batch must be >= 1, got " + iterations + " and " + batch);
    }
    if (!(learningRate > 0 && learningRate <= 1)) {
      throw new IllegalArgumentException("the learning rate must be in (0, 1], got " + learningRate);
    }
  }

  /** Defaults that recover the equilibrium for up to about 10 bidders: 11 knots, 2000 steps of 1024 profiles. */
  public static BneLearningSettings defaults(SingleItemFormat format, int bidders, long seed) {
    return new BneLearningSettings(format, bidders, 11, 2000, 1024, 0.01, seed);
  }

  /**
   * The symmetric equilibrium bid of a bidder with value {@code v} under U[0,1] values: {@code (n-1) v / n} in
   * first price (Vickrey, J. Finance 1961), {@code v} (truthful, a dominant strategy) in second price.
   */
  public double equilibriumBid(double value) {
    return format == SingleItemFormat.FIRST_PRICE ? (bidders - 1) * value / bidders : value;
  }
}

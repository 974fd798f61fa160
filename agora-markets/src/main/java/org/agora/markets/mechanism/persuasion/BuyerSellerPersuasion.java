package org.agora.markets.mechanism.persuasion;

/**
 * A seller persuading a buyer: the state is high with prior probability {@code prior}; the buyer
 * values the good at {@code highValue} in the high state and {@code lowValue} in the low state and
 * buys at the fixed {@code price} when its expected value {@code mu highValue + (1 - mu) lowValue} at
 * its posterior {@code mu} is at least the price (ties go to the seller, as in sender-preferred
 * equilibrium). The seller earns the price on a sale and nothing otherwise, so its value of the
 * posterior is {@code price * [mu >= mu*]} with the threshold {@code mu* = (price - lowValue) /
 * (highValue - lowValue)}.
 *
 * <p>When {@code lowValue < price <= highValue}, concavifying this step gives the optimal sale
 * probability {@code min(1, prior / mu*) = min(1, prior (highValue - lowValue) / (price - lowValue))},
 * which for price 1 is the issue's {@code min(1, p (v - c) / (1 - c))}. The optimal signal always
 * recommends buying in the high state and, in the low state, with probability
 * {@code min(1, prior (1 - mu*) / ((1 - prior) mu*))}, making the buyer just willing to buy. When
 * {@code price <= lowValue} the buyer always buys; when {@code price > highValue} it never does.
 *
 * <p>E. Kamenica and M. Gentzkow, "Bayesian Persuasion", <i>American Economic Review</i> 101(6),
 * 2590–2615, 2011 (the prosecutor example has the same structure).
 *
 * @param prior probability of the high state, in [0, 1]
 * @param highValue the buyer's value in the high state
 * @param lowValue the buyer's value in the low state, below {@code highValue}
 * @param price the fixed price, finite
 */
public record BuyerSellerPersuasion(double prior, double highValue, double lowValue, double price) {

  public BuyerSellerPersuasion {
    BinaryPersuasion.requireProbability(prior, "prior");
    if (!Double.isFinite(highValue) || !Double.isFinite(lowValue) || !Double.isFinite(price)) {
      throw new IllegalArgumentException("values and price must be finite, got high=" + highValue + ", low="
          + lowValue + ", price=" + price);
    }
    if (!(lowValue < highValue)) {
      throw new IllegalArgumentException("the low-state value " + lowValue + " must be below the high-state value "
          + highValue);
    }
  }

  /** The posterior at which the buyer is just willing to buy, clamped to [0, 1]. */
  public double threshold() {
    return Math.min(1, Math.max(0, (price - lowValue) / (highValue - lowValue)));
  }

  /** Whether the buyer buys at posterior {@code mu} (ties in the seller's favour). */
  public boolean buys(double mu) {
    return mu * highValue + (1 - mu) * lowValue >= price - 1e-12;
  }

  /** The optimal sale probability in closed form. */
  public double optimalSaleProbability() {
    if (price <= lowValue) {
      return 1;
    }
    if (price > highValue) {
      return 0;
    }
    return Math.min(1, prior * (highValue - lowValue) / (price - lowValue));
  }

  /** The optimal signal by the general concavification solver, with the buying threshold as candidate. */
  public PersuasionSolution solve() {
    return BinaryPersuasion.solve(prior, mu -> buys(mu) ? price : 0, threshold());
  }

  /** The optimal probability of recommending "buy" in the low state (1 in the high state). */
  public double lowStateRecommendation() {
    if (price <= lowValue) {
      return 1;
    }
    if (price > highValue || prior == 0) {
      return 0;
    }
    double mu = threshold();
    return prior == 1 ? 0 : Math.min(1, prior * (1 - mu) / ((1 - prior) * mu));
  }
}

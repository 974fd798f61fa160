package org.agora.markets.mechanism.persuasion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BinaryPersuasionTest {

  @Test
  void buyerSellerOptimumMatchesTheIssueClosedFormOnSeededInstances() {
    // Price 1, value v > 1 in the high state, c < 1 in the low state: sale probability min(1, p (v - c) / (1 - c)).
    SplittableRandom random = new SplittableRandom(2011);
    for (int trial = 0; trial < 500; trial++) {
      double p = random.nextDouble();
      double v = 1 + 3 * random.nextDouble();
      double c = -2 + 2.99 * random.nextDouble();
      BuyerSellerPersuasion model = new BuyerSellerPersuasion(p, v, c, 1.0);
      double closedForm = Math.min(1, p * (v - c) / (1 - c));
      assertThat(model.optimalSaleProbability()).isCloseTo(closedForm, within(1e-12));
      PersuasionSolution solution = model.solve();
      assertThat(solution.value()).as("trial %d", trial).isCloseTo(closedForm, within(1e-9));
      // The signal is consistent: the posteriors average to the prior.
      assertThat((1 - solution.highWeight()) * solution.lowPosterior() + solution.highWeight()
          * solution.highPosterior()).isCloseTo(p, within(1e-12));
    }
  }

  @Test
  void handComputedSignal() {
    // p = 0.3, v = 2, c = 0: threshold 1/2, sale probability 0.6; always recommend buying in the high
    // state and with probability 0.3 * 0.5 / (0.7 * 0.5) = 3/7 in the low state.
    BuyerSellerPersuasion model = new BuyerSellerPersuasion(0.3, 2, 0, 1);
    PersuasionSolution solution = model.solve();
    assertThat(solution.value()).isCloseTo(0.6, within(1e-12));
    assertThat(solution.highPosterior()).isCloseTo(0.5, within(1e-12));
    assertThat(solution.lowPosterior()).isZero();
    assertThat(solution.highSignalGivenStateOne()).isCloseTo(1, within(1e-12));
    assertThat(solution.highSignalGivenStateZero()).isCloseTo(3.0 / 7, within(1e-12));
    assertThat(model.lowStateRecommendation()).isCloseTo(3.0 / 7, within(1e-12));
  }

  @Test
  void concaveValuesRevealNothingAndConvexValuesRevealEverything() {
    PersuasionSolution concave = BinaryPersuasion.solveOnGrid(0.4, mu -> mu * (1 - mu), 101);
    assertThat(concave.value()).isCloseTo(0.24, within(1e-12));
    assertThat(concave.lowPosterior()).isEqualTo(0.4);
    assertThat(concave.highPosterior()).isEqualTo(0.4);
    // v(mu) = mu^2 is convex: the hull at p is the chord from 0 to 1, value p.
    PersuasionSolution convex = BinaryPersuasion.solveOnGrid(0.4, mu -> mu * mu, 101);
    assertThat(convex.value()).isCloseTo(0.4, within(1e-12));
    assertThat(convex.lowPosterior()).isZero();
    assertThat(convex.highPosterior()).isEqualTo(1.0);
  }

  @Test
  void degenerateBuyersNeedNoPersuasion() {
    assertThat(new BuyerSellerPersuasion(0.1, 3, 1.5, 1).optimalSaleProbability()).isEqualTo(1.0);
    assertThat(new BuyerSellerPersuasion(0.9, 0.8, 0, 1).optimalSaleProbability()).isZero();
    assertThat(new BuyerSellerPersuasion(0.9, 0.8, 0, 1).solve().value()).isZero();
  }

  @Test
  void badInputIsRefusedWithTheValue() {
    assertThatThrownBy(() -> new BuyerSellerPersuasion(1.5, 2, 0, 1)).hasMessageContaining("1.5");
    assertThatThrownBy(() -> new BuyerSellerPersuasion(0.5, 0, 2, 1)).hasMessageContaining("below");
    assertThatThrownBy(() -> BinaryPersuasion.solve(0.5, mu -> 0, 2.0)).hasMessageContaining("2.0");
    assertThatThrownBy(() -> BinaryPersuasion.solve(0.5, mu -> Double.NaN)).hasMessageContaining("finite");
  }
}

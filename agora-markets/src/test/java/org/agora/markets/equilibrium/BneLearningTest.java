package org.agora.markets.equilibrium;

import static org.assertj.core.api.Assertions.assertThat;

import org.agora.markets.auction.SingleItemFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BneLearningTest {

  // Tolerance: the softmax relaxation moves the equilibrium by about its temperature (0.02) in bids, so an L2
  // distance below the temperature is the accuracy the method can promise; the starting point b(v) = 0.75 v is at
  // L2 distance 0.25/sqrt(3) = 0.144 (n = 2), 0.048 (n = 3), 0.029 (n = 5) and 0.144 (second price) from the target.
  @ParameterizedTest
  @ValueSource(ints = {2, 3, 5})
  void firstOrderLearningRecoversTheFirstPriceEquilibrium(int bidders) {
    BneLearningResult result = SmoothedGradientBneLearner.learn(BneLearningSettings.defaults(SingleItemFormat.FIRST_PRICE, bidders, 7));
    assertThat(result.distanceToEquilibrium()).isLessThan(SmoothedGradientBneLearner.TEMPERATURE);
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 3, 5})
  void firstOrderLearningRecoversTruthfulSecondPriceBidding(int bidders) {
    BneLearningResult result = SmoothedGradientBneLearner.learn(BneLearningSettings.defaults(SingleItemFormat.SECOND_PRICE, bidders, 7));
    assertThat(result.distanceToEquilibrium()).isLessThan(SmoothedGradientBneLearner.TEMPERATURE);
  }

  // The zeroth-order estimate is noisier (perturbation scale 0.02, 16 antithetic pairs): measured 0.041 (n = 2)
  // and 0.015 (n = 3) with seed 7; we ask that it at least halve the starting distance (0.144 and 0.048).
  @ParameterizedTest
  @ValueSource(ints = {2, 3})
  void zerothOrderLearningGetsThereToo(int bidders) {
    BneLearningSettings settings = BneLearningSettings.defaults(SingleItemFormat.FIRST_PRICE, bidders, 7);
    double start = PiecewiseLinearBid.distanceToEquilibrium(PiecewiseLinearBid.initial(settings.knots()), settings);
    BneLearningResult result = NpgaBneLearner.learn(settings);
    assertThat(result.distanceToEquilibrium()).isLessThan(start / 2);
  }
}

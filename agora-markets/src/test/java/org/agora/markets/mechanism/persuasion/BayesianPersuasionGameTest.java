package org.agora.markets.mechanism.persuasion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.agora.core.GameRegistry;
import org.agora.core.GameSpecException;
import org.agora.core.State;
import org.agora.testkit.GameConformance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BayesianPersuasionGameTest {

  @ParameterizedTest
  @ValueSource(strings = {"bayesian_persuasion", "bayesian_persuasion(prior=0.3,levels=8)",
      "bayesian_persuasion(prior=0.0,levels=2)", "bayesian_persuasion(prior=1.0,high=5.0,low=-1.0,price=2.0)"})
  void conformsToTheTestkitSuite(String gameString) {
    GameConformance.assertConforms(GameRegistry.create(gameString));
  }

  @Test
  void subgamePerfectSellerValueIsTheConcavifiedOptimum() {
    // Defaults p = 1/4, v = 2, c = 0, price 1: the optimal q = 1/3 is on the grid of 4 levels, and the
    // seller sells with probability min(1, p (v - c) / (1 - c)) = 1/2.
    BayesianPersuasionGame game = (BayesianPersuasionGame) GameRegistry.create("bayesian_persuasion");
    assertThat(sellerValue(game)).isCloseTo(0.5, within(1e-12))
        .isCloseTo(game.model().optimalSaleProbability() * game.model().price(), within(1e-12));
    // Off the grid (p = 0.3: optimal q = 3/7) the best of 8 levels (q = 3/7) is exact again, and of 4 levels
    // it is q = 1/3: sale probability 0.3 + 0.7 / 3 below the optimum 0.6.
    BayesianPersuasionGame fine = (BayesianPersuasionGame) GameRegistry.create("bayesian_persuasion(prior=0.3,levels=8)");
    assertThat(sellerValue(fine)).isCloseTo(0.6, within(1e-12));
    BayesianPersuasionGame coarse = (BayesianPersuasionGame) GameRegistry.create("bayesian_persuasion(prior=0.3)");
    assertThat(sellerValue(coarse)).isCloseTo(0.3 + 0.7 / 3, within(1e-12));
  }

  @Test
  void badParametersAreRefused() {
    assertThatThrownBy(() -> GameRegistry.create("bayesian_persuasion(high=0.0,low=1.0)"))
        .isInstanceOf(GameSpecException.class).hasMessageContaining("below");
    assertThatThrownBy(() -> GameRegistry.create("bayesian_persuasion(levels=1)"))
        .isInstanceOf(GameSpecException.class).hasMessageContaining("levels");
  }

  /** The seller's value when the buyer best-responds to each scheme and signal, ties to the seller. */
  private static double sellerValue(BayesianPersuasionGame game) {
    double best = Double.NEGATIVE_INFINITY;
    int[] outcomes = new int[3];
    double[] probabilities = new double[3];
    for (int scheme = 0; scheme < game.levels(); scheme++) {
      State root = game.newInitialState();
      root.apply(scheme);
      int count = root.chanceOutcomes(outcomes, probabilities);
      // Buyer's expected gain from buying after each signal, summed over the states it cannot tell apart.
      double gainAfterBuySignal = 0;
      double gainAfterDeclineSignal = 0;
      for (int i = 0; i < count; i++) {
        State bought = root.copy();
        bought.apply(outcomes[i]);
        bought.apply(BayesianPersuasionGame.BUY);
        if (outcomes[i] == BayesianPersuasionGame.LOW_DECLINE) {
          gainAfterDeclineSignal += probabilities[i] * bought.returns(1);
        } else {
          gainAfterBuySignal += probabilities[i] * bought.returns(1);
        }
      }
      double sales = 0;
      for (int i = 0; i < count; i++) {
        double gain = outcomes[i] == BayesianPersuasionGame.LOW_DECLINE ? gainAfterDeclineSignal : gainAfterBuySignal;
        if (gain >= -1e-12) {
          sales += probabilities[i];
        }
      }
      best = Math.max(best, sales * game.model().price());
    }
    return best;
  }
}

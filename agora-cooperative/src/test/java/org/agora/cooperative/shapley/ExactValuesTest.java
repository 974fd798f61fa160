package org.agora.cooperative.shapley;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.agora.cooperative.CoalitionGame;
import org.agora.cooperative.game.AirportGame;
import org.agora.cooperative.game.CoalitionGames;
import org.agora.cooperative.game.GloveGame;
import org.agora.cooperative.game.SyntheticGames;
import org.agora.cooperative.game.UnanimitySumGame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExactValuesTest {

  private static double[] exact(CoalitionGame game) {
    return new ExactShapley().estimate(game, 1L << game.playerCount(), 0).values();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 10})
  void gloveGameWithEqualCountsGivesOneHalfEach(int count) {
    // Symmetry within each side and efficiency (v(N) = count) force 1/2 each.
    ShapleyEstimate estimate = new ExactShapley().estimate(new GloveGame(count, count), 1L << (2 * count), 0);
    double[] half = new double[2 * count];
    java.util.Arrays.fill(half, 0.5);
    // Rounding: 2^20 summed terms of size <= 10 leave errors near 1e-10 on 20 players.
    assertThat(estimate.values()).containsExactly(half, within(1e-9));
    assertThat(estimate.evaluationsUsed()).isEqualTo(1L << (2 * count));
    assertThat(estimate.standardErrors()).containsOnly(0.0);
  }

  @Test
  void airportGameFollowsLittlechildOwen() {
    // Littlechild & Owen (1973): sorted costs 1, 2, 2, 3, 5 share as 1/5, 1/5 + 1/4, ..., the figures.
    double[] expected = {0.2, 0.45, 0.45, 0.95, 2.95};
    assertThat(exact(CoalitionGames.create("airport(costs=1;2;2;3;5)")))
        .containsExactly(expected, within(1e-12));
    // Player order does not matter: costs 5, 1, 3, 2, 2.
    assertThat(exact(CoalitionGames.create("airport(costs=5;1;3;2;2)")))
        .containsExactly(new double[] {2.95, 0.2, 0.95, 0.45, 0.45}, within(1e-12));
    SplittableRandom random = new SplittableRandom(7);
    for (int trial = 0; trial < 5; trial++) {
      double[] costs = new double[9];
      for (int i = 0; i < costs.length; i++) {
        costs[i] = random.nextInt(6);
      }
      AirportGame game = new AirportGame(costs);
      assertThat(exact(game)).containsExactly(game.littlechildOwenShares(), within(1e-12));
    }
  }

  @Test
  void unanimitySumsFollowTheHarsanyiFormulas() {
    for (long seed = 1; seed <= 10; seed++) {
      UnanimitySumGame game = SyntheticGames.randomUnanimity(9, 12, seed);
      // phi_i = sum_{T ∋ i} a_T/|T|; beta_i = sum_{T ∋ i} a_T / 2^{|T|-1}.
      assertThat(exact(game)).containsExactly(game.shapleyValues(), within(1e-12));
      assertThat(new ExactBanzhaf().estimate(game, 512, 0).values()).containsExactly(game.banzhafValues(), within(1e-12));
    }
  }

  @Test
  void exactShapleyIsEfficient() {
    for (long seed = 1; seed <= 5; seed++) {
      CoalitionGame game = SyntheticGames.randomTable(11, seed);
      ShapleyEstimate estimate = new ExactShapley().estimate(game, 1 << 11, 0);
      assertThat(estimate.total()).isCloseTo(game.value((1 << 11) - 1) - game.value(0), within(1e-9));
    }
  }

  @Test
  void exactMethodsRefuseTooManyPlayersOrTooSmallABudget() {
    assertThatThrownBy(() -> new ExactShapley().estimate(new GloveGame(13, 13), Long.MAX_VALUE, 0))
        .hasMessage("exact Shapley enumerates all 2^n coalitions and handles at most 25 players, not 26;"
            + " use a sampling estimator");
    assertThatThrownBy(() -> new ExactBanzhaf().estimate(new GloveGame(2, 2), 15, 0))
        .hasMessage("exact Banzhaf needs a budget of 2^4 = 16 evaluations, not 15");
  }

  @Test
  void interactionIndexOnAHandExample() {
    // v = u_{01} + u_{012} on 3 players. By hand: I_02 = 1/2 (0 + [v(N) - v(01) - v(12) + v(1)]) = 1/2;
    // I_01 = 1/2 ([v(01) - 0] + [v(N) - v(02) - v(12) + v(2)]) = 1/2 (1 + 2) = 3/2; I_12 = 1/2 by symmetry.
    CoalitionGame game = CoalitionGames.create("unanimity(players=3,terms=[0,1]:1;[0,1,2]:1)");
    double[] index = ShapleyInteraction.exact(game);
    assertThat(index).containsExactly(new double[] {0, 1.5, 0.5, 1.5, 0, 0.5, 0.5, 0.5, 0}, within(1e-12));
  }

  @Test
  void interactionIndexOfUnanimitySums() {
    // Grabisch & Roubens (1999): I_ij(u_T) = 1/(|T| - 1) when {i, j} ⊆ T, else 0; linear in v.
    UnanimitySumGame game = SyntheticGames.randomUnanimity(8, 10, 4);
    double[] index = ShapleyInteraction.exact(game);
    long[] carriers = game.carriers();
    double[] coefficients = game.coefficients();
    for (int i = 0; i < 8; i++) {
      for (int j = 0; j < 8; j++) {
        double expected = 0;
        for (int k = 0; k < carriers.length && i != j; k++) {
          if ((carriers[k] >>> i & 1) != 0 && (carriers[k] >>> j & 1) != 0) {
            expected += coefficients[k] / (Long.bitCount(carriers[k]) - 1);
          }
        }
        assertThat(index[i * 8 + j]).as("I_%d%d", i, j).isCloseTo(expected, within(1e-12));
      }
    }
    assertThatThrownBy(() -> ShapleyInteraction.exact(new GloveGame(11, 10)))
        .hasMessage("the exact interaction index needs 2 to 20 players, not 21");
  }

  @Test
  void sampledInteractionIndexConvergesToTheExactOne() {
    // Unbiased per pair: the error should sit within 5 reported standard errors, and the
    // error at 16x the budget should be smaller (1/4 the standard error).
    UnanimitySumGame game = SyntheticGames.randomUnanimity(6, 8, 6);
    double[] exact = ShapleyInteraction.exact(game);
    ShapleyInteractionSampling.Estimate small = ShapleyInteractionSampling.estimate(game, 6000, 1);
    ShapleyInteractionSampling.Estimate large = ShapleyInteractionSampling.estimate(game, 96000, 1);
    assertThat(large.evaluationsUsed()).isLessThanOrEqualTo(96000);
    double smallError = 0;
    double largeError = 0;
    for (int cell = 0; cell < exact.length; cell++) {
      assertThat(Math.abs(large.values()[cell] - exact[cell])).isLessThanOrEqualTo(5 * large.standardErrors()[cell] + 1e-12);
      smallError += Math.pow(small.values()[cell] - exact[cell], 2);
      largeError += Math.pow(large.values()[cell] - exact[cell], 2);
    }
    assertThat(largeError).isLessThan(smallError);
    assertThatThrownBy(() -> ShapleyInteractionSampling.estimate(game, 100, 1))
        .hasMessage("interaction sampling needs a budget of at least 120 evaluations for 6 players, not 100");
  }
}

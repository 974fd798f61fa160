package org.agora.solvers.pseudogame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The Kyoto emissions pseudo-game: GNE on the cap, exploitability zero there and positive elsewhere. */
class KyotoEmissionsGameTest {

  private final KyotoEmissionsGame game = new KyotoEmissionsGame(new double[] {10, 8, 6}, new double[] {1, 1, 1},
      new double[] {0.5, 0.5, 0.5}, 12);

  /**
   * Uncapped Nash emissions (b_i - d_i) / c_i = 9.5, 7.5, 5.5 sum to 22.5 > 12, so every GNE spends the cap
   * with each country below its uncapped emissions (then no country can raise emissions, and lowering
   * them loses b_i - c_i e_i - d_i > 0 per unit).
   */
  @Test
  void theComputedEquilibriumSpendsTheCapAndCannotBeExploited() {
    GeneralizedNashEquilibrium result = new ExploitabilityDescent(1_000).solve(game);
    double[] emissions = result.profile();
    assertThat(emissions[0] + emissions[1] + emissions[2]).isCloseTo(12, offset(1e-9));
    for (int i = 0; i < 3; i++) {
      assertThat(emissions[i]).isBetween(0.0, game.uncappedEmissions(i));
    }
    assertThat(result.exploitability()).isBetween(-1e-12, 1e-8);
    assertThat(result.converged()).isTrue();
    assertThat(result.curve()[0]).isGreaterThan(1);
  }

  /** A slack cap makes the uncapped Nash equilibrium (9.5, 7.5, 5.5) the unique GNE. */
  @Test
  void aSlackCapGivesTheUncappedNashEquilibrium() {
    KyotoEmissionsGame slack = new KyotoEmissionsGame(new double[] {10, 8, 6}, new double[] {1, 1, 1},
        new double[] {0.5, 0.5, 0.5}, 100);
    double[] emissions = new ExploitabilityDescent(1_000).solve(slack).profile();
    assertThat(emissions[0]).isCloseTo(9.5, offset(1e-6));
    assertThat(emissions[1]).isCloseTo(7.5, offset(1e-6));
    assertThat(emissions[2]).isCloseTo(5.5, offset(1e-6));
  }

  /**
   * Exploitability is non-negative on feasible profiles and zero exactly on the GNE: on the cap with
   * every country below its uncapped emissions it is 0; below the cap a country gains by emitting more.
   * Seeded random feasible profiles.
   */
  @Test
  void exploitabilityIsZeroOnEquilibriaAndPositiveOffThem() {
    PseudoGameExploitability measure = new PseudoGameExploitability(game);
    assertThat(measure.exploitability(new double[] {5, 4, 3})).isCloseTo(0, offset(1e-12));
    // Below the cap by 1: country 1 (room 1, wants more) gains 10 - 5 - 0.5 - 1/2 = 4 by the extra unit.
    assertThat(measure.exploitability(new double[] {5, 3, 3})).isGreaterThan(1);
    SplittableRandom random = new SplittableRandom(14);
    for (int trial = 0; trial < 200; trial++) {
      double[] profile = {random.nextDouble(6), random.nextDouble(6), random.nextDouble(6)};
      game.projectProfile(profile);
      double total = profile[0] + profile[1] + profile[2];
      double value = measure.exploitability(profile);
      assertThat(value).isGreaterThanOrEqualTo(-1e-12);
      if (total < 12 - 1e-9) {
        assertThat(value).as("profile below the cap").isGreaterThan(0);
      }
    }
  }

  /** The closed-form best response agrees with the default projected gradient ascent (the inner maximiser). */
  @Test
  void closedFormBestResponsesMatchProjectedGradientAscent() {
    SplittableRandom random = new SplittableRandom(7);
    double[] closed = new double[1];
    double[] ascent = new double[1];
    for (int trial = 0; trial < 100; trial++) {
      double[] profile = {random.nextDouble(8), random.nextDouble(8), random.nextDouble(8)};
      game.projectProfile(profile);
      double alpha = trial % 2 == 0 ? 0 : random.nextDouble(3);
      for (int player = 0; player < 3; player++) {
        game.bestResponse(player, profile, alpha, closed);
        ProjectedGradientAscent.bestResponse(game, player, profile, alpha, ascent);
        // The ascent accepts steps by comparing utilities, so it resolves the maximiser to about
        // sqrt(machine epsilon) times the utility scale (here ~30): 1e-6.
        assertThat(ascent[0]).isCloseTo(closed[0], offset(1e-6));
      }
    }
  }

  @Test
  void badParametersAreRefusedWithTheOffendingValue() {
    assertThatThrownBy(() -> new KyotoEmissionsGame(new double[] {1}, new double[] {0}, new double[] {0}, 1))
        .hasMessageContaining("cost of country 1 must be positive, got 0.0");
    assertThatThrownBy(() -> new KyotoEmissionsGame(new double[] {1}, new double[] {1}, new double[] {0}, -1))
        .hasMessageContaining("cap must be positive, got -1.0");
    assertThatThrownBy(() -> new KyotoEmissionsGame(new double[] {1, 2}, new double[] {1}, new double[] {0}, 1))
        .hasMessageContaining("one value per country");
  }
}

package org.agora.solvers.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.agora.core.GameParameters;
import org.agora.core.normalform.NormalFormGame;
import org.agora.solvers.MixedProfile;
import org.agora.solvers.testing.EquilibriumTester.Concept;
import org.junit.jupiter.api.Test;

class EquilibriumTesterTest {

  static NormalFormGame matchingPennies() {
    return NormalFormGame.bimatrix(GameParameters.none("pennies"), new String[] {"H", "T"}, new String[] {"H", "T"},
        new double[][] {{1, -1}, {-1, 1}}, new double[][] {{-1, 1}, {1, -1}});
  }

  static NormalFormGame prisonersDilemma() {
    return NormalFormGame.bimatrix(GameParameters.none("pd"), new String[] {"C", "D"}, new String[] {"C", "D"},
        new double[][] {{3, 0}, {4, 1}}, new double[][] {{3, 4}, {0, 1}});
  }

  /** Row plays H with probability 1/2 + x, column uniform: the column gains 2x by always playing T. */
  static double[] tilted(NormalFormGame game, double x) {
    return Profiles.product(game, MixedProfile.of(new double[] {0.5 + x, 0.5 - x}, new double[] {0.5, 0.5}));
  }

  @Test
  void theSampleCountIsHoeffdingsWithAUnionBound() {
    // R = 2, K = 4 constant deviations, delta = 0.05, epsilon = 0.2: 8 * 4 * ln(160) / 0.04 = 4060.2 -> 4061.
    assertThat(new EquilibriumTester(Concept.NASH, 0.2, 0.05).sampleCount(matchingPennies())).isEqualTo(4061);
    // CE: K = 2 * (2 * 1) = 4 swaps as well.
    assertThat(new EquilibriumTester(Concept.CORRELATED, 0.2, 0.05).deviationCount(matchingPennies())).isEqualTo(4);
  }

  @Test
  void aKnownNashEquilibriumPassesForEveryConcept() {
    NormalFormGame game = matchingPennies();
    double[] uniform = Profiles.product(game, Profiles.parse("uniform", game));
    for (Concept concept : Concept.values()) {
      EquilibriumTester.Outcome outcome = new EquilibriumTester(concept, 0.2, 0.05)
          .test(game, uniform, new SplittableRandom(7), 1_000_000);
      assertThat(outcome.passed()).as(concept.name()).isTrue();
      assertThat(outcome.samples()).isEqualTo(4061);
      assertThat(outcome.halfWidth()).isLessThanOrEqualTo(0.1);
    }
  }

  @Test
  void aNonEquilibriumWithALargeGapFails() {
    NormalFormGame game = prisonersDilemma();
    // Uniform play: player 0 earns (3/2 + 0)/2 + (2 + 1/2)/2 = 2, always D earns 5/2: gap 1/2 > epsilon.
    double[] uniform = Profiles.product(game, Profiles.parse("0.5 0.5;0.5,0.5", game));
    EquilibriumTester.Outcome outcome = new EquilibriumTester(Concept.NASH, 0.25, 0.05)
        .test(game, uniform, new SplittableRandom(3), 10_000_000);
    assertThat(outcome.passed()).isFalse();
    assertThat(outcome.deviation()).isEqualTo(1); // D
    assertThat(outcome.largestEstimatedGain()).isBetween(0.5 - outcome.halfWidth(), 0.5 + outcome.halfWidth());
  }

  @Test
  void errorRatesStayBelowDeltaInASmallSimulation() {
    // 200 independent tests each of an exact equilibrium (gap 0) and of a profile with gap 0.24 > epsilon
    // 0.2. The guarantee is an error probability <= delta = 0.2 each; allow 3 binomial standard errors
    // above it: 200 * 0.2 + 3 * sqrt(200 * 0.2 * 0.8) = 40 + 17 = 57 errors.
    NormalFormGame game = matchingPennies();
    EquilibriumTester tester = new EquilibriumTester(Concept.NASH, 0.2, 0.2);
    int falseFailures = 0;
    int falsePasses = 0;
    for (int trial = 0; trial < 200; trial++) {
      if (!tester.test(game, tilted(game, 0.0), new SplittableRandom(1000 + trial), 1_000_000).passed()) {
        falseFailures++;
      }
      if (tester.test(game, tilted(game, 0.12), new SplittableRandom(5000 + trial), 1_000_000).passed()) {
        falsePasses++;
      }
    }
    assertThat(falseFailures).isLessThanOrEqualTo(57);
    assertThat(falsePasses).isLessThanOrEqualTo(57);
  }

  @Test
  void aCorrelatedDistributionIsRefusedAsANashCandidateButTestedAsACce() {
    // Aumann's chicken: 1/3 each on (C,C), (C,D), (D,C) is a correlated equilibrium, hence a CCE
    // (each constant deviation loses 1/3: 5 against 14/3), but not a product of mixed strategies, so
    // it is no Nash equilibrium; its constant deviations would pass it as one.
    NormalFormGame chicken = NormalFormGame.bimatrix(GameParameters.none("chicken"), new String[] {"C", "D"},
        new String[] {"C", "D"}, new double[][] {{6, 2}, {7, 0}}, new double[][] {{6, 7}, {2, 0}});
    double[] correlated = {1.0 / 3, 1.0 / 3, 1.0 / 3, 0.0};
    assertThatThrownBy(() -> new EquilibriumTester(Concept.NASH, 1.0, 0.05)
        .test(chicken, correlated, new SplittableRandom(1), 1_000_000))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("product of mixed strategies");
    assertThat(new EquilibriumTester(Concept.COARSE_CORRELATED, 1.0, 0.05)
        .test(chicken, correlated, new SplittableRandom(1), 1_000_000).passed()).isTrue();
    // a product distribution is still accepted
    double[] product = Profiles.product(chicken, MixedProfile.of(new double[] {0.5, 0.5}, new double[] {0.25, 0.75}));
    assertThat(new EquilibriumTester(Concept.NASH, 1.0, 0.05)
        .test(chicken, product, new SplittableRandom(1), 1_000_000).samples()).isPositive();
  }

  @Test
  void badProfilesAndParametersAreRefused() {
    NormalFormGame game = matchingPennies();
    assertThatThrownBy(() -> Profiles.parse("0.5 0.5", game)).hasMessageContaining("has 1 player part(s)");
    assertThatThrownBy(() -> Profiles.parse("0.5 0.5 0;1 0", game)).hasMessageContaining("has 3 probabilities");
    assertThatThrownBy(() -> Profiles.parse("a b;1 0", game)).hasMessageContaining("bad probability 'a'");
    assertThatThrownBy(() -> new EquilibriumTester(Concept.NASH, 0.0, 0.1)).hasMessageContaining("epsilon");
    assertThatThrownBy(() -> new EquilibriumTester(Concept.NASH, 1e-6, 0.05)
        .test(game, tilted(game, 0.0), new SplittableRandom(1), 1_000)).hasMessageContaining("above the limit 1000");
  }
}

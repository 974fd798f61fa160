package org.agora.solvers.correlated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.agora.core.normalform.NormalFormGame;
import org.agora.solvers.MixedProfile;
import org.agora.solvers.measures.ProfileMeasures;
import org.junit.jupiter.api.Test;

class CorrelatedDistributionTest {

  @Test
  void rejectsWrongLengthNegativeAndUnnormalisedProbabilities() {
    NormalFormGame chicken = TestGames.zoo("chicken");
    assertThatThrownBy(() -> CorrelatedDistribution.of(chicken, new double[] {1.0}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 entries").hasMessageContaining("4");
    assertThatThrownBy(() -> CorrelatedDistribution.of(chicken, new double[] {1.1, -0.1, 0, 0}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-0.1");
    assertThatThrownBy(() -> CorrelatedDistribution.of(chicken, new double[] {0.5, 0.5, 0.5, 0}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sum to 1.5");
    assertThatThrownBy(() -> CorrelatedDistribution.of(chicken, new double[] {Double.NaN, 1, 0, 0}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN");
    assertThat(CorrelatedDistribution.of(chicken, new double[] {0.5, 0.5 + 1e-10, 0, 0}).profileCount()).isEqualTo(4);
  }

  @Test
  void isImmutable() {
    NormalFormGame chicken = TestGames.zoo("chicken");
    double[] values = {0.25, 0.25, 0.25, 0.25};
    CorrelatedDistribution distribution = CorrelatedDistribution.of(chicken, values);
    values[0] = 7.0;
    distribution.probabilities()[1] = 7.0;
    assertThat(distribution.probabilities()).containsExactly(0.25, 0.25, 0.25, 0.25);
    assertThat(distribution).isEqualTo(CorrelatedDistribution.uniform(chicken));
  }

  @Test
  void productOfAMixedProfileHasThoseMarginalsAndTheSamePayoffs() {
    NormalFormGame game = TestGames.random(11, new int[] {2, 3, 2}, 5);
    MixedProfile profile = MixedProfile.of(new double[] {0.3, 0.7}, new double[] {0.2, 0.5, 0.3},
        new double[] {0.9, 0.1});
    CorrelatedDistribution product = CorrelatedDistribution.fromProfile(game, profile);
    assertThat(product.marginals().isCloseTo(profile, 1e-12)).isTrue();
    assertThat(product.marginal(1)).containsExactly(new double[] {0.2, 0.5, 0.3}, within(1e-12));
    assertThat(product.expectedPayoffs(game)).containsExactly(ProfileMeasures.expectedPayoffs(game, profile),
        within(1e-12));
    assertThat(product.socialWelfare(game)).isCloseTo(ProfileMeasures.socialWelfare(game, profile), within(1e-12));
    // Entropy of a product is the sum of the marginal entropies.
    double expected = 0.0;
    for (int p = 0; p < 3; p++) {
      for (double q : profile.strategy(p)) {
        expected -= q * Math.log(q);
      }
    }
    assertThat(product.entropy()).isCloseTo(expected, within(1e-12));
    // Profile index 0b1,2,0 = (1 * 3 + 2) * 2 + 0 = 10: probability 0.7 * 0.3 * 0.9.
    assertThat(product.probability(10)).isCloseTo(0.7 * 0.3 * 0.9, within(1e-15));
  }

  @Test
  void pureAndUniformDistributions() {
    NormalFormGame chicken = TestGames.zoo("chicken");
    CorrelatedDistribution pure = CorrelatedDistribution.pure(chicken, 1, 0);
    assertThat(pure.probabilities()).containsExactly(0, 0, 1, 0);
    assertThat(pure.entropy()).isZero();
    assertThat(pure.expectedPayoffs(chicken)).containsExactly(1.0, -1.0);
    assertThat(pure.supportSize(0.0)).isEqualTo(1);
    assertThat(CorrelatedDistribution.uniform(chicken).entropy()).isCloseTo(Math.log(4), within(1e-15));
    assertThat(CorrelatedDistribution.uniform(chicken).minimumPayoff(chicken)).isEqualTo(-2.5);
    assertThatThrownBy(() -> pure.expectedPayoffs(TestGames.zoo("rock_paper_scissors")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("strategy counts");
  }

  @Test
  void linearConstraintMeasuresItsViolation() {
    NormalFormGame chicken = TestGames.zoo("chicken");
    CorrelatedDistribution uniform = CorrelatedDistribution.uniform(chicken);
    double[] crash = {0, 0, 0, 1};
    assertThat(LinearConstraint.atMost(crash, 0.1).violation(uniform)).isCloseTo(0.15, within(1e-15));
    assertThat(LinearConstraint.atLeast(crash, 0.1).violation(uniform)).isZero();
    assertThat(LinearConstraint.equalTo(crash, 0.5).violation(uniform)).isCloseTo(0.25, within(1e-15));
    assertThatThrownBy(() -> LinearConstraint.atMost(new double[] {Double.POSITIVE_INFINITY}, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

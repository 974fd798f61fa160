package org.agora.solvers.correlated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.OptionalInt;
import org.agora.core.normalform.NormalFormGame;
import org.agora.solvers.correlated.CorrelatedEquilibriumSolver.Concept;
import org.agora.solvers.correlated.CorrelatedMeasures.DeviationGain;
import org.junit.jupiter.api.Test;

class CorrelatedMeasuresTest {

  @Test
  void mutualCooperationInThePrisonersDilemmaGivesEachPlayerTwoByDefecting() {
    NormalFormGame dilemma = TestGames.zoo("prisoners_dilemma");
    CorrelatedDistribution cooperate = CorrelatedDistribution.pure(dilemma, 0, 0);
    assertThat(CorrelatedMeasures.correlatedGap(dilemma, cooperate)).isEqualTo(2.0);
    assertThat(CorrelatedMeasures.coarseCorrelatedGap(dilemma, cooperate)).isEqualTo(2.0);
    List<DeviationGain> violations = CorrelatedMeasures.violations(dilemma, cooperate, Concept.CORRELATED, 0.0);
    assertThat(violations).containsExactly(new DeviationGain(0, OptionalInt.of(0), 1, 2.0),
        new DeviationGain(1, OptionalInt.of(0), 1, 2.0));
    assertThat(CorrelatedMeasures.deviationGains(dilemma, cooperate, Concept.CORRELATED)).hasSize(4);
    assertThat(CorrelatedMeasures.deviationGains(dilemma, cooperate, Concept.COARSE_CORRELATED)).containsExactly(
        new DeviationGain(0, OptionalInt.empty(), 0, 0.0), new DeviationGain(0, OptionalInt.empty(), 1, 2.0),
        new DeviationGain(1, OptionalInt.empty(), 0, 0.0), new DeviationGain(1, OptionalInt.empty(), 1, 2.0));
    assertThat(CorrelatedMeasures.isEquilibrium(dilemma, CorrelatedDistribution.pure(dilemma, 1, 1),
        Concept.CORRELATED, 0.0)).isTrue();
  }

  @Test
  void gainsAreUnconditionalExpectations() {
    // Uniform in chicken: told swerve (prob 1/2), the row player meets swerve or straight with 1/4
    // each; going straight instead changes 0 -> 1 and -1 -> -10: gain (1 - 9) / 4 = -2.
    NormalFormGame chicken = TestGames.zoo("chicken");
    CorrelatedDistribution uniform = CorrelatedDistribution.uniform(chicken);
    double[][][] gains = CorrelatedMeasures.correlatedGains(chicken, uniform);
    assertThat(gains[0][0][1]).isCloseTo(-2.0, within(1e-15));
    // Told straight, swerving changes 1 -> 0 and -10 -> -1: gain (-1 + 9) / 4 = 2.
    assertThat(gains[0][1][0]).isCloseTo(2.0, within(1e-15));
    assertThat(CorrelatedMeasures.correlatedGap(chicken, uniform)).isCloseTo(2.0, within(1e-15));
    // Coarse: always swerving gains -2 + 2 = 0, always straight 0 (it is what the device would say
    // half the time, and the gains sum to 0 + (-2)).
    double[][] coarse = CorrelatedMeasures.coarseCorrelatedGains(chicken, uniform);
    assertThat(coarse[0]).containsExactly(new double[] {2.0, -2.0}, within(1e-15));
    assertThat(CorrelatedMeasures.gap(chicken, uniform, Concept.COARSE_CORRELATED)).isCloseTo(2.0, within(1e-15));
  }

  @Test
  void threePlayerGainsMatchTheConstraintRows() {
    NormalFormGame game = TestGames.random(5, new int[] {2, 3, 2}, 4);
    CorrelatedDistribution uniform = CorrelatedDistribution.uniform(game);
    for (Concept concept : Concept.values()) {
      List<IncentiveConstraints.Row> rows = IncentiveConstraints.rows(game, concept);
      List<DeviationGain> gains = CorrelatedMeasures.deviationGains(game, uniform, concept);
      assertThat(rows).hasSameSizeAs(gains);
      assertThat(rows).hasSize(concept == Concept.CORRELATED ? 2 + 6 + 2 : 2 + 3 + 2);
      for (int k = 0; k < rows.size(); k++) {
        double lhs = 0.0;
        for (int profile = 0; profile < game.profileCount(); profile++) {
          lhs += rows.get(k).coefficients()[profile] * uniform.probability(profile);
        }
        assertThat(gains.get(k).gain()).isCloseTo(-lhs, within(1e-12));
        assertThat(gains.get(k).player()).isEqualTo(rows.get(k).player());
      }
    }
  }
}

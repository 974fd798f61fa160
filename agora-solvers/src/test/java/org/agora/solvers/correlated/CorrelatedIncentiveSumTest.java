package org.agora.solvers.correlated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.agora.core.GameRegistry;
import org.agora.core.normalform.NormalFormGame;
import org.junit.jupiter.api.Test;

/** Hand-computed incentive sums (the NashConv analogues) of distributions in the zoo chicken. */
class CorrelatedIncentiveSumTest {

  private static final NormalFormGame CHICKEN = (NormalFormGame) GameRegistry.create("chicken");

  private static int index(String row, String column) {
    return CHICKEN.profileIndex(new int[] {strategy(row), strategy(column)});
  }

  private static int strategy(String name) {
    for (int s = 0; s < 2; s++) {
      if (CHICKEN.strategyName(0, s).equals(name)) {
        return s;
      }
    }
    throw new AssertionError(name);
  }

  @Test
  void theTrafficLightOfChickenIsACorrelatedEquilibrium() {
    // Each of (swerve, swerve), (swerve, straight), (straight, swerve) with probability 1/3.
    double[] distribution = new double[4];
    distribution[index("swerve", "swerve")] = 1.0 / 3;
    distribution[index("swerve", "straight")] = 1.0 / 3;
    distribution[index("straight", "swerve")] = 1.0 / 3;
    assertThat(CorrelatedMeasures.correlatedIncentiveSum(CHICKEN, CorrelatedDistribution.of(CHICKEN, distribution))).isCloseTo(0.0, within(1e-12));
    assertThat(CorrelatedMeasures.coarseCorrelatedIncentiveSum(CHICKEN, CorrelatedDistribution.of(CHICKEN, distribution))).isCloseTo(0.0, within(1e-12));
  }

  @Test
  void aSureCrashLeavesEachDriverNineToGainBySwerving() {
    double[] crash = new double[4];
    crash[index("straight", "straight")] = 1.0;
    assertThat(CorrelatedMeasures.coarseCorrelatedIncentiveSum(CHICKEN, CorrelatedDistribution.of(CHICKEN, crash))).isEqualTo(18.0);
    assertThat(CorrelatedMeasures.correlatedIncentiveSum(CHICKEN, CorrelatedDistribution.of(CHICKEN, crash))).isEqualTo(18.0);
  }

  @Test
  void conditionalDeviationsGainAtLeastAsMuchAsFixedOnes() {
    // Half (swerve, straight), half (straight, swerve): obeying each recommendation is optimal, so it
    // is a correlated (hence coarse correlated) equilibrium.
    double[] alternate = new double[4];
    alternate[index("swerve", "straight")] = 0.5;
    alternate[index("straight", "swerve")] = 0.5;
    assertThat(CorrelatedMeasures.correlatedIncentiveSum(CHICKEN, CorrelatedDistribution.of(CHICKEN, alternate))).isZero();
    // Half (swerve, swerve), half (straight, straight): the row player told "straight" should swerve
    // (gain 9 with probability 1/2); told "swerve", going straight gains 1 with probability 1/2.
    double[] mismatched = new double[4];
    mismatched[index("swerve", "swerve")] = 0.5;
    mismatched[index("straight", "straight")] = 0.5;
    assertThat(CorrelatedMeasures.correlatedIncentiveSum(CHICKEN, CorrelatedDistribution.of(CHICKEN, mismatched))).isCloseTo(2 * (4.5 + 0.5), within(1e-12));
    // Fixed deviations against an average of -5: always swerve gives 0.5 * 0 + 0.5 * (-1) = -0.5
    // (gain 4.5); always straight gives 0.5 * 1 + 0.5 * (-10) = -4.5 (gain 0.5). Best 4.5 per player.
    assertThat(CorrelatedMeasures.coarseCorrelatedIncentiveSum(CHICKEN, CorrelatedDistribution.of(CHICKEN, mismatched))).isCloseTo(2 * 4.5, within(1e-12));
  }
}

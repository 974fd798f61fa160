package org.agora.solvers.cfr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RegretKernelTest {

  @Test
  void regretMatchingNormalisesPositivePartsOrIsUniform() {
    double[] regrets = {9.0, -1.0, 3.0, 0.0, -2.0, -5.0};
    double[] out = new double[8];

    RegretKernel.regretMatching(regrets, 0, 4, out, 1);
    RegretKernel.regretMatching(regrets, 4, 2, out, 5);

    assertThat(out).containsExactly(0.0, 0.75, 0.0, 0.25, 0.0, 0.5, 0.5, 0.0);
  }

  /**
   * The two regret-matching loops the kernel replaced (the CFR sweep's in-place one and the Monte
   * Carlo solvers' one) give the kernel's bits on random rows, so the solvers' results are unchanged.
   */
  @Test
  void regretMatchingIsBitIdenticalToTheLoopsItReplaced() {
    SplittableRandom random = new SplittableRandom(20261207L);
    for (int trial = 0; trial < 2_000; trial++) {
      int count = 1 + random.nextInt(7);
      double[] regrets = new double[count];
      for (int k = 0; k < count; k++) {
        regrets[k] = random.nextInt(4) == 0 ? 0.0 : random.nextDouble(-3.0, 3.0) * Math.pow(10, random.nextInt(-6, 6));
      }
      double[] kernel = new double[count];
      RegretKernel.regretMatching(regrets, 0, count, kernel, 0);

      double[] inPlace = new double[count];
      double total = 0.0;
      for (int k = 0; k < count; k++) {
        double positive = regrets[k] > 0.0 ? regrets[k] : 0.0;
        inPlace[k] = positive;
        total += positive;
      }
      for (int k = 0; k < count; k++) {
        inPlace[k] = total > 0.0 ? inPlace[k] / total : 1.0 / count;
      }
      assertThat(kernel).as("regrets %s", java.util.Arrays.toString(regrets)).containsExactly(inPlace);
    }
  }

  @Test
  void clippedUpdateNeverGoesNegativeAndPlainUpdateAdds() {
    double[] regrets = {1.0, -1.0, 2.0, 0.5};
    double[] instant = {-3.0, 0.5, 1.0, -0.25};
    double[] plain = regrets.clone();

    RegretKernel.addRegretsClipped(regrets, instant, 0, 3);
    RegretKernel.addRegrets(plain, instant, 1, 3);

    assertThat(regrets).containsExactly(0.0, 0.0, 3.0, 0.5);
    assertThat(plain).containsExactly(1.0, -0.5, 3.0, 0.25);
  }

  @Test
  void accumulateAddsWeightedStrategyAndNormaliseAverages() {
    double[] sums = new double[6];
    double[] strategy = {0.0, 0.25, 0.75};

    RegretKernel.accumulate(sums, 0, 3, 2.0, strategy, 0);
    RegretKernel.accumulate(sums, 0, 3, 2.0, new double[] {1.0, 0.0, 0.0}, 0);
    double[] average = new double[6];
    RegretKernel.normalise(sums, 0, 3, average, 0);
    RegretKernel.normalise(sums, 3, 3, average, 3);

    assertThat(sums).containsExactly(2.0, 0.5, 1.5, 0.0, 0.0, 0.0);
    assertThat(average).containsExactly(0.5, 0.125, 0.375, 1.0 / 3, 1.0 / 3, 1.0 / 3);
  }
}

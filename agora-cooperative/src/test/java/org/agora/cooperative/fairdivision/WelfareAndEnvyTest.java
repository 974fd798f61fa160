package org.agora.cooperative.fairdivision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Welfare measures and envy checks on hand examples. */
class WelfareAndEnvyTest {

  @Test
  void welfareOfAHandProfile() {
    double[] u = {1, 2, 4};
    assertThat(Welfare.utilitarian(u)).isEqualTo(7.0);
    assertThat(Welfare.egalitarian(u)).isEqualTo(1.0);
    assertThat(Welfare.nashLogSum(u)).isCloseTo(Math.log(8), within(1e-12));
    assertThat(Welfare.nashLogSum(new double[] {1, 0})).isEqualTo(Double.NEGATIVE_INFINITY);
  }

  @Test
  void giniIsZeroForEqualUtilitiesAndOneMinusOneOverNWhenOneAgentHasAll() {
    assertThat(Welfare.gini(new double[] {3, 3, 3})).isCloseTo(0.0, within(1e-12));
    // sum_ij |u_i - u_j| / (2 n^2 mean) with one agent holding everything = (n - 1) / n.
    assertThat(Welfare.gini(new double[] {0, 0, 1})).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(Welfare.gini(new double[] {1, 2, 3, 4})).isCloseTo(0.25, within(1e-12)); // 20 / (2 * 16 * 2.5)
    assertThat(Welfare.gini(new double[] {-1, -1})).isCloseTo(0.0, within(1e-12));
    assertThatThrownBy(() -> Welfare.gini(new double[] {-1, 1})).hasMessageContaining("one sign");
  }

  @Test
  void envyEf1AndEfxForGoods() {
    FairDivisionInstance instance = FairDivisionInstance.of(ItemKind.GOODS, new double[][] {{5, 1, 1}, {1, 1, 1}});
    // Agent 0 holds {2} (worth 1 to it) and sees {0, 1} worth 6: envy 5; dropping item 0 leaves 1 (EF1),
    // dropping item 1 leaves 5 > 1 (not EFX).
    EnvyReport report = EnvyReport.of(instance, new Allocation(2, new int[] {1, 1, 0}));
    assertThat(report.envy(0, 1)).isEqualTo(5.0);
    assertThat(report.envy(1, 0)).isEqualTo(0.0);
    assertThat(report.isEf1(0, 1)).isTrue();
    assertThat(report.isEfx(0, 1)).isFalse();
    assertThat(report.isEnvyFree()).isFalse();
    assertThat(report.largestEnvy()).isEqualTo(5.0);
    // Agent 0 holding nothing and seeing both 5s is not EF1.
    FairDivisionInstance two = FairDivisionInstance.of(ItemKind.GOODS, new double[][] {{5, 5}, {1, 1}});
    assertThat(EnvyReport.of(two, new Allocation(2, new int[] {1, 1})).isEf1()).isFalse();
  }

  @Test
  void envyForChoresDropsAnItemFromTheEnviousAgent() {
    // Agent 0 bears {0, 1} at cost 3 + 1 = 4 and sees agent 1's {2} at cost 1: envy 3 in utility;
    // dropping its chore 0 (cost 3) leaves 1 <= 1 (EF1), dropping chore 1 leaves 3 > 1 (not EFX).
    FairDivisionInstance instance = FairDivisionInstance.of(ItemKind.CHORES, new double[][] {{3, 1, 1}, {1, 1, 1}});
    EnvyReport report = EnvyReport.of(instance, new Allocation(2, new int[] {0, 0, 1}));
    assertThat(report.envy(0, 1)).isEqualTo(3.0);
    assertThat(report.isEf1(0, 1)).isTrue();
    assertThat(report.isEfx(0, 1)).isFalse();
    assertThat(new Allocation(2, new int[] {0, 0, 1}).utilities(instance)).containsExactly(-4.0, -1.0);
  }
}

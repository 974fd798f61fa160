package org.agora.cooperative.fairdivision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Round-robin and envy-cycle elimination are EF1; maximum Nash welfare is EF1 and Pareto optimal. */
class OfflineRulesTest {

  static FairDivisionInstance draw(ItemKind kind, int n, int m, int trial, SplittableRandom random) {
    return switch (trial % 3) {
      case 0 -> RandomInstances.uniform(kind, n, m, random);
      case 1 -> RandomInstances.integers(kind, n, m, 3, random);
      default -> RandomInstances.heavyTailed(kind, n, m, 1.0, random);
    };
  }

  @ParameterizedTest
  @CsvSource({"2,5", "3,7", "4,12", "5,20", "7,30"})
  void roundRobinIsEf1ForGoodsAndChores(int n, int m) {
    SplittableRandom random = new SplittableRandom(16_10 + 31L * n + m);
    for (int trial = 0; trial < 100; trial++) {
      for (ItemKind kind : ItemKind.values()) {
        FairDivisionInstance instance = draw(kind, n, m, trial, random);
        assertThat(EnvyReport.of(instance, RoundRobin.allocate(instance)).isEf1()).as("%s trial %d", kind, trial).isTrue();
      }
    }
  }

  @ParameterizedTest
  @CsvSource({"2,5", "3,7", "4,12", "5,20", "7,30"})
  void envyCycleEliminationIsEf1(int n, int m) {
    SplittableRandom random = new SplittableRandom(16_20 + 31L * n + m);
    for (int trial = 0; trial < 100; trial++) {
      FairDivisionInstance instance = draw(ItemKind.GOODS, n, m, trial, random);
      assertThat(EnvyReport.of(instance, EnvyCycleElimination.allocate(instance)).isEf1()).as("trial %d", trial).isTrue();
    }
  }

  /** Picking items for agent 0 in index order creates envy cycles; the rotation must resolve them. */
  @Test
  void envyCycleEliminationRotatesBundlesAlongACycle() {
    // Agent 0 loves item 1, agent 1 loves item 0: handing item 0 to agent 0 and item 1 to agent 1
    // makes each envy the other; the rotation swaps the bundles before item 2 is handed out.
    FairDivisionInstance instance = FairDivisionInstance.of(ItemKind.GOODS, new double[][] {{1, 9, 1}, {9, 1, 1}});
    Allocation allocation = EnvyCycleElimination.allocate(instance);
    assertThat(allocation.ownerOf(0)).isEqualTo(1);
    assertThat(allocation.ownerOf(1)).isEqualTo(0);
    assertThat(EnvyReport.of(instance, allocation).isEf1()).isTrue();
  }

  @Test
  void envyCycleEliminationRefusesChores() {
    FairDivisionInstance chores = FairDivisionInstance.of(ItemKind.CHORES, new double[][] {{1}, {1}});
    assertThatThrownBy(() -> EnvyCycleElimination.allocate(chores)).hasMessageContaining("goods only");
  }

  @ParameterizedTest
  @CsvSource({"2,4", "2,6", "3,5", "3,6", "4,5"})
  void maximumNashWelfareIsEf1AndParetoOptimal(int n, int m) {
    SplittableRandom random = new SplittableRandom(16_30 + 31L * n + m);
    for (int trial = 0; trial < 40; trial++) {
      FairDivisionInstance instance = draw(ItemKind.GOODS, n, m, trial, random);
      Allocation mnw = MaximumNashWelfare.allocate(instance);
      assertThat(EnvyReport.of(instance, mnw).isEf1()).as("EF1, trial %d", trial).isTrue();
      assertThat(dominator(instance, mnw)).as("Pareto dominator, trial %d", trial).isNull();
    }
  }

  /** An allocation that Pareto-dominates {@code allocation}, by brute force over all n^m, or null. */
  static int[] dominator(FairDivisionInstance instance, Allocation allocation) {
    int n = instance.agentCount();
    int m = instance.itemCount();
    double[] base = allocation.utilities(instance);
    int[] owner = new int[m];
    long count = (long) Math.pow(n, m);
    for (long code = 0; code < count; code++) {
      long c = code;
      for (int e = 0; e < m; e++) {
        owner[e] = (int) (c % n);
        c /= n;
      }
      double[] u = new Allocation(n, owner).utilities(instance);
      boolean weakly = true;
      boolean strictly = false;
      for (int i = 0; i < n; i++) {
        weakly &= u[i] >= base[i] - 1e-9;
        strictly |= u[i] > base[i] + 1e-9;
      }
      if (weakly && strictly) {
        return owner.clone();
      }
    }
    return null;
  }

  /** Caragiannis et al.: with no allocation positive for all, maximise the positive agents first. */
  @Test
  void maximumNashWelfareMaximisesTheNumberOfPositiveAgentsFirst() {
    // Agent 2 values nothing, so every product is 0; the rule still gives item 0 to agent 1 (who values
    // only it) and item 1 to agent 0, making two agents positive with product 1.
    FairDivisionInstance instance = FairDivisionInstance.of(ItemKind.GOODS, new double[][] {{1, 1}, {1, 0}, {0, 0}});
    Allocation mnw = MaximumNashWelfare.allocate(instance);
    assertThat(mnw.owner()).containsExactly(1, 0);
  }

  @Test
  void maximumNashWelfareRefusesLargeInstancesAndChores() {
    FairDivisionInstance large = RandomInstances.uniform(ItemKind.GOODS, 4, 13, new SplittableRandom(1));
    assertThatThrownBy(() -> MaximumNashWelfare.allocate(large)).hasMessageContaining("4^13").hasMessageContaining("limit");
    FairDivisionInstance chores = FairDivisionInstance.of(ItemKind.CHORES, new double[][] {{1}, {1}});
    assertThatThrownBy(() -> MaximumNashWelfare.allocate(chores)).hasMessageContaining("goods");
  }
}

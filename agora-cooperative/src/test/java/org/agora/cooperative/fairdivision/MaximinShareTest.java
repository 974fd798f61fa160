package org.agora.cooperative.fairdivision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Maximin shares on hand examples (sums checked by hand) and against brute force over all partitions. */
class MaximinShareTest {

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      // goods: four unit goods, two bundles -> {1,1},{1,1}
      "GOODS; 1 1 1 1; 2; 2",
      // three unit goods, two bundles -> {1},{1,1}: the least is 1
      "GOODS; 1 1 1; 2; 1",
      // 3,3,2,2,2 in three bundles: total 12 but 3 + 2s never makes 4, so {3},{3},{2,2,2} -> 3
      "GOODS; 3 3 2 2 2; 3; 3",
      // one huge good: {10},{1,1} -> 2
      "GOODS; 10 1 1; 2; 2",
      // chores: three unit chores, two bundles -> {1,1},{1} -> 2
      "CHORES; 1 1 1; 2; 2",
      // 3,3,2,2,2 chores in three bundles: 4s impossible, {3,2},{3,2},{2} -> 5
      "CHORES; 3 3 2 2 2; 3; 5",
      // more bundles than items: goods get 0, chores the largest item
      "GOODS; 4 5; 3; 0",
      "CHORES; 4 5; 3; 5"})
  void handExamples(ItemKind kind, String entries, int bundles, double expected) {
    String[] parts = entries.split(" ");
    double[] row = new double[parts.length];
    for (int k = 0; k < row.length; k++) {
      row[k] = Double.parseDouble(parts[k]);
    }
    assertThat(MaximinShare.of(kind, row, bundles)).isCloseTo(expected, within(1e-12));
  }

  @ParameterizedTest
  @CsvSource({"2,7", "3,7", "4,6"})
  void agreesWithBruteForce(int n, int m) {
    SplittableRandom random = new SplittableRandom(16_40 + 31L * n + m);
    for (int trial = 0; trial < 40; trial++) {
      for (ItemKind kind : ItemKind.values()) {
        double[] row = new double[m];
        for (int e = 0; e < m; e++) {
          row[e] = trial % 2 == 0 ? random.nextDouble() : random.nextInt(5);
        }
        assertThat(MaximinShare.of(kind, row, n)).as("%s trial %d", kind, trial).isCloseTo(bruteForce(kind, row, n), within(1e-9));
      }
    }
  }

  static double bruteForce(ItemKind kind, double[] row, int n) {
    int m = row.length;
    long count = (long) Math.pow(n, m);
    double best = kind == ItemKind.GOODS ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    double[] load = new double[n];
    for (long code = 0; code < count; code++) {
      java.util.Arrays.fill(load, 0);
      long c = code;
      for (int e = 0; e < m; e++) {
        load[(int) (c % n)] += row[e];
        c /= n;
      }
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      for (double x : load) {
        min = Math.min(min, x);
        max = Math.max(max, x);
      }
      best = kind == ItemKind.GOODS ? Math.max(best, min) : Math.min(best, max);
    }
    return best;
  }

  @Test
  void ratiosCompareEachBundleWithItsShare() {
    FairDivisionInstance instance = FairDivisionInstance.of(ItemKind.GOODS, new double[][] {{1, 1, 1, 1}, {2, 2, 0, 0}});
    double[] mms = MaximinShare.values(instance); // agent 0: 2; agent 1: {2},{2,0,0} -> 2
    assertThat(mms).containsExactly(2.0, 2.0);
    Allocation allocation = new Allocation(2, new int[] {1, 0, 0, 0});
    assertThat(MaximinShare.ratios(instance, allocation, mms)).containsExactly(1.5, 1.0);
  }

  @Test
  void refusesTooManyItems() {
    double[] row = new double[MaximinShare.MAX_ITEMS + 1];
    java.util.Arrays.fill(row, 1.0);
    assertThatThrownBy(() -> MaximinShare.of(ItemKind.GOODS, row, 2))
        .hasMessage("exact maximin share is limited to 24 items; got 25");
  }
}

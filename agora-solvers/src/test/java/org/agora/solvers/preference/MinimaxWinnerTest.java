package org.agora.solvers.preference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.agora.core.GameParameters;
import org.agora.core.Rational;
import org.agora.core.normalform.NormalFormGame;
import org.agora.testkit.SeededCases;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class MinimaxWinnerTest {

  /** A square game whose row payoffs are {@code rows} (fractions such as "4/5"); the column's are 0. */
  static NormalFormGame preferences(String[][] rows) {
    int n = rows.length;
    Rational[] payoffs = new Rational[2 * n * rows[0].length];
    java.util.Arrays.fill(payoffs, Rational.ZERO);
    String[] rowNames = new String[n];
    String[] columnNames = new String[rows[0].length];
    for (int i = 0; i < n; i++) {
      rowNames[i] = "a" + i;
      for (int j = 0; j < rows[i].length; j++) {
        payoffs[i * rows[i].length + j] = Rational.parse(rows[i][j]);
      }
    }
    for (int j = 0; j < columnNames.length; j++) {
      columnNames[j] = "a" + j;
    }
    return NormalFormGame.exact(GameParameters.none("preferences"), "preferences", new String[] {"row", "column"},
        new String[][] {rowNames, columnNames}, payoffs);
  }

  private static Rational[] exact(String... values) {
    Rational[] result = new Rational[values.length];
    for (int i = 0; i < values.length; i++) {
      result[i] = Rational.parse(values[i]);
    }
    return result;
  }

  @Test
  void aCyclicPreferenceGivesTheUniformWinner() {
    // rock-paper-scissors preferences: a0 beats a1 beats a2 beats a0 surely; by symmetry the unique
    // winner is uniform
    PreferenceMatrix matrix = PreferenceMatrix.of(preferences(new String[][] {
        {"1/2", "1", "0"}, {"0", "1/2", "1"}, {"1", "0", "1/2"}}));
    assertThat(matrix.kind()).isEqualTo(PreferenceMatrix.Kind.PROBABILITIES);
    assertThat(new MinimaxWinner().solve(matrix)).containsExactly(exact("1/3", "1/3", "1/3"));
  }

  @Test
  void aCondorcetWinnerGetsAllTheMass() {
    // a2 is preferred to every other alternative (probabilities 3/5, 7/10, 51/100); a0, a1, a3 cycle
    PreferenceMatrix matrix = PreferenceMatrix.of(preferences(new String[][] {
        {"1/2", "9/10", "2/5", "1/5"},
        {"1/10", "1/2", "3/10", "4/5"},
        {"3/5", "7/10", "1/2", "51/100"},
        {"4/5", "1/5", "49/100", "1/2"}}));
    assertThat(new MinimaxWinner().solve(matrix)).containsExactly(exact("0", "0", "1", "0"));
  }

  @Test
  void anUnevenCycleHasTheKernelOfItsMarginsAsWinner() {
    // margins M = 2P - 1 = [[0, 3/5, -2/5], [-3/5, 0, 2/5], [2/5, -2/5, 0]]; a 3x3 skew-symmetric matrix
    // [[0, a, b], [-a, 0, c], [-b, -c, 0]] with a cycle has the winner proportional to (c, -b, a)
    // = (2/5, 2/5, 3/5), i.e. (2/7, 2/7, 3/7)
    PreferenceMatrix matrix = PreferenceMatrix.of(preferences(new String[][] {
        {"1/2", "4/5", "3/10"}, {"1/5", "1/2", "7/10"}, {"7/10", "3/10", "1/2"}}));
    assertThat(new MinimaxWinner().solve(matrix)).containsExactly(exact("2/7", "2/7", "3/7"));
  }

  @Test
  void marginMatricesAreAcceptedAndGiveTheSameWinner() {
    PreferenceMatrix margins = PreferenceMatrix.of(preferences(new String[][] {
        {"0", "3", "-2"}, {"-3", "0", "2"}, {"2", "-2", "0"}}));
    assertThat(margins.kind()).isEqualTo(PreferenceMatrix.Kind.MARGINS);
    assertThat(new MinimaxWinner().solve(margins)).containsExactly(exact("2/7", "2/7", "3/7"));
    assertThatThrownBy(() -> new SelfPlayPreferenceOptimisation(100).solve(margins, new SplittableRandom(1)))
        .hasMessageContaining("need preference probabilities");
  }

  @Test
  void theSampledVariantConvergesToTheExactWinner() {
    PreferenceMatrix matrix = PreferenceMatrix.of(preferences(new String[][] {
        {"1/2", "4/5", "3/10"}, {"1/5", "1/2", "7/10"}, {"7/10", "3/10", "1/2"}}));
    double[] exactWinner = {2.0 / 7, 2.0 / 7, 3.0 / 7};
    double coarse = distance(new SelfPlayPreferenceOptimisation(3_000).solve(matrix, new SplittableRandom(5)),
        exactWinner);
    double[] learned = new SelfPlayPreferenceOptimisation(3_000_000).solve(matrix, new SplittableRandom(5));
    double fine = distance(learned, exactWinner);
    // 10^6 rounds: Hedge's regret bound sqrt(ln 3 / (2T)) ~ 7e-4 plus sampling noise of the same order;
    // the winner is interior and unique, so the average lottery is within a few 1e-3 of it
    assertThat(fine).isLessThan(0.01);
    assertThat(fine).isLessThan(coarse);
    assertThat(MinimaxWinner.worstMargin(matrix, learned)).isGreaterThan(-0.01);
  }

  @TestFactory
  Stream<DynamicTest> exactWinnersAreUnbeatenAndCondorcetWinnersAreFound() {
    return SeededCases.tests(1208, 40, one -> {
      SplittableRandom random = one.random();
      int n = one.intBetween(1, 6);
      String[][] rows = new String[n][n];
      for (int i = 0; i < n; i++) {
        rows[i][i] = "1/2";
        for (int j = i + 1; j < n; j++) {
          int k = random.nextInt(0, 21);
          rows[i][j] = k + "/20";
          rows[j][i] = (20 - k) + "/20";
        }
      }
      PreferenceMatrix matrix = PreferenceMatrix.of(preferences(rows));
      Rational[] winner = new MinimaxWinner().solve(matrix);
      for (int j = 0; j < n; j++) {
        Rational total = Rational.ZERO;
        for (int i = 0; i < n; i++) {
          total = total.add(winner[i].multiply(matrix.margin(i, j)));
        }
        assertThat(total.compareTo(Rational.ZERO)).as("margin against %d", j).isGreaterThanOrEqualTo(0);
      }
      for (int c = 0; c < n; c++) {
        boolean condorcet = true;
        for (int j = 0; j < n; j++) {
          condorcet &= j == c || matrix.margin(c, j).compareTo(Rational.ZERO) > 0;
        }
        if (condorcet) {
          assertThat(winner[c]).isEqualTo(Rational.ONE);
        }
      }
    });
  }

  @Test
  void badMatricesAreRefusedWithOneLine() {
    assertThatThrownBy(() -> PreferenceMatrix.of(preferences(new String[][] {{"1/2", "1/3"}, {"1/3", "1/2"}})))
        .hasMessageContaining("neither preference probabilities")
        .hasMessageContaining("P[a0][a1] + P[a1][a0] = 0.333333 + 0.333333");
    assertThatThrownBy(() -> PreferenceMatrix.of(preferences(new String[][] {{"1", "0", "1"}, {"0", "1", "0"}})))
        .hasMessageContaining("is square").hasMessageContaining("2 x 3");
    assertThatThrownBy(() -> new SelfPlayPreferenceOptimisation(0)).hasMessageContaining(">= 1, got 0");
  }

  private static double distance(double[] a, double[] b) {
    double largest = 0.0;
    for (int i = 0; i < a.length; i++) {
      largest = Math.max(largest, Math.abs(a[i] - b[i]));
    }
    return largest;
  }
}

package org.agora.cooperative.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NucleolusTest {

  @Test
  void theGloveNucleolusIsItsOneCorePoint() {
    assertThat(Nucleolus.nucleolus(CoreTest.GLOVES).payoffs()).containsExactly(new double[] {0, 0, 1}, within(1e-7));
    assertThat(Nucleolus.prenucleolus(CoreTest.GLOVES).payoffs()).containsExactly(new double[] {0, 0, 1}, within(1e-7));
  }

  @Test
  void theMajorityGameNucleolusIsTheEqualSplit() {
    NucleolusSolution solution = Nucleolus.nucleolus(CoreTest.MAJORITY);
    assertThat(solution.payoffs()).containsExactly(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}, within(1e-7));
    assertThat(solution.excessLevels()[0]).isCloseTo(1.0 / 3, within(1e-7));
  }

  /**
   * Aumann and Maschler, "Game theoretic analysis of a bankruptcy problem from the Talmud", Journal of
   * Economic Theory 36, 1985: for claims 100, 200, 300 the Talmud divides estates 100, 200 and 300 as
   * below, and the Talmud rule is the nucleolus of the bankruptcy game.
   */
  @ParameterizedTest
  @CsvSource({"100, 33.333333333, 33.333333333, 33.333333333", "200, 50, 75, 75", "300, 50, 100, 150"})
  void theBankruptcyNucleolusIsTheTalmudDivision(double estate, double first, double second, double third) {
    TableGame game = TableGame.bankruptcy(estate, 100, 200, 300);
    assertThat(Nucleolus.nucleolus(game).payoffs()).containsExactly(new double[] {first, second, third}, within(1e-5));
  }

  /**
   * Littlechild, "A simple expression for the nucleolus in a special case", International Journal of
   * Game Theory 3, 1974: for sorted airport costs the first group pays {@code min_k c_k / (k + 1)} over
   * k &lt; n each (the largest minimiser k* sets the group 1..k*), and the rule repeats on the players
   * after k* with each cost reduced by what the players before have paid; the last player pays what is
   * left. Costs 1, 2, 2, 3, 5: min(1/2, 2/3, 2/4, 3/5) = 1/2 at k* = 3; then player 4 pays
   * (3 - 1.5) / 2 = 0.75 (balancing the excesses of {1,2,3,4} and N \ {4}); player 5 pays 5 - 2.25.
   */
  @Test
  void theAirportNucleolusFollowsLittlechild() {
    double[] costs = {1, 2, 2, 3, 5};
    double[] expectedShares = littlechild(costs);
    assertThat(expectedShares).containsExactly(0.5, 0.5, 0.5, 0.75, 2.75);
    double[] savings = Nucleolus.nucleolus(TableGame.airportSavings(costs)).payoffs();
    double[] shares = new double[costs.length];
    for (int i = 0; i < costs.length; i++) {
      shares[i] = costs[i] - savings[i];
    }
    assertThat(shares).containsExactly(expectedShares, within(1e-6));
  }

  /** Littlechild's sequential rule (costs sorted ascending), an independent oracle for the LP sequence. */
  static double[] littlechild(double[] costs) {
    int n = costs.length;
    double[] shares = new double[n];
    int paid = 0;
    double covered = 0.0;
    while (paid < n - 1) {
      double best = Double.POSITIVE_INFINITY;
      int group = -1;
      for (int k = paid; k < n - 1; k++) {
        double share = (costs[k] - covered) / (k - paid + 2);
        if (share <= best + 1e-12) {
          best = share;
          group = k;
        }
      }
      for (int k = paid; k <= group; k++) {
        shares[k] = best;
        covered += best;
      }
      paid = group + 1;
    }
    double total = 0.0;
    for (int k = 0; k < n - 1; k++) {
      total += shares[k];
    }
    shares[n - 1] = costs[n - 1] - total;
    return shares;
  }

  @Test
  void littlechildMatchesTheLinearProgramsOnRandomAirports() {
    for (long seed = 1; seed <= 10; seed++) {
      java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
      int n = 3 + random.nextInt(5);
      double[] costs = new double[n];
      for (int i = 0; i < n; i++) {
        costs[i] = 1 + random.nextInt(10);
      }
      Arrays.sort(costs);
      double[] savings = Nucleolus.nucleolus(TableGame.airportSavings(costs)).payoffs();
      double[] expected = littlechild(costs);
      for (int i = 0; i < n; i++) {
        assertThat(costs[i] - savings[i]).as("seed %d player %d of %s", seed, i, Arrays.toString(costs))
            .isCloseTo(expected[i], within(1e-6));
      }
    }
  }

  @ParameterizedTest
  @CsvSource({"10, 101", "12, 102", "14, 103"})
  void littlechildMatchesTheLinearProgramsOnLargeAirports(int n, long seed) {
    // thousands of coalitions: exercises the row generation of the excess programs
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
    double[] costs = new double[n];
    for (int i = 0; i < n; i++) {
      costs[i] = 1 + random.nextInt(20);
    }
    Arrays.sort(costs);
    double[] savings = Nucleolus.nucleolus(TableGame.airportSavings(costs)).payoffs();
    double[] expected = littlechild(costs);
    for (int i = 0; i < n; i++) {
      assertThat(costs[i] - savings[i]).as("player %d of %s", i, Arrays.toString(costs)).isCloseTo(expected[i], within(1e-6));
    }
  }

  @Test
  void twoPlayersSplitTheSurplusEquallyAndOnePlayerTakesItsValue() {
    // the standard solution: x_i = v(i) + (v(N) - v(1) - v(2)) / 2
    TableGame two = TableGame.of(2, coalition -> coalition == 1 ? 1.0 : coalition == 2 ? 3.0 : 10.0);
    assertThat(Nucleolus.nucleolus(two).payoffs()).containsExactly(new double[] {4.0, 6.0}, within(1e-7));
    TableGame one = TableGame.of(1, coalition -> 7.0);
    assertThat(Nucleolus.nucleolus(one).payoffs()).containsExactly(7.0);
    // a single imputation (sum v(i) = v(N)): the nucleolus is that point although pairs want more
    TableGame pinned = TableGame.of(3, coalition -> switch (Long.bitCount(coalition)) {
      case 1 -> 1.0;
      case 2 -> 5.0;
      default -> 3.0;
    });
    assertThat(Nucleolus.nucleolus(pinned).payoffs()).containsExactly(new double[] {1, 1, 1}, within(1e-7));
    TableGame zero = TableGame.of(4, coalition -> 0.0);
    assertThat(Nucleolus.nucleolus(zero).payoffs()).containsExactly(new double[] {0, 0, 0, 0}, within(1e-9));
  }

  @Test
  void theNucleolusOfAGameWithoutImputationsIsRefusedButItsPrenucleolusExists() {
    // v(i) = 1 each but v(N) = 2: no imputation; the prenucleolus is the symmetric (2/3, 2/3, 2/3)
    TableGame game = TableGame.of(3, coalition -> Long.bitCount(coalition) == 3 ? 2.0 : Long.bitCount(coalition));
    assertThatThrownBy(() -> Nucleolus.nucleolus(game)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs an imputation");
    assertThat(Nucleolus.prenucleolus(game).payoffs()).containsExactly(new double[] {2.0 / 3, 2.0 / 3, 2.0 / 3},
        within(1e-7));
  }

  @Test
  void theNucleolusRespectsIndividualRationalityWhereThePrenucleolusDoesNot() {
    // Player 2 is a dummy with v(2) = 0 but {0,1} is worth nothing and {0,2}, {1,2} are worth a lot;
    // hand-built so that the prenucleolus pays player 2 below v(2) = 0.2
    TableGame game = TableGame.of(3, coalition -> switch ((int) coalition) {
      case 0b100 -> 0.2;
      case 0b011 -> 1.0;
      case 0b111 -> 1.0;
      default -> 0.0;
    });
    double[] pre = Nucleolus.prenucleolus(game).payoffs();
    double[] nucleolus = Nucleolus.nucleolus(game).payoffs();
    // prenucleolus: excesses of {0,1} = 1 - x0 - x1 = x2 and {2} = 0.2 - x2 balance at x2 = 0.1, then
    // x0 = x1 = 0.45; the nucleolus holds x2 >= 0.2, so x2 = 0.2 and x0 = x1 = 0.4
    assertThat(pre).containsExactly(new double[] {0.45, 0.45, 0.1}, within(1e-7));
    assertThat(nucleolus).containsExactly(new double[] {0.4, 0.4, 0.2}, within(1e-7));
    // Kohlberg's two criteria tell them apart
    assertThat(KohlbergCriterion.holds(game, pre, false, 1e-7)).isTrue();
    assertThat(KohlbergCriterion.holds(game, pre, true, 1e-7)).isFalse();
    assertThat(KohlbergCriterion.holds(game, nucleolus, true, 1e-7)).isTrue();
    assertThat(KohlbergCriterion.holds(game, nucleolus, false, 1e-7)).isFalse();
  }
}

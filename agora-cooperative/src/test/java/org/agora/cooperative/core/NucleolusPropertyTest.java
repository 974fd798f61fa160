package org.agora.cooperative.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Properties of the (pre)nucleolus on seeded random games of 3 to 6 players. */
class NucleolusPropertyTest {

  private static final double TOLERANCE = 1e-6;

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
  void theNucleolusIsAnEfficientImputationInTheLeastCoreWithNonIncreasingLevels(long seed) {
    int n = 3 + (int) (seed % 4);
    TableGame game = TableGame.random(n, seed);
    NucleolusSolution solution = Nucleolus.nucleolus(game);
    double[] x = solution.payoffs();
    CoreCheck check = Core.check(game, x);
    assertThat(check.efficiencyGap()).isCloseTo(0.0, within(TOLERANCE));
    for (int i = 0; i < n; i++) {
      assertThat(x[i]).isGreaterThanOrEqualTo(game.value(1L << i) - TOLERANCE);
    }
    // the prenucleolus is in the least core (Maschler, Peleg and Shapley 1979): its largest excess is the
    // least-core epsilon; the nucleolus's largest excess is its own first stage's level
    double[] pre = Nucleolus.prenucleolus(game).payoffs();
    assertThat(Core.check(game, pre).largestExcess()).isCloseTo(LeastCore.solve(game).epsilon(), within(TOLERANCE));
    assertThat(check.largestExcess()).isCloseTo(solution.excessLevels()[0], within(TOLERANCE));
    for (int k = 1; k < solution.excessLevels().length; k++) {
      assertThat(solution.excessLevels()[k]).isLessThanOrEqualTo(solution.excessLevels()[k - 1] + TOLERANCE);
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {21, 22, 23, 24, 25, 26, 27, 28})
  void symmetricPlayersGetEqualNucleolusPayoffs(long seed) {
    int n = 3 + (int) (seed % 4);
    TableGame random = TableGame.random(n, seed);
    // make players 0 and 1 interchangeable: v(S) = v(swap(S)) by averaging the two
    TableGame game = TableGame.of(n, coalition -> (random.value(coalition) + random.value(swap01(coalition))) / 2);
    double[] x = Nucleolus.nucleolus(game).payoffs();
    assertThat(x[0]).isCloseTo(x[1], within(TOLERANCE));
    double[] pre = Nucleolus.prenucleolus(game).payoffs();
    assertThat(pre[0]).isCloseTo(pre[1], within(TOLERANCE));
  }

  /**
   * Kohlberg's criterion ({@link KohlbergCriterion}) holds at the LP sequence's answers and fails at a
   * perturbed vector: a check of the sequence by an independent characterisation.
   */
  @ParameterizedTest
  @ValueSource(longs = {31, 32, 33, 34, 35, 36, 37, 38})
  void theLinearProgramAnswersMeetKohlbergsCriterion(long seed) {
    int n = 3 + (int) (seed % 3);
    TableGame game = TableGame.random(n, seed);
    double[] pre = Nucleolus.prenucleolus(game).payoffs();
    assertThat(KohlbergCriterion.holds(game, pre, false, 1e-7)).isTrue();
    double[] nucleolus = Nucleolus.nucleolus(game).payoffs();
    assertThat(KohlbergCriterion.holds(game, nucleolus, true, 1e-7)).isTrue();
    // move 0.05 from player 0 to player 1
    double[] moved = pre.clone();
    moved[0] -= 0.05;
    moved[1] += 0.05;
    assertThat(KohlbergCriterion.holds(game, moved, false, 1e-7)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(longs = {41, 42, 43, 44})
  void inAConvexGameTheNucleolusIsThePrenucleolusAndInTheCore(long seed) {
    // v(S) = (sum of random weights in S)^2 is supermodular: the core is non-empty (Shapley 1971),
    // so the prenucleolus lies in it and equals the nucleolus
    SplittableRandom random = new SplittableRandom(seed);
    int n = 4 + (int) (seed % 3);
    double[] weights = random.doubles(n, 0.5, 2.0).toArray();
    TableGame game = TableGame.of(n, coalition -> {
      double sum = 0;
      for (int i = 0; i < n; i++) {
        sum += (coalition >>> i & 1) * weights[i];
      }
      return sum * sum;
    });
    double[] nucleolus = Nucleolus.nucleolus(game).payoffs();
    assertThat(Nucleolus.prenucleolus(game).payoffs()).containsExactly(nucleolus, within(1e-5));
    assertThat(Core.check(game, nucleolus, 1e-6).inCore()).isTrue();
  }

  private static long swap01(long coalition) {
    long first = coalition & 1L;
    long second = coalition >>> 1 & 1L;
    return (coalition & ~3L) | (first << 1) | second;
  }
}

package org.agora.cooperative.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CoreTest {

  /** Glove game: players 0 and 1 hold a left glove, player 2 a right one; a pair is worth 1. */
  static final TableGame GLOVES = TableGame.of(3, coalition -> {
    long left = Long.bitCount(coalition & 0b011);
    long right = Long.bitCount(coalition & 0b100);
    return Math.min(left, right);
  });

  /** Three-player majority game: v(S) = 1 for |S| >= 2. */
  static final TableGame MAJORITY = TableGame.of(3, coalition -> Long.bitCount(coalition) >= 2 ? 1.0 : 0.0);

  @Test
  void theRightGloveOwnerTakingEverythingIsInTheCore() {
    CoreCheck check = Core.check(GLOVES, new double[] {0, 0, 1});
    assertThat(check.inCore()).isTrue();
    assertThat(check.efficiencyGap()).isZero();
    assertThat(check.largestExcess()).isZero();
  }

  @Test
  void anEqualSplitOfTheGloveGameNamesTheLeftOwnerLeftOut() {
    // (0.5, 0, 0.5): {1, 2} makes a pair worth 1 but gets 0.5, excess 0.5; {0, 2} has excess 0
    CoreCheck check = Core.check(GLOVES, new double[] {0.5, 0, 0.5});
    assertThat(check.inCore()).isFalse();
    assertThat(check.mostViolatedCoalition()).isEqualTo(0b110L);
    assertThat(check.largestExcess()).isEqualTo(0.5);
  }

  @Test
  void anInefficientVectorIsNotInTheCore() {
    CoreCheck check = Core.check(GLOVES, new double[] {0, 0, 1.5});
    assertThat(check.inCore()).isFalse();
    assertThat(check.efficiencyGap()).isEqualTo(0.5);
  }

  @Test
  void theGloveCoreIsTheSinglePointGivingTheRightOwnerEverything() {
    assertThat(Core.isEmpty(GLOVES)).isFalse();
    assertThat(Core.point(GLOVES).orElseThrow()).containsExactly(new double[] {0, 0, 1}, within(1e-7));
    LeastCoreSolution least = LeastCore.solve(GLOVES);
    // the core is one point, so no strictly positive slack is possible: epsilon* = 0
    assertThat(least.epsilon()).isCloseTo(0.0, within(1e-7));
  }

  @Test
  void theMajorityGameHasAnEmptyCoreAndLeastCoreEpsilonOneThird() {
    // pairs' excesses 1 - x_i - x_j sum to 3 - 2 = 1 over the three pairs, so the largest is >= 1/3,
    // reached by (1/3, 1/3, 1/3)
    assertThat(Core.isEmpty(MAJORITY)).isTrue();
    assertThat(Core.point(MAJORITY)).isEmpty();
    LeastCoreSolution least = LeastCore.solve(MAJORITY);
    assertThat(least.epsilon()).isCloseTo(1.0 / 3, within(1e-7));
    assertThat(least.payoffs()).containsExactly(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}, within(1e-7));
    assertThat(Core.check(MAJORITY, least.payoffs()).largestExcess()).isCloseTo(1.0 / 3, within(1e-7));
  }

  @Test
  void aConvexGameHasItsLeastCorePointInTheCore() {
    // v(S) = |S|^2 is supermodular, so its core is non-empty (Shapley, "Cores of convex games", 1971)
    TableGame convex = TableGame.of(5, coalition -> Math.pow(Long.bitCount(coalition), 2));
    double[] point = Core.point(convex).orElseThrow();
    assertThat(Core.check(convex, point, 1e-6).inCore()).isTrue();
    assertThat(LeastCore.solve(convex).epsilon()).isLessThan(0.0);
  }

  @Test
  void aTwentyPlayerCheckFindsTheShortchangedPlayer() {
    // additive game v(S) = sum of i + 1 over S: its core is the single point x_i = i + 1. Moving one unit
    // from player 3 to player 17 gives every coalition with 3 and without 17 excess 1; the smallest
    // such mask is {3} (the block sums span three bytes of the mask)
    int n = 20;
    TableGame game = TableGame.of(n, coalition -> {
      double sum = 0;
      for (int i = 0; i < n; i++) {
        sum += (coalition >>> i & 1) * (i + 1);
      }
      return sum;
    });
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = i + 1;
    }
    assertThat(Core.check(game, x).inCore()).isTrue();
    x[3] -= 1;
    x[17] += 1;
    CoreCheck check = Core.check(game, x);
    assertThat(check.inCore()).isFalse();
    assertThat(check.mostViolatedCoalition()).isEqualTo(1L << 3);
    assertThat(check.largestExcess()).isEqualTo(1.0);
    assertThat(check.efficiencyGap()).isZero();
  }

  @Test
  void badInputIsRefusedWithAMessage() {
    assertThatThrownBy(() -> Core.check(GLOVES, new double[] {1, 0}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 payoffs, not 2");
    assertThatThrownBy(() -> Core.check(GLOVES, new double[] {1, 0, Double.NaN}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("payoff 2 is NaN");
    TableGame broken = TableGame.of(2, coalition -> coalition == 3 ? Double.POSITIVE_INFINITY : 0.0);
    assertThatThrownBy(() -> LeastCore.solve(broken))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("v({0,1}) = Infinity");
    assertThatThrownBy(() -> LeastCore.solve(TableGame.random(17, 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 16 players, not 17");
  }
}

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

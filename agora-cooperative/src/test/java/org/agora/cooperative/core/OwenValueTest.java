package org.agora.cooperative.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OwenValueTest {

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void trivialStructuresGiveTheShapleyValue(long seed) {
    int n = 2 + (int) (seed % 5);
    TableGame game = TableGame.random(n, seed);
    double[] shapley = TableGame.shapleyByPermutations(game);
    assertThat(OwenValue.compute(game, CoalitionStructure.singletons(n))).containsExactly(shapley, within(1e-12));
    assertThat(OwenValue.compute(game, CoalitionStructure.grandUnion(n))).containsExactly(shapley, within(1e-12));
  }

  @Test
  void theMajorityGameWithAUnionOfTwoGivesTheUnionEverything() {
    // quotient game: the union {0,1} alone is worth 1 = v(N), so it gets 1 and splits it evenly;
    // player 2's marginal contribution is 0 whichever way the union arrives. Shapley would be 1/3 each.
    double[] owen = OwenValue.compute(CoreTest.MAJORITY, CoalitionStructure.of(3, new int[] {0, 1}, new int[] {2}));
    assertThat(owen).containsExactly(new double[] {0.5, 0.5, 0.0}, within(1e-12));
  }

  @Test
  void aHandExampleWithTwoPairs() {
    // 4 players, v(S) = 1 iff S contains player 0 and at least one of players 2, 3 (unions {0,1}, {2,3}).
    // Quotient game: each union alone is worth 0, together 1: 1/2 each. Inside {0,1}: with the other
    // union absent player 0's marginal is 0; present, it is 1 whether or not 1 is there, so player 0
    // gets the union's 1/2 and player 1 nothing. Inside {2,3} with {0,1} present: v({0,1,2}) = v({0,1,3})
    // = 1, so 2 and 3 share symmetrically: 1/4 each. Order: (1/2, 0, 1/4, 1/4).
    TableGame game = TableGame.of(4, coalition -> (coalition & 1) != 0 && (coalition & 0b1100) != 0 ? 1.0 : 0.0);
    double[] owen = OwenValue.compute(game, CoalitionStructure.of(4, new int[] {0, 1}, new int[] {2, 3}));
    assertThat(owen).containsExactly(new double[] {0.5, 0.0, 0.25, 0.25}, within(1e-12));
  }

  @Test
  void anAdditiveGamePaysEachPlayerItsOwnWorthUnderAnyStructure() {
    double[] worth = {1, 2, 3, 4, 5, 6};
    TableGame game = TableGame.of(6, coalition -> {
      double sum = 0;
      for (int i = 0; i < 6; i++) {
        sum += (coalition >>> i & 1) * worth[i];
      }
      return sum;
    });
    double[] owen = OwenValue.compute(game, CoalitionStructure.of(6, new int[] {0, 3}, new int[] {1, 2, 5}, new int[] {4}));
    assertThat(owen).containsExactly(worth, within(1e-12));
  }

  @Test
  void theOwenValueIsEfficientAndGivesUnionsTheirQuotientShapleyValue() {
    TableGame game = TableGame.random(7, 42);
    CoalitionStructure structure = CoalitionStructure.of(7, new int[] {0, 4}, new int[] {1, 2, 6}, new int[] {3, 5});
    double[] owen = OwenValue.compute(game, structure);
    // quotient game over the 3 unions: its Shapley value is the unions' totals (Owen 1977, quotient property)
    TableGame quotient = TableGame.of(3, unions -> {
      long members = 0;
      for (int u = 0; u < 3; u++) {
        if ((unions >>> u & 1) != 0) {
          members |= structure.union(u);
        }
      }
      return game.value(members);
    });
    double[] unionShares = TableGame.shapleyByPermutations(quotient);
    for (int u = 0; u < 3; u++) {
      double total = 0;
      for (int i = 0; i < 7; i++) {
        total += (structure.union(u) >>> i & 1) * owen[i];
      }
      assertThat(total).isCloseTo(unionShares[u], within(1e-12));
    }
  }

  @Test
  void twentyPlayersWithTheSingletonStructureGiveTheSymmetricSplitOfASymmetricGame() {
    // v(S) = |S|^2: symmetric, so the Shapley value (= Owen value for singletons) is 20^2 / 20 = 20 each
    TableGame game = TableGame.of(20, coalition -> Math.pow(Long.bitCount(coalition), 2));
    double[] owen = OwenValue.compute(game, CoalitionStructure.singletons(20));
    for (double share : owen) {
      assertThat(share).isCloseTo(20.0, within(1e-9));
    }
  }

  @Test
  void aConstantAddedToEveryCoalitionIncludingTheEmptyOneChangesNothing() {
    // marginal contributions are differences, so v + c (v(empty) = c too) has the same Owen value
    TableGame game = TableGame.random(5, 7);
    double[] shifted = game.values().clone();
    for (int coalition = 0; coalition < shifted.length; coalition++) {
      shifted[coalition] += 10.0;
    }
    CoalitionStructure structure = CoalitionStructure.of(5, new int[] {0, 2}, new int[] {1, 3, 4});
    assertThat(OwenValue.compute(new TableGame(5, shifted), structure))
        .containsExactly(OwenValue.compute(game, structure), within(1e-12));
  }

  @Test
  void badStructuresAreRefused() {
    assertThatThrownBy(() -> CoalitionStructure.of(3, new int[] {0, 1}, new int[] {1, 2}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overlap in {1}");
    assertThatThrownBy(() -> CoalitionStructure.of(3, new int[] {0, 1}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("leave out players {2}");
    assertThatThrownBy(() -> CoalitionStructure.of(3, new int[] {0, 3}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("player 3 is outside 0..2");
    assertThatThrownBy(() -> OwenValue.compute(CoreTest.MAJORITY, CoalitionStructure.singletons(4)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has 3");
  }
}

package org.agora.games.normalform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.agora.core.GameRegistry;
import org.agora.core.GameSpecException;
import org.agora.core.GameType;
import org.agora.core.normalform.NormalFormGame;
import org.junit.jupiter.api.Test;

class BlottoTest {

  private static long binomial(int n, int k) {
    long result = 1;
    for (int i = 1; i <= k; i++) {
      result = result * (n - k + i) / i;
    }
    return result;
  }

  private static int strategy(NormalFormGame game, String name) {
    for (int s = 0; s < game.strategyCount(0); s++) {
      if (game.strategyName(0, s).equals(name)) {
        return s;
      }
    }
    throw new AssertionError("no strategy " + name);
  }

  @Test
  void strategyCountIsTheNumberOfCompositions() {
    int[][] cases = {{5, 3}, {1, 1}, {4, 1}, {3, 4}, {10, 3}, {6, 5}};
    for (int[] c : cases) {
      NormalFormGame game = BlottoProvider.create(c[0], c[1], 2);
      assertThat(game.strategyCount(0)).as("soldiers %d fields %d", c[0], c[1])
          .isEqualTo(binomial(c[0] + c[1] - 1, c[1] - 1));
    }
    assertThat(BlottoProvider.strategyCount(5, 3)).isEqualTo(21);
  }

  @Test
  void strategiesAreNamedInLexicographicOrder() {
    NormalFormGame game = (NormalFormGame) GameRegistry.create("blotto");
    assertThat(game.name()).isEqualTo("blotto(soldiers=5,fields=3,players=2)");
    assertThat(game.strategyName(0, 0)).isEqualTo("0-0-5");
    assertThat(game.strategyName(0, 1)).isEqualTo("0-1-4");
    assertThat(game.strategyName(0, 20)).isEqualTo("5-0-0");
    String[] names = new String[21];
    for (int s = 0; s < 21; s++) {
      names[s] = game.strategyName(0, s);
    }
    String[] sorted = names.clone();
    Arrays.sort(sorted);
    assertThat(names).containsExactly(sorted);
  }

  @Test
  void twoPlayerPayoffIsFieldsWonMinusFieldsLost() {
    NormalFormGame game = BlottoProvider.create(5, 3, 2);
    assertThat(game.type().utility()).isEqualTo(GameType.Utility.ZERO_SUM);
    // 3-1-1 vs 2-2-1: first field won, second lost, third tied
    int profile = game.profileIndex(new int[] {strategy(game, "3-1-1"), strategy(game, "2-2-1")});
    assertThat(game.payoff(0, profile)).isEqualTo(0);
    // 2-2-1 vs 5-0-0: lose field 1, win fields 2 and 3
    profile = game.profileIndex(new int[] {strategy(game, "2-2-1"), strategy(game, "5-0-0")});
    assertThat(game.payoff(0, profile)).isEqualTo(1);
    assertThat(game.payoff(1, profile)).isEqualTo(-1);
    // 1-2-2 vs 0-0-5: win two fields, lose one
    profile = game.profileIndex(new int[] {strategy(game, "1-2-2"), strategy(game, "0-0-5")});
    assertThat(game.payoff(0, profile)).isEqualTo(1);
  }

  @Test
  void threePlayersScoreFieldsWonOutright() {
    NormalFormGame game = BlottoProvider.create(4, 2, 3);
    assertThat(game.type().utility()).isEqualTo(GameType.Utility.GENERAL_SUM);
    assertThat(game.playerCount()).isEqualTo(3);
    // 4-0, 0-4, 2-2: field 1 won by player 0, field 2 won by player 1, player 2 wins nothing
    int profile = game.profileIndex(new int[] {strategy(game, "4-0"), strategy(game, "0-4"), strategy(game, "2-2")});
    assertThat(new double[] {game.payoff(0, profile), game.payoff(1, profile), game.payoff(2, profile)})
        .containsExactly(1, 1, 0);
    // 3-1, 3-1, 1-3: field 1 tied (nobody), field 2 won by player 2
    profile = game.profileIndex(new int[] {strategy(game, "3-1"), strategy(game, "3-1"), strategy(game, "1-3")});
    assertThat(new double[] {game.payoff(0, profile), game.payoff(1, profile), game.payoff(2, profile)})
        .containsExactly(0, 0, 1);
  }

  @Test
  void tooLargeTablesAreRejected() {
    assertThatThrownBy(() -> GameRegistry.create("blotto(soldiers=100,fields=10)"))
        .isInstanceOf(GameSpecException.class)
        .hasMessageContaining("soldiers=100, fields=10, players=2")
        .hasMessageContaining("allowed");
    assertThatThrownBy(() -> GameRegistry.create("blotto(players=1)"))
        .isInstanceOf(GameSpecException.class)
        .hasMessageContaining("'players' value '1' is out of range");
  }

  @Test
  void sizesWhoseProductWrappedAroundAreRejected() {
    // players x strategies^players wrapped around to a small number: both were accepted and ran out of memory.
    for (String game : new String[] {"blotto(soldiers=1000,fields=10)", "blotto(soldiers=300,fields=100)",
        "blotto(soldiers=1000,fields=100,players=8)"}) {
      assertThatThrownBy(() -> GameRegistry.create(game)).as(game)
          .isInstanceOf(GameSpecException.class)
          .hasMessageContaining("more than " + BlottoProvider.MAX_ENTRIES + " strategies per player")
          .hasMessageContaining("allowed: players x strategies^players <= " + BlottoProvider.MAX_ENTRIES);
    }
  }

  @Test
  void theGuardIsExactOverTheDeclaredParameterRanges() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(17);
    java.math.BigInteger limit = java.math.BigInteger.valueOf(BlottoProvider.MAX_ENTRIES);
    for (int i = 0; i < 20_000; i++) {
      int soldiers = i < 4 ? (i % 2 == 0 ? 1 : 1000) : 1 + random.nextInt(i % 2 == 0 ? 1000 : 30);
      int fields = i < 4 ? (i < 2 ? 1 : 100) : 1 + random.nextInt(i % 3 == 0 ? 100 : 12);
      int players = 2 + random.nextInt(7);
      java.math.BigInteger strategies = java.math.BigInteger.ONE;
      for (int k = 1; k < fields; k++) {
        strategies = strategies.multiply(java.math.BigInteger.valueOf(soldiers + k)).divide(java.math.BigInteger.valueOf(k));
      }
      java.math.BigInteger entries = strategies.pow(players).multiply(java.math.BigInteger.valueOf(players));
      long guarded = BlottoProvider.tableEntries(BlottoProvider.strategyCount(soldiers, fields), players);
      assertThat(guarded <= BlottoProvider.MAX_ENTRIES).as("soldiers=%d fields=%d players=%d", soldiers, fields, players)
          .isEqualTo(entries.compareTo(limit) <= 0);
      if (guarded <= BlottoProvider.MAX_ENTRIES) {
        assertThat(guarded).isEqualTo(entries.longValueExact());
      }
    }
  }
}

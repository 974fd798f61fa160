package org.agora.games.normalform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.agora.core.GameRegistry;
import org.agora.core.Rational;
import org.agora.core.normalform.NormalFormGame;

class MatrixGameProperties {

  @Provide
  Arbitrary<List<Rational>> payoffs() {
    return Combinators.combine(Arbitraries.longs().between(-1000, 1000), Arbitraries.longs().between(1, 12))
        .as(Rational::of).list().ofMinSize(1).ofMaxSize(40);
  }

  @Property(tries = 200, seed = "20261124")
  void writtenTablesParseBackExactly(@ForAll @IntRange(min = 1, max = 4) int rows,
      @ForAll @IntRange(min = 1, max = 4) int columns, @ForAll("payoffs") List<Rational> pool) {
    StringBuilder text = new StringBuilder();
    Rational[] expected = new Rational[2 * rows * columns];
    int next = 0;
    for (int i = 0; i < rows; i++) {
      text.append(i == 0 ? "" : "; ");
      for (int j = 0; j < columns; j++) {
        Rational row = pool.get(next++ % pool.size());
        Rational column = pool.get(next++ % pool.size());
        expected[i * columns + j] = row;
        expected[rows * columns + i * columns + j] = column;
        text.append(j == 0 ? "" : " ").append(row).append(',').append(column);
      }
    }
    NormalFormGame game = (NormalFormGame) GameRegistry.create("matrix(payoffs=\"" + text + "\")");
    assertThat(game.strategyCounts()).containsExactly(rows, columns);
    for (int p = 0; p < 2; p++) {
      for (int profile = 0; profile < rows * columns; profile++) {
        assertThat(game.exactPayoff(p, profile)).isEqualTo(expected[p * rows * columns + profile]);
      }
    }
    assertThat(GameRegistry.create(game.name()).name()).isEqualTo(game.name());
  }

  @Property(tries = 30, seed = "20261124")
  void twoPlayerBlottoIsZeroSumAndSymmetric(@ForAll @IntRange(min = 1, max = 6) int soldiers,
      @ForAll @IntRange(min = 1, max = 4) int fields) {
    NormalFormGame game = BlottoProvider.create(soldiers, fields, 2);
    int n = game.strategyCount(0);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        int profile = game.profileIndex(new int[] {i, j});
        int swapped = game.profileIndex(new int[] {j, i});
        assertThat(game.payoff(0, profile) + game.payoff(1, profile)).isZero();
        assertThat(game.payoff(0, profile)).isEqualTo(game.payoff(1, swapped));
        assertThat(Math.abs(game.payoff(0, profile))).isLessThanOrEqualTo(fields);
      }
    }
  }
}

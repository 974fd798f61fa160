package org.agora.games.normalform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.agora.core.GameRegistry;
import org.agora.core.Rational;
import org.agora.core.normalform.NormalFormGame;
import org.agora.testkit.SeededCase;
import org.agora.testkit.SeededCases;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class MatrixGameProperties {

  /**
   * 1 to 40 rationals, numerators in [-1000, 1000] over denominators in [1, 12]: one value, all
   * lower bounds, in the first case and 40 upper bounds in the second.
   */
  static List<Rational> payoffs(SeededCase one) {
    int size = one.intBetween(1, 40);
    List<Rational> values = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      values.add(Rational.of(one.longBetween(-1000, 1000), one.longBetween(1, 12)));
    }
    return values;
  }

  @TestFactory
  Stream<DynamicTest> writtenTablesParseBackExactly() {
    return SeededCases.tests(20261124, 200, one -> writtenTablesParseBackExactly(one.intBetween(1, 4),
        one.intBetween(1, 4), payoffs(one)));
  }

  private void writtenTablesParseBackExactly(int rows, int columns, List<Rational> pool) {
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

  @TestFactory
  Stream<DynamicTest> twoPlayerBlottoIsZeroSumAndSymmetric() {
    // all 24 shapes in turn (the two ranges searched exhaustively), then seeded ones
    return SeededCases.tests(20261124, 30, one -> {
      boolean exhaustive = one.index() < 24;
      twoPlayerBlottoIsZeroSumAndSymmetric(exhaustive ? 1 + one.index() / 4 : one.intBetween(1, 6),
          exhaustive ? 1 + one.index() % 4 : one.intBetween(1, 4));
    });
  }

  private void twoPlayerBlottoIsZeroSumAndSymmetric(int soldiers, int fields) {
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

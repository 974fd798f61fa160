package org.agora.solvers.nash;

import java.util.SplittableRandom;
import org.agora.core.GameParameters;
import org.agora.core.GameRegistry;
import org.agora.core.normalform.NormalFormGame;

/** Games built for the approximate-equilibrium tests. */
final class TestGames {

  private TestGames() {}

  static NormalFormGame zoo(String name) {
    return (NormalFormGame) GameRegistry.create(name);
  }

  static NormalFormGame bimatrix(double[][] row, double[][] column) {
    String[] rows = new String[row.length];
    String[] columns = new String[row[0].length];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = "r" + i;
    }
    for (int j = 0; j < columns.length; j++) {
      columns[j] = "c" + j;
    }
    return NormalFormGame.bimatrix(GameParameters.none("test"), rows, columns, row, column);
  }

  /** A game with the given strategy counts and payoffs {@code [player * profiles + profile]}. */
  static NormalFormGame tensor(int[] strategyCounts, double[] payoffs) {
    String[] players = new String[strategyCounts.length];
    String[][] strategies = new String[strategyCounts.length][];
    for (int p = 0; p < players.length; p++) {
      players[p] = "player" + p;
      strategies[p] = new String[strategyCounts[p]];
      for (int s = 0; s < strategyCounts[p]; s++) {
        strategies[p][s] = "s" + s;
      }
    }
    return NormalFormGame.of(GameParameters.none("test"), "", players, strategies, payoffs);
  }

  /** Independent uniform payoffs in [0, 1) from {@code seed}. */
  static NormalFormGame random(long seed, int... strategyCounts) {
    SplittableRandom random = new SplittableRandom(seed);
    int profiles = 1;
    for (int count : strategyCounts) {
      profiles *= count;
    }
    double[] payoffs = new double[profiles * strategyCounts.length];
    for (int i = 0; i < payoffs.length; i++) {
      payoffs[i] = random.nextDouble();
    }
    return tensor(strategyCounts, payoffs);
  }

  /**
   * Three-player matching pennies with unequal stakes (after Jordan 1993): player 0 wants to match
   * player 1, player 1 wants to match player 2, player 2 wants to mismatch player 0. Stakes
   * {@code 2} for heads-heads and {@code 1} otherwise make the unique equilibrium non-uniform.
   */
  static NormalFormGame threePlayerMatchingPennies() {
    int[] counts = {2, 2, 2};
    double[] payoffs = new double[24];
    for (int a = 0; a < 2; a++) {
      for (int b = 0; b < 2; b++) {
        for (int c = 0; c < 2; c++) {
          int profile = (a * 2 + b) * 2 + c;
          payoffs[profile] = a == b ? (a == 0 ? 2 : 1) : -1;
          payoffs[8 + profile] = b == c ? (b == 0 ? 2 : 1) : -1;
          payoffs[16 + profile] = c != a ? 1 : (c == 0 ? -2 : -1);
        }
      }
    }
    return tensor(counts, payoffs);
  }
}

package org.agora.markets.equilibrium;

import java.util.SplittableRandom;

/** Seeded random markets for the equilibrium tests. */
final class MarketsForTests {

  private MarketsForTests() {}

  /** A market with U[0,1] values (some zeros) and budgets in [0.2, 1.2], every row and column valued. */
  static Market random(int buyers, int goods, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[][] values = new double[buyers][goods];
    double[] budgets = new double[buyers];
    for (int i = 0; i < buyers; i++) {
      budgets[i] = 0.2 + random.nextDouble();
      for (int j = 0; j < goods; j++) {
        values[i][j] = random.nextDouble() < 0.2 ? 0 : random.nextDouble();
      }
      values[i][random.nextInt(goods)] = 0.5 + random.nextDouble();
    }
    for (int j = 0; j < goods; j++) {
      values[random.nextInt(buyers)][j] += 0.1;
    }
    return Market.of(budgets, values);
  }
}

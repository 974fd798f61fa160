package org.agora.cooperative.fairdivision;

import java.util.random.RandomGenerator;

/**
 * Seeded random instances for tests and experiments. Every generator draws from the caller's {@link
 * RandomGenerator}, so the same seed gives the same instance.
 */
public final class RandomInstances {

  private RandomInstances() {}

  /** Entries independent and uniform on {@code [0, 1)}. */
  public static FairDivisionInstance uniform(ItemKind kind, int agents, int items, RandomGenerator random) {
    double[][] rows = new double[agents][items];
    for (int i = 0; i < agents; i++) {
      for (int e = 0; e < items; e++) {
        rows[i][e] = random.nextDouble();
      }
    }
    return FairDivisionInstance.of(kind, rows);
  }

  /**
   * Integer entries uniform on {@code {0, ..., maxEntry}}: ties and zeros are common, which exercises
   * zero-utility agents and tie rules.
   */
  public static FairDivisionInstance integers(ItemKind kind, int agents, int items, int maxEntry, RandomGenerator random) {
    double[][] rows = new double[agents][items];
    for (int i = 0; i < agents; i++) {
      for (int e = 0; e < items; e++) {
        rows[i][e] = random.nextInt(maxEntry + 1);
      }
    }
    return FairDivisionInstance.of(kind, rows);
  }

  /**
   * Heavy-tailed entries {@code u^-power - 1} for u uniform on (0, 1]: a few items are worth much more
   * than the rest, the hard case for online rules.
   */
  public static FairDivisionInstance heavyTailed(ItemKind kind, int agents, int items, double power, RandomGenerator random) {
    double[][] rows = new double[agents][items];
    for (int i = 0; i < agents; i++) {
      for (int e = 0; e < items; e++) {
        double u = 1.0 - random.nextDouble();
        rows[i][e] = Math.pow(u, -power) - 1.0;
      }
    }
    return FairDivisionInstance.of(kind, rows);
  }

  /**
   * The instance rescaled so that each agent's total is {@code agents} (the normalisation of Zhou, Bai
   * and Wu, ICML 2023: {@code v_i(M) = n}). An agent whose total is 0 is left unchanged.
   */
  public static FairDivisionInstance normalised(FairDivisionInstance instance) {
    int n = instance.agentCount();
    int m = instance.itemCount();
    double[] flat = new double[n * m];
    for (int i = 0; i < n; i++) {
      double total = instance.total(i);
      double scale = total > 0 ? n / total : 1.0;
      for (int e = 0; e < m; e++) {
        flat[i * m + e] = instance.entry(i, e) * scale;
      }
    }
    return new FairDivisionInstance(instance.kind(), instance.agentNames(), instance.itemNames(), flat);
  }
}

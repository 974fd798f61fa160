package org.agora.cooperative.shapley;

/**
 * An estimate of a per-player value (Shapley or Banzhaf).
 *
 * @param values the estimate per player
 * @param standardErrors the estimated standard error per player: 0 for exact values, NaN where the
 *     method has none
 * @param evaluationsUsed the number of coalition evaluations made, at most the budget
 */
public record ShapleyEstimate(double[] values, double[] standardErrors, long evaluationsUsed) {

  public ShapleyEstimate {
    if (values.length != standardErrors.length) {
      throw new IllegalArgumentException(values.length + " values but " + standardErrors.length + " standard errors");
    }
    values = values.clone();
    standardErrors = standardErrors.clone();
  }

  /** The sum of the values (v(N) - v(∅) for an efficient estimate). */
  public double total() {
    double total = 0;
    for (double value : values) {
      total += value;
    }
    return total;
  }

  @Override
  public double[] values() {
    return values.clone();
  }

  @Override
  public double[] standardErrors() {
    return standardErrors.clone();
  }
}

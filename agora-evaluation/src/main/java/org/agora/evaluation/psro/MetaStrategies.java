package org.agora.evaluation.psro;

/** Small helpers on meta-strategies (distributions over policies). */
final class MetaStrategies {

  private MetaStrategies() {}

  /** {@code weights} clipped at 0 and scaled to sum to 1 (a solver's rounding removed); uniform if all vanish. */
  static double[] normalise(double[] weights) {
    double[] result = new double[weights.length];
    double total = 0.0;
    for (int k = 0; k < weights.length; k++) {
      result[k] = Math.max(0.0, weights[k]);
      total += result[k];
    }
    for (int k = 0; k < weights.length; k++) {
      result[k] = total > 0.0 ? result[k] / total : 1.0 / weights.length;
    }
    return result;
  }
}

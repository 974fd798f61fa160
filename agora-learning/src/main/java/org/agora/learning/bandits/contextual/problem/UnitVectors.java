package org.agora.learning.bandits.contextual.problem;

import java.util.random.RandomGenerator;

/** Draws vectors uniformly on the unit sphere (normalised standard Gaussians) without allocating. */
final class UnitVectors {

  private UnitVectors() {}

  /** Writes a uniform unit vector into {@code out[offset .. offset + length)}. */
  static void draw(RandomGenerator random, double[] out, int offset, int length) {
    double norm;
    do {
      norm = 0;
      for (int i = offset; i < offset + length; i++) {
        double value = random.nextGaussian();
        out[i] = value;
        norm += value * value;
      }
    } while (norm == 0);
    double scale = 1 / Math.sqrt(norm);
    for (int i = offset; i < offset + length; i++) {
      out[i] *= scale;
    }
  }

  /** {@code sum_j a[aOffset + j] * b[bOffset + j]} for j below {@code length}. */
  static double dot(double[] a, int aOffset, double[] b, int bOffset, int length) {
    double total = 0;
    for (int j = 0; j < length; j++) {
      total += a[aOffset + j] * b[bOffset + j];
    }
    return total;
  }
}

package org.agora.core.solve;

import java.util.List;

/**
 * A trajectory of a normal-form solver: x values (iterations, or log10(1 + λ) on a logit path) and
 * named y series of the same length.
 *
 * @param xLabel what x holds
 * @param yLabel what the series hold
 * @param logarithmicY true when a plot should use a logarithmic y axis
 * @param x the x values
 * @param series the y series, each as long as {@code x}
 */
public record Trajectory(String xLabel, String yLabel, boolean logarithmicY, double[] x, List<Series> series) {

  public Trajectory {
    series = List.copyOf(series);
    for (Series one : series) {
      if (one.y().length != x.length) {
        throw new IllegalArgumentException("series '" + one.name() + "' has " + one.y().length + " points, x has "
            + x.length);
      }
    }
  }

  /**
   * One named series.
   *
   * @param name the series' name
   * @param y its values
   */
  public record Series(String name, double[] y) {}
}

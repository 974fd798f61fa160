package org.agora.core.solve;

/**
 * The convergence curve of an iterative tree solver; the arrays have one entry per measurement.
 *
 * @param measure what the values are, {@code exploitability} or {@code NashConv}
 * @param iterations iterations done at each measurement
 * @param values the measure of the average policy at each point
 * @param elapsedSeconds cumulative solver time at each point, measurements excluded
 */
public record ConvergenceCurve(String measure, long[] iterations, double[] values, double[] elapsedSeconds) {

  public ConvergenceCurve {
    if (values.length != iterations.length || elapsedSeconds.length != iterations.length) {
      throw new IllegalArgumentException("curve arrays differ in length: " + iterations.length + ", " + values.length
          + ", " + elapsedSeconds.length);
    }
  }
}

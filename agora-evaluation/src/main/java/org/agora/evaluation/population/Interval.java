package org.agora.evaluation.population;

/**
 * A closed interval {@code [lower, upper]} of a statistic, such as a bootstrap confidence interval.
 *
 * @param lower the lower end
 * @param upper the upper end, {@code >= lower}
 */
public record Interval(double lower, double upper) {

  public Interval {
    if (!(lower <= upper)) {
      throw new IllegalArgumentException("an interval needs lower <= upper, got [" + lower + ", " + upper + "]");
    }
  }

  /** {@code upper - lower}. */
  public double width() {
    return upper - lower;
  }

  /** Whether {@code value} lies in the interval (ends included). */
  public boolean contains(double value) {
    return value >= lower && value <= upper;
  }
}

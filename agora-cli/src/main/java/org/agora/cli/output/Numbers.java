package org.agora.cli.output;

import java.math.BigDecimal;
import java.util.Locale;

/** Number formatting for tables: compact, locale-independent, {@code n/a} for NaN. */
public final class Numbers {

  private Numbers() {}

  /**
   * A compact form: integers without a decimal point, other values with up to six significant
   * digits and no trailing zeros; {@code n/a} for NaN, {@code inf}/{@code -inf} for infinities.
   */
  public static String compact(double value) {
    if (Double.isNaN(value)) {
      return "n/a";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "inf" : "-inf";
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    String text = String.format(Locale.ROOT, "%.6g", value);
    if (text.contains("e")) {
      return text;
    }
    return new BigDecimal(text).stripTrailingZeros().toPlainString();
  }

  /** Fixed number of decimals; {@code n/a} for NaN. */
  public static String fixed(double value, int decimals) {
    if (Double.isNaN(value)) {
      return "n/a";
    }
    return String.format(Locale.ROOT, "%." + decimals + "f", value);
  }

  /** Seconds with two decimals, e.g. {@code 1.25 s}. */
  public static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
  }

  /** An integer with thousands separators, e.g. {@code 2,000,000}. */
  public static String grouped(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }
}

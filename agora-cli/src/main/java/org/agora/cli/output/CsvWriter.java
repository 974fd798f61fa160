package org.agora.cli.output;

import java.util.List;

/**
 * Comma-separated values for {@code --csv} output (RFC 4180): a header row, then one line per
 * record, lines ended by {@code \n}. A field holding a comma, a quote or a line break is quoted,
 * with quotes doubled. Doubles are written in full precision as plain decimals (no exponent); NaN is an empty field.
 */
public final class CsvWriter {

  private final StringBuilder out = new StringBuilder();
  private final int columns;

  /** A table with these column names. */
  public CsvWriter(String... headers) {
    if (headers.length == 0) {
      throw new IllegalArgumentException("a CSV table needs at least one column");
    }
    this.columns = headers.length;
    line(List.of((Object[]) headers));
  }

  /** Adds one record of exactly as many fields as there are columns (strings, numbers, or null for empty). */
  public CsvWriter row(Object... fields) {
    if (fields.length != columns) {
      throw new IllegalArgumentException("a CSV row needs " + columns + " fields, got " + fields.length);
    }
    line(java.util.Arrays.asList(fields));
    return this;
  }

  private void line(List<Object> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(field(fields.get(i)));
    }
    out.append('\n');
  }

  static String field(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Double || value instanceof Float) {
      double number = ((Number) value).doubleValue();
      if (!Double.isFinite(number)) {
        return Double.isNaN(number) ? "" : number > 0 ? "inf" : "-inf";
      }
      return new java.math.BigDecimal(Double.toString(number)).stripTrailingZeros().toPlainString();
    }
    String text = String.valueOf(value);
    if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
      return text;
    }
    return '"' + text.replace("\"", "\"\"") + '"';
  }

  /** The CSV text. */
  @Override
  public String toString() {
    return out.toString();
  }
}

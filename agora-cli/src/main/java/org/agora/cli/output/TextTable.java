package org.agora.cli.output;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain-text table with aligned columns for people: an optional header row underlined with
 * dashes, then one line per row, columns separated by two spaces, no trailing spaces. Cells are
 * {@link String#valueOf(Object) string values}; line breaks inside a cell are shown as spaces.
 */
public final class TextTable {

  /** Horizontal alignment of a column. */
  public enum Alignment {
    LEFT,
    RIGHT
  }

  private static final String GAP = "  ";

  private final List<String> headers;
  private final Alignment[] alignments;
  private final List<String[]> rows = new ArrayList<>();

  private TextTable(List<String> headers, int columns) {
    this.headers = headers;
    this.alignments = new Alignment[columns];
    Arrays.fill(alignments, Alignment.LEFT);
  }

  /** A table with these column headers, all columns left-aligned. */
  public static TextTable withHeaders(String... headers) {
    if (headers.length == 0) {
      throw new IllegalArgumentException("a table needs at least one column");
    }
    return new TextTable(List.of(headers), headers.length);
  }

  /** A table without a header row (for key/value listings). */
  public static TextTable withoutHeaders(int columns) {
    if (columns < 1) {
      throw new IllegalArgumentException("a table needs at least one column, got " + columns);
    }
    return new TextTable(null, columns);
  }

  /** Sets the alignment of the given columns (0-based). */
  public TextTable align(Alignment alignment, int... columns) {
    for (int column : columns) {
      alignments[column] = alignment;
    }
    return this;
  }

  /** Adds a row; missing trailing cells are empty, extra cells are an error. */
  public TextTable addRow(Object... cells) {
    if (cells.length > alignments.length) {
      throw new IllegalArgumentException("row has " + cells.length + " cells, the table " + alignments.length + " columns");
    }
    String[] row = new String[alignments.length];
    for (int i = 0; i < row.length; i++) {
      row[i] = i < cells.length ? clean(cells[i]) : "";
    }
    rows.add(row);
    return this;
  }

  /** Number of rows added (the header not counted). */
  public int rowCount() {
    return rows.size();
  }

  /** The table as text, each line ended by a newline. */
  public String render() {
    int[] widths = new int[alignments.length];
    if (headers != null) {
      for (int i = 0; i < widths.length; i++) {
        widths[i] = headers.get(i).length();
      }
    }
    for (String[] row : rows) {
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    StringBuilder out = new StringBuilder();
    if (headers != null) {
      appendLine(out, headers.toArray(String[]::new), widths);
      String[] rules = new String[widths.length];
      for (int i = 0; i < widths.length; i++) {
        rules[i] = "-".repeat(widths[i]);
      }
      appendLine(out, rules, widths);
    }
    for (String[] row : rows) {
      appendLine(out, row, widths);
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return render();
  }

  private void appendLine(StringBuilder out, String[] cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        line.append(GAP);
      }
      String padding = " ".repeat(widths[i] - cells[i].length());
      if (alignments[i] == Alignment.RIGHT) {
        line.append(padding).append(cells[i]);
      } else {
        line.append(cells[i]).append(padding);
      }
    }
    int end = line.length();
    while (end > 0 && line.charAt(end - 1) == ' ') {
      end--;
    }
    out.append(line, 0, end).append('\n');
  }

  private static String clean(Object cell) {
    return String.valueOf(cell).replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
  }
}

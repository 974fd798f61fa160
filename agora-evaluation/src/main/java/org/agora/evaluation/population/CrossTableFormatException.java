package org.agora.evaluation.population;

/**
 * A malformed cross-table file. The message is one line, to be shown as it is:
 * {@code file:line: reason} for a bad line (for example
 * {@code table.txt:12: expected ('row', 'column', value)}), or {@code file: reason} for a table
 * that is incomplete as a whole (a missing cell), where {@link #line()} is 0.
 */
public final class CrossTableFormatException extends IllegalArgumentException {

  private final String source;
  private final int line;

  public CrossTableFormatException(String source, int line, String reason) {
    super(source + (line > 0 ? ":" + line : "") + ": " + reason);
    this.source = source;
    this.line = line;
  }

  /** The file (or other source) name. */
  public String source() {
    return source;
  }

  /** The 1-based line, or 0 when the error concerns the whole table. */
  public int line() {
    return line;
  }
}

package org.agora.io;

/**
 * A malformed Gambit file. The message is exactly {@code file:line:column: what was expected}, to
 * be shown as it is.
 */
public final class GambitParseException extends IllegalArgumentException {

  private final String source;
  private final int line;
  private final int column;

  public GambitParseException(String source, int line, int column, String expected) {
    super(source + ":" + line + ":" + column + ": " + expected);
    this.source = source;
    this.line = line;
    this.column = column;
  }

  public String source() {
    return source;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }
}

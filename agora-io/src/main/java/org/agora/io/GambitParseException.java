package org.agora.io;

/**
 * A malformed Gambit file. The message is exactly {@code file:line:column: what was expected}, to
 * be shown as it is, for example {@code x.nfg:1:1: expected 'NFG'}; at the end of the
 * file it reads {@code x.nfg:4:1: unexpected end of file, expected ...}. Lines and columns are
 * 1-based and point at the first character of the offending token (for a chance node whose
 * probabilities do not sum to 1, at the node's {@code c}).
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

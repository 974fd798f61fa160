package org.agora.io;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.agora.core.Rational;

/**
 * Splits the text of a Gambit {@code .nfg}/{@code .efg} file into tokens and hands them out one at a
 * time with their line and column, so that readers can report {@code file:line:column: expected ...}.
 *
 * <p>Tokens are quoted strings ({@code \"} stands for a quote and {@code \\} for a backslash; any
 * other backslash is kept as it is), the braces '{' and '}', numbers (integers,
 * decimals, exponents, fractions {@code a/b}) and words. Whitespace and commas separate tokens.
 */
final class GambitLexer {

  /** Kinds of token. */
  enum Kind {
    STRING,
    OPEN,
    CLOSE,
    NUMBER,
    WORD,
    END
  }

  /**
   * One token.
   *
   * @param kind what it is
   * @param text the string's value (escapes resolved) or the token's text
   * @param line 1-based line of its first character
   * @param column 1-based column of its first character
   */
  record Token(Kind kind, String text, int line, int column) {}

  private static final Pattern NUMBER = Pattern.compile(
      "[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d{1,4})?(/\\d+)?");
  private static final int MAX_EXPONENT = 1000;

  private final String source;
  private final List<Token> tokens;
  private int position;

  private GambitLexer(String source, List<Token> tokens) {
    this.source = source;
    this.tokens = tokens;
  }

  /**
   * Tokenizes {@code text}.
   *
   * @throws GambitParseException for an unterminated string
   */
  static GambitLexer of(String text, String source) {
    List<Token> tokens = new ArrayList<>();
    int line = 1;
    int column = 1;
    int index = 0;
    int length = text.length();
    while (index < length) {
      char c = text.charAt(index);
      if (c == '\n') {
        line++;
        column = 1;
        index++;
      } else if (Character.isWhitespace(c) || c == ',' || c == '\uFEFF') {
        column++;
        index++;
      } else if (c == '{' || c == '}') {
        tokens.add(new Token(c == '{' ? Kind.OPEN : Kind.CLOSE, String.valueOf(c), line, column));
        column++;
        index++;
      } else if (c == '"') {
        int startLine = line;
        int startColumn = column;
        StringBuilder value = new StringBuilder();
        index++;
        column++;
        boolean closed = false;
        while (index < length) {
          char d = text.charAt(index);
          if (d == '"') {
            closed = true;
            index++;
            column++;
            break;
          }
          if (d == '\\' && index + 1 < length && (text.charAt(index + 1) == '"' || text.charAt(index + 1) == '\\')) {
            value.append(text.charAt(index + 1));
            index += 2;
            column += 2;
            continue;
          }
          value.append(d);
          if (d == '\n') {
            line++;
            column = 1;
          } else {
            column++;
          }
          index++;
        }
        if (!closed) {
          throw new GambitParseException(source, startLine, startColumn,
              "expected a closing '\"' for the string that starts here");
        }
        tokens.add(new Token(Kind.STRING, value.toString(), startLine, startColumn));
      } else {
        int start = index;
        while (index < length) {
          char d = text.charAt(index);
          if (Character.isWhitespace(d) || d == ',' || d == '{' || d == '}' || d == '"') {
            break;
          }
          index++;
        }
        String word = text.substring(start, index);
        Kind kind = NUMBER.matcher(word).matches() ? Kind.NUMBER : Kind.WORD;
        tokens.add(new Token(kind, word, line, column));
        column += index - start;
      }
    }
    tokens.add(new Token(Kind.END, "", line, column));
    return new GambitLexer(source, tokens);
  }

  /** Name of the source, for messages. */
  String source() {
    return source;
  }

  /** The next token, not consumed. */
  Token peek() {
    return tokens.get(position);
  }

  /** The next token, consumed (the end token is never consumed). */
  Token next() {
    Token token = tokens.get(position);
    if (token.kind() != Kind.END) {
      position++;
    }
    return token;
  }

  /** Tokens not yet consumed, the end token excluded: an upper bound on the values the file still holds. */
  int remaining() {
    return tokens.size() - 1 - position;
  }

  /** True when the next token has the given kind. */
  boolean at(Kind kind) {
    return peek().kind() == kind;
  }

  /** An error at {@code token}; at the end of the file the message says so. */
  GambitParseException error(Token token, String expected) {
    String message = token.kind() == Kind.END ? "unexpected end of file, " + expected : expected;
    return new GambitParseException(source, token.line(), token.column(), message);
  }

  /** Consumes a token of {@code kind} or fails with {@code expected}. */
  Token expect(Kind kind, String expected) {
    if (!at(kind)) {
      throw error(peek(), expected);
    }
    return next();
  }

  /** Consumes a quoted string and returns its value. */
  String expectString(String expected) {
    return expect(Kind.STRING, expected).text();
  }

  /** Consumes the word {@code word} exactly. */
  void expectWord(String word, String expected) {
    if (!at(Kind.WORD) || !peek().text().equals(word)) {
      throw error(peek(), expected);
    }
    next();
  }

  /** Consumes an exact number. */
  Rational expectNumber(String expected) {
    Token token = expect(Kind.NUMBER, expected);
    return toRational(token, expected);
  }

  /** The exact value of a number token. */
  Rational toRational(Token token, String expected) {
    String text = token.text();
    int exponentAt = Math.max(text.indexOf('e'), text.indexOf('E'));
    if (exponentAt >= 0) {
      int end = text.indexOf('/') < 0 ? text.length() : text.indexOf('/');
      int exponent = Integer.parseInt(text.substring(exponentAt + 1, end).replace("+", ""));
      if (Math.abs(exponent) > MAX_EXPONENT) {
        throw error(token, "expected a number with an exponent between -" + MAX_EXPONENT + " and " + MAX_EXPONENT);
      }
    }
    try {
      return Rational.parse(text);
    } catch (NumberFormatException e) {
      throw error(token, expected);
    }
  }

  /**
   * Consumes a whole number in {@code [min, max]}.
   *
   * @param expected the message when the token is not such a number
   */
  int expectInteger(int min, int max, String expected) {
    Token token = peek();
    if (token.kind() != Kind.NUMBER || !token.text().matches("\\+?\\d{1,9}")) {
      throw error(token, expected);
    }
    int value = Integer.parseInt(token.text().replace("+", ""));
    if (value < min || value > max) {
      throw error(token, expected);
    }
    next();
    return value;
  }

  /** Fails unless every token has been consumed. */
  void expectEnd() {
    if (!at(Kind.END)) {
      throw error(peek(), "expected end of file");
    }
  }
}

package org.agora.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A parsed game string {@code name(key=value, ...)}. Values are kept raw (quotes removed); nested
 * game strings such as {@code repeated(stage=matching_pennies,rounds=10)} stay whole.
 *
 * <p>Solver strings such as {@code cfr+(iterations=1000,threads=2)} use the same grammar; names may
 * contain letters, digits, {@code _ - . +}.
 *
 * <p>Grammar: {@code spec := name ['(' [arg (',' arg)*] ')']}, {@code arg := key '=' value}. A value
 * runs to the next comma or closing parenthesis outside brackets, parentheses and double quotes;
 * a double-quoted value may contain any character, with {@code \"} and {@code \\} escapes.
 *
 * @param name game name
 * @param arguments raw argument values by key, in the order written
 */
public record GameSpec(String name, Map<String, String> arguments) {

  public GameSpec {
    arguments = Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
  }

  /**
   * Parses a game string.
   *
   * @throws GameSpecException with the position and what was expected
   */
  public static GameSpec parse(String text) {
    return new Parser(text).parseSpec();
  }

  /** Quotes {@code value} if it could not be read back bare. */
  public static String quoteIfNeeded(String value) {
    boolean plain = !value.isEmpty();
    int depth = 0;
    for (int i = 0; i < value.length() && plain; i++) {
      char c = value.charAt(i);
      if (c == '(' || c == '[') {
        depth++;
      } else if (c == ')' || c == ']') {
        depth--;
        plain = depth >= 0;
      } else if (c == '"' || c == '\\' || Character.isWhitespace(c) || (c == ',' && depth == 0)) {
        plain = false;
      }
    }
    if (plain && depth == 0) {
      return value;
    }
    return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  private static final class Parser {
    private final String text;
    private int position;

    Parser(String text) {
      if (text == null) {
        throw new GameSpecException("game string is missing");
      }
      this.text = text;
    }

    GameSpec parseSpec() {
      skipSpaces();
      String name = identifier("a game name");
      Map<String, String> arguments = new LinkedHashMap<>();
      skipSpaces();
      if (position < text.length() && text.charAt(position) == '(') {
        position++;
        skipSpaces();
        if (peek() == ')') {
          position++;
        } else {
          while (true) {
            skipSpaces();
            int keyStart = position;
            String key = identifier("a parameter name");
            skipSpaces();
            expect('=');
            String value = value();
            if (arguments.put(key, value) != null) {
              throw error(keyStart, "parameter '" + key + "' given twice");
            }
            skipSpaces();
            char next = peek();
            if (next == ',') {
              position++;
            } else if (next == ')') {
              position++;
              break;
            } else {
              throw error(position, "expected ',' or ')'");
            }
          }
        }
      }
      skipSpaces();
      if (position != text.length()) {
        throw error(position, "unexpected text after the game string");
      }
      return new GameSpec(name, arguments);
    }

    private String identifier(String what) {
      int start = position;
      while (position < text.length()) {
        char c = text.charAt(position);
        if (Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == '+') {
          position++;
        } else {
          break;
        }
      }
      if (start == position) {
        throw error(position, "expected " + what);
      }
      return text.substring(start, position);
    }

    private String value() {
      skipSpaces();
      if (peek() == '"') {
        int start = position;
        position++;
        StringBuilder out = new StringBuilder();
        while (position < text.length()) {
          char c = text.charAt(position++);
          if (c == '"') {
            return out.toString();
          }
          if (c == '\\' && position < text.length()) {
            c = text.charAt(position++);
          }
          out.append(c);
        }
        throw error(start, "unterminated quoted value");
      }
      int start = position;
      int depth = 0;
      while (position < text.length()) {
        char c = text.charAt(position);
        if (c == '(' || c == '[') {
          depth++;
        } else if (c == ')' || c == ']') {
          if (depth == 0) {
            break;
          }
          depth--;
        } else if (c == ',' && depth == 0) {
          break;
        }
        position++;
      }
      if (depth != 0) {
        throw error(start, "unbalanced brackets in value");
      }
      String value = text.substring(start, position).trim();
      if (value.isEmpty()) {
        throw error(start, "expected a value");
      }
      return value;
    }

    private char peek() {
      return position < text.length() ? text.charAt(position) : '\0';
    }

    private void expect(char c) {
      if (peek() != c) {
        throw error(position, "expected '" + c + "'");
      }
      position++;
    }

    private void skipSpaces() {
      while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
        position++;
      }
    }

    private GameSpecException error(int at, String message) {
      String where = at >= text.length() ? "at the end" : "at position " + (at + 1);
      return new GameSpecException("bad game string '" + text + "': " + message + " " + where);
    }
  }
}

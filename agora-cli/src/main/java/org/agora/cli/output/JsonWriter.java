package org.agora.cli.output;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small streaming JSON writer with two-space indentation, enough for the CLI's {@code --json}
 * output: objects, arrays, strings, numbers, booleans and null.
 *
 * <p>Strings are escaped as RFC 8259 requires (quote, backslash and control characters), plus
 * U+2028 and U+2029 so the output is also safe to embed in JavaScript. Numbers that JSON cannot
 * represent (NaN and the infinities) are written as {@code null}. Misuse, such as a value inside an
 * object without a name or an unclosed container at {@link #toString()}, throws
 * {@link IllegalStateException}.
 */
public final class JsonWriter {

  private static final String INDENT = "  ";

  /** One open container: whether it is an object, how many members it has, whether a name is pending. */
  private static final class Scope {
    final boolean object;
    int members;
    boolean namePending;

    Scope(boolean object) {
      this.object = object;
    }
  }

  private final StringBuilder out = new StringBuilder();
  private final Deque<Scope> scopes = new ArrayDeque<>();
  private boolean topLevelWritten;

  /** Opens an object. */
  public JsonWriter beginObject() {
    beforeValue();
    out.append('{');
    scopes.push(new Scope(true));
    return this;
  }

  /** Closes the innermost object. */
  public JsonWriter endObject() {
    return close(true, '}');
  }

  /** Opens an array. */
  public JsonWriter beginArray() {
    beforeValue();
    out.append('[');
    scopes.push(new Scope(false));
    return this;
  }

  /** Closes the innermost array. */
  public JsonWriter endArray() {
    return close(false, ']');
  }

  /** Writes a member name inside an object; the next call must write its value. */
  public JsonWriter name(String name) {
    Scope scope = scopes.peek();
    if (scope == null || !scope.object || scope.namePending) {
      throw new IllegalStateException("a name is only allowed inside an object, before a value");
    }
    if (scope.members > 0) {
      out.append(',');
    }
    newLine();
    writeString(name);
    out.append(": ");
    scope.namePending = true;
    return this;
  }

  /** Writes a string, or null when {@code value} is null. */
  public JsonWriter value(String value) {
    if (value == null) {
      return nullValue();
    }
    beforeValue();
    writeString(value);
    return this;
  }

  /** Writes a number; NaN and infinities become null. */
  public JsonWriter value(double value) {
    if (!Double.isFinite(value)) {
      return nullValue();
    }
    beforeValue();
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      out.append((long) value);
    } else {
      out.append(value);
    }
    return this;
  }

  /** Writes an integer. */
  public JsonWriter value(long value) {
    beforeValue();
    out.append(value);
    return this;
  }

  /** Writes a boolean. */
  public JsonWriter value(boolean value) {
    beforeValue();
    out.append(value);
    return this;
  }

  /** Writes null. */
  public JsonWriter nullValue() {
    beforeValue();
    out.append("null");
    return this;
  }

  /** Writes a string member. */
  public JsonWriter field(String name, String value) {
    return name(name).value(value);
  }

  /** Writes a number member. */
  public JsonWriter field(String name, double value) {
    return name(name).value(value);
  }

  /** Writes an integer member. */
  public JsonWriter field(String name, long value) {
    return name(name).value(value);
  }

  /** Writes a boolean member. */
  public JsonWriter field(String name, boolean value) {
    return name(name).value(value);
  }

  /** The document written so far; every container must be closed. */
  @Override
  public String toString() {
    if (!scopes.isEmpty()) {
      throw new IllegalStateException(scopes.size() + " JSON container(s) still open");
    }
    return out.toString();
  }

  private void beforeValue() {
    Scope scope = scopes.peek();
    if (scope == null) {
      if (topLevelWritten) {
        throw new IllegalStateException("a JSON document has exactly one top-level value");
      }
      topLevelWritten = true;
      return;
    }
    if (scope.object) {
      if (!scope.namePending) {
        throw new IllegalStateException("a value inside an object needs a name first");
      }
      scope.namePending = false;
    } else {
      if (scope.members > 0) {
        out.append(',');
      }
      newLine();
    }
    scope.members++;
  }

  private JsonWriter close(boolean object, char bracket) {
    Scope scope = scopes.peek();
    if (scope == null || scope.object != object || scope.namePending) {
      throw new IllegalStateException("no open " + (object ? "object" : "array") + " to close here");
    }
    scopes.pop();
    if (scope.members > 0) {
      newLine();
    }
    out.append(bracket);
    return this;
  }

  private void newLine() {
    out.append('\n');
    for (int i = 0; i < scopes.size(); i++) {
      out.append(INDENT);
    }
  }

  private void writeString(String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}

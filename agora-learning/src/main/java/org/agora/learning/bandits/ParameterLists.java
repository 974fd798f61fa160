package org.agora.learning.bandits;

import java.util.ArrayList;
import java.util.List;
import org.agora.core.GameSpecException;

/**
 * Reads list-valued parameters of problem and policy strings. A list is written {@code [0.1,0.5,0.9]}
 * or {@code 0.1;0.5;0.9} (the second form survives tools that split at commas); a matrix is a list of
 * such rows, {@code [[0.1,0.9],[0.9,0.1]]} or {@code 0.1;0.9|0.9;0.1}. Errors name the owner, the
 * parameter, the value and what is allowed, as {@link org.agora.core.ParameterSpec} errors do.
 */
public final class ParameterLists {

  private ParameterLists() {}

  /**
   * Parses a list of numbers, each in {@code [min, max]}.
   *
   * @throws GameSpecException naming the parameter and the value
   */
  public static double[] numbers(String owner, String parameter, String raw, double min, double max) {
    String text = strip(raw.trim());
    String[] parts = text.split("[,;]", -1);
    double[] values = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i].trim();
      double value;
      try {
        value = Double.parseDouble(part);
      } catch (NumberFormatException e) {
        throw invalid(owner, parameter, raw, "'" + part + "' is not a number", min, max);
      }
      if (!(value >= min && value <= max)) {
        throw invalid(owner, parameter, raw, part + " is out of range", min, max);
      }
      values[i] = value;
    }
    return values;
  }

  /**
   * Parses a list of non-negative integers in increasing order (change points, rounds).
   *
   * @throws GameSpecException naming the parameter and the value
   */
  public static long[] increasingRounds(String owner, String parameter, String raw) {
    String text = strip(raw.trim());
    if (text.isEmpty()) {
      return new long[0];
    }
    String[] parts = text.split("[,;]", -1);
    long[] values = new long[parts.length];
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i].trim();
      try {
        values[i] = Long.parseLong(part);
      } catch (NumberFormatException e) {
        throw new GameSpecException(owner + ": parameter '" + parameter + "' value '" + raw + "': '" + part
            + "' is not an integer; allowed: increasing round numbers >= 1 such as [1000,5000]");
      }
      if (values[i] < 1 || (i > 0 && values[i] <= values[i - 1])) {
        throw new GameSpecException(owner + ": parameter '" + parameter + "' value '" + raw
            + "' is not increasing from 1; allowed: increasing round numbers >= 1 such as [1000,5000]");
      }
    }
    return values;
  }

  /**
   * Parses a matrix of numbers (rows of equal length), each in {@code [min, max]}.
   *
   * @throws GameSpecException naming the parameter and the value
   */
  public static double[][] matrix(String owner, String parameter, String raw, double min, double max) {
    String text = raw.trim();
    List<String> rows = new ArrayList<>();
    if (text.startsWith("[") && text.substring(1).trim().startsWith("[")) {
      String inner = strip(text);
      int depth = 0;
      int start = -1;
      for (int i = 0; i < inner.length(); i++) {
        char c = inner.charAt(i);
        if (c == '[') {
          if (depth++ == 0) {
            start = i;
          }
        } else if (c == ']' && --depth == 0) {
          rows.add(inner.substring(start, i + 1));
        }
      }
    } else {
      for (String row : text.split("\\|", -1)) {
        rows.add(row);
      }
    }
    double[][] matrix = new double[rows.size()][];
    for (int r = 0; r < rows.size(); r++) {
      matrix[r] = numbers(owner, parameter, rows.get(r), min, max);
      if (matrix[r].length != matrix[0].length) {
        throw new GameSpecException(owner + ": parameter '" + parameter + "' value '" + raw + "': row " + (r + 1)
            + " has " + matrix[r].length + " entries, row 1 has " + matrix[0].length
            + "; allowed: rows of equal length such as [[0.1,0.9],[0.9,0.1]] or 0.1;0.9|0.9;0.1");
      }
    }
    return matrix;
  }

  /** Formats a list as it is read back, {@code [0.1,0.5]}. */
  public static String format(double[] values) {
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < values.length; i++) {
      out.append(i == 0 ? "" : ",").append(values[i]);
    }
    return out.append(']').toString();
  }

  private static String strip(String text) {
    if (text.startsWith("[") && text.endsWith("]")) {
      return text.substring(1, text.length() - 1).trim();
    }
    return text;
  }

  private static GameSpecException invalid(String owner, String parameter, String raw, String problem,
      double min, double max) {
    return new GameSpecException(owner + ": parameter '" + parameter + "' value '" + raw + "': " + problem
        + "; allowed: a list of numbers in [" + bound(min) + ", " + bound(max) + "] such as [0.1,0.5,0.9] or 0.1;0.5;0.9");
  }

  private static String bound(double value) {
    if (Double.isInfinite(value)) {
      return value > 0 ? "inf" : "-inf";
    }
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }
}

package org.agora.evaluation.population;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a cross-table in the format of the published RRPS bot table (Lanctot et al., TMLR 2023;
 * OpenSpiel's {@code bot_table_file.txt}): one line per ordered pair,
 * {@code ('row_bot', 'column_bot', value)}, where the value is the row bot's mean return against
 * the column bot. Names are quoted with single or double quotes (the same on both sides) and
 * cannot contain their quote; spaces around the parts are free; blank lines are skipped. Agents
 * are numbered in the order they first appear. The value is a decimal number (with optional
 * exponent); NaN and infinities are refused.
 *
 * <p>The diagonal follows {@link CrossTableBuilder}: given for every agent or for none (then 0).
 * The published table gives all 43 x 43 = 1849 cells, diagonal included (self-play values within
 * about 2 of zero), and is not exactly antisymmetric: {@code r(a, b) + r(b, a)} reaches about 35
 * because the two seatings were measured separately.
 *
 * <p>A bad line fails with {@link CrossTableFormatException} {@code file:line: reason}; a table
 * with a missing cell fails with {@code file: missing cell ...}.
 */
public final class CrossTableReader {

  private static final Pattern LINE = Pattern.compile(
      "\\s*\\(\\s*(['\"])([^'\"]*)\\1\\s*,\\s*(['\"])([^'\"]*)\\3\\s*,\\s*([^\\s)]+)\\s*\\)\\s*");
  private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern NOT_FINITE = Pattern.compile("[+-]?(nan|inf|infinity)", Pattern.CASE_INSENSITIVE);

  private CrossTableReader() {}

  /**
   * Reads the table in {@code file} (UTF-8).
   *
   * @throws CrossTableFormatException for a malformed line or an incomplete table
   * @throws IOException when the file cannot be read
   */
  public static CrossTable read(Path file) throws IOException {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(file.toString(), reader);
    }
  }

  /** Reads a table from {@code text}, naming it {@code source} in error messages. */
  public static CrossTable read(String source, Reader text) throws IOException {
    BufferedReader reader = text instanceof BufferedReader buffered ? buffered : new BufferedReader(text);
    CrossTableBuilder builder = new CrossTableBuilder();
    Map<String, Integer> firstLines = new HashMap<>();
    int number = 0;
    String line;
    while (true) {
      try {
        line = reader.readLine();
      } catch (CharacterCodingException e) {
        throw new CrossTableFormatException(source, number + 1, "not UTF-8 text");
      }
      if (line == null) {
        break;
      }
      number++;
      if (line.isBlank()) {
        continue;
      }
      Matcher matcher = LINE.matcher(line);
      if (!matcher.matches()) {
        throw new CrossTableFormatException(source, number,
            "expected ('row_agent', 'column_agent', value), got \"" + abbreviate(line.strip()) + "\"");
      }
      String row = matcher.group(2);
      String column = matcher.group(4);
      double value = value(source, number, matcher.group(5));
      String pair = "('" + row + "', '" + column + "')";
      Integer first = firstLines.putIfAbsent(pair, number);
      if (first != null) {
        throw new CrossTableFormatException(source, number, "duplicate cell " + pair + ", first given on line " + first);
      }
      try {
        builder.put(row, column, value);
      } catch (IllegalArgumentException e) {
        throw new CrossTableFormatException(source, number, e.getMessage());
      }
    }
    if (number == 0 || firstLines.isEmpty()) {
      throw new CrossTableFormatException(source, 0, "no cells: the table is empty");
    }
    try {
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw new CrossTableFormatException(source, 0, e.getMessage());
    }
  }

  private static double value(String source, int line, String text) {
    if (NOT_FINITE.matcher(text).matches()) {
      throw new CrossTableFormatException(source, line, "value " + text + " is not a finite number");
    }
    if (!NUMBER.matcher(text).matches()) {
      throw new CrossTableFormatException(source, line, "expected a decimal number, got \"" + abbreviate(text) + "\"");
    }
    double value = Double.parseDouble(text);
    if (!Double.isFinite(value)) {
      throw new CrossTableFormatException(source, line, "value " + text + " is out of range");
    }
    return value;
  }

  private static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }
}

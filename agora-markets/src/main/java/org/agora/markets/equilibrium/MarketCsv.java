package org.agora.markets.equilibrium;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a {@link Market} from CSV. Layout: one row per buyer, its budget then its value for each good
 * ({@code budget,v_1,...,v_m}); optionally one row {@code supply,s_1,...,s_m} anywhere (supplies default
 * to 1); optionally a header row first whose first field is not a number (for example
 * {@code budget,good1,good2}); blank lines and lines starting with {@code #} are skipped. Fields are
 * separated by commas and may be padded with spaces. Every error names the source and the line
 * ({@code markets.csv:4: ...}).
 */
public final class MarketCsv {

  private MarketCsv() {}

  /** Reads the market in this file. */
  public static Market read(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads a market from characters; {@code source} names them in error messages.
   *
   * @throws IllegalArgumentException naming {@code source:line} for malformed or invalid input
   */
  public static Market read(Reader reader, String source) throws IOException {
    BufferedReader lines = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    List<double[]> rows = new ArrayList<>();
    List<Integer> rowLines = new ArrayList<>();
    double[] supplies = null;
    int goods = -1;
    boolean sawData = false;
    String line;
    int number = 0;
    while ((line = lines.readLine()) != null) {
      number++;
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      String[] fields = trimmed.split(",", -1);
      String first = fields[0].strip();
      boolean supplyRow = first.equalsIgnoreCase("supply");
      if (!supplyRow && !sawData && !isNumber(first)) {
        sawData = true; // a header row
        continue;
      }
      sawData = true;
      if (fields.length < 2) {
        throw error(source, number, "expected a budget and at least one value, got '" + trimmed + "'");
      }
      if (goods < 0) {
        goods = fields.length - 1;
      } else if (fields.length - 1 != goods) {
        throw error(source, number, "expected " + goods + " values after the first field, got " + (fields.length - 1));
      }
      double[] row = new double[fields.length];
      for (int k = supplyRow ? 1 : 0; k < fields.length; k++) {
        row[k] = parse(fields[k].strip(), source, number, k + 1);
      }
      if (supplyRow) {
        if (supplies != null) {
          throw error(source, number, "a second supply row");
        }
        supplies = new double[goods];
        for (int j = 0; j < goods; j++) {
          if (!(row[j + 1] > 0)) {
            throw error(source, number, "good " + j + " has supply " + row[j + 1] + "; supplies must be > 0");
          }
          supplies[j] = row[j + 1];
        }
        continue;
      }
      if (!(row[0] > 0)) {
        throw error(source, number, "budget " + row[0] + "; budgets must be > 0");
      }
      for (int k = 1; k < row.length; k++) {
        if (!(row[k] >= 0)) {
          throw error(source, number, "value " + row[k] + " in column " + (k + 1) + "; values must be >= 0");
        }
      }
      rows.add(row);
      rowLines.add(number);
    }
    if (rows.isEmpty()) {
      throw new IllegalArgumentException(source + ": no buyer rows (expected budget,v_1,...,v_m per line)");
    }
    int buyers = rows.size();
    double[] budgets = new double[buyers];
    double[] values = new double[buyers * goods];
    for (int i = 0; i < buyers; i++) {
      double[] row = rows.get(i);
      budgets[i] = row[0];
      System.arraycopy(row, 1, values, i * goods, goods);
    }
    if (supplies == null) {
      supplies = new double[goods];
      java.util.Arrays.fill(supplies, 1);
    }
    try {
      return new Market(buyers, goods, budgets, values, supplies);
    } catch (IllegalArgumentException e) {
      String message = e.getMessage();
      int line2 = rowLines.get(rowLines.size() - 1);
      if (message.startsWith("buyer ")) {
        int space = message.indexOf(' ', 6);
        line2 = rowLines.get(Integer.parseInt(message.substring(6, space)));
      }
      throw error(source, line2, message);
    }
  }

  private static boolean isNumber(String field) {
    try {
      Double.parseDouble(field);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static double parse(String field, String source, int line, int column) {
    try {
      double value = Double.parseDouble(field);
      if (!Double.isFinite(value)) {
        throw error(source, line, "column " + column + " is '" + field + "'; expected a finite number");
      }
      return value;
    } catch (NumberFormatException e) {
      throw error(source, line, "column " + column + " is '" + field + "'; expected a number");
    }
  }

  private static IllegalArgumentException error(String source, int line, String message) {
    return new IllegalArgumentException(source + ":" + line + ": " + message);
  }
}

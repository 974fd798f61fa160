package org.agora.markets.auction;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.agora.core.FileErrorReason;

/**
 * A recorded market seen by one bidder: per auction its value and the highest competing bid, as in
 * AuctionGym's logs and the iPinYou data set (Zhang et al., "Real-Time Bidding Benchmarking with iPinYou
 * Dataset", 2014) used to evaluate bidding against a replayed market.
 *
 * <p>CSV format: one auction per line, {@code value,highest_competing_bid}, both finite and &gt;= 0; an
 * optional header line whose first field is not a number; blank lines and lines starting with {@code #}
 * are skipped. Errors name {@code file:line} and the bad field.
 *
 * @param values each auction's value
 * @param competing each auction's highest competing bid
 */
public record ValueTrace(double[] values, double[] competing) {

  public ValueTrace {
    if (values.length != competing.length || values.length == 0) {
      throw new IllegalArgumentException("a trace needs as many values as competing bids, at least one; got "
          + values.length + " and " + competing.length);
    }
    for (int k = 0; k < values.length; k++) {
      if (!(values[k] >= 0) || Double.isInfinite(values[k]) || !(competing[k] >= 0) || Double.isInfinite(competing[k])) {
        throw new IllegalArgumentException("trace row " + k + " has value " + values[k] + " and competing bid "
            + competing[k] + "; both must be finite and >= 0");
      }
    }
    values = values.clone();
    competing = competing.clone();
  }

  /** The number of auctions. */
  public int size() {
    return values.length;
  }

  /** The value of auction {@code k}. */
  public double value(int k) {
    return values[k];
  }

  /** The highest competing bid of auction {@code k}. */
  public double competing(int k) {
    return competing[k];
  }

  @Override
  public double[] values() {
    return values.clone();
  }

  @Override
  public double[] competing() {
    return competing.clone();
  }

  /**
   * Reads a CSV trace.
   *
   * @throws IllegalArgumentException with a one-line message: {@code file: reason} for an unreadable
   *     file, {@code file:line: ...} naming the bad field otherwise
   */
  public static ValueTrace read(Path file) {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(reader, file.toString());
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": " + FileErrorReason.of(e));
    }
  }

  /** Parses CSV text; {@code name} labels errors. */
  public static ValueTrace parse(BufferedReader reader, String name) throws IOException {
    double[] values = new double[1024];
    double[] competing = new double[1024];
    int rows = 0;
    int lineNumber = 0;
    boolean first = true;
    String line;
    while ((line = reader.readLine()) != null) {
      lineNumber++;
      String text = line.strip();
      if (text.isEmpty() || text.startsWith("#")) {
        continue;
      }
      String[] fields = text.split(",", -1);
      if (first && !fields[0].isBlank() && !looksNumeric(fields[0].strip())) {
        first = false;
        continue; // header
      }
      first = false;
      if (fields.length != 2) {
        throw new IllegalArgumentException(name + ":" + lineNumber + ": expected 2 fields (value,highest_competing_bid), got "
            + fields.length);
      }
      if (rows == values.length) {
        values = Arrays.copyOf(values, rows * 2);
        competing = Arrays.copyOf(competing, rows * 2);
      }
      values[rows] = field(fields[0], name, lineNumber, "value");
      competing[rows] = field(fields[1], name, lineNumber, "highest_competing_bid");
      rows++;
    }
    if (rows == 0) {
      throw new IllegalArgumentException(name + ": the trace has no auction rows");
    }
    return new ValueTrace(Arrays.copyOf(values, rows), Arrays.copyOf(competing, rows));
  }

  private static boolean looksNumeric(String s) {
    char c = s.charAt(0);
    return Character.isDigit(c) || c == '-' || c == '+' || c == '.';
  }

  private static double field(String raw, String name, int line, String field) {
    double x;
    try {
      x = Double.parseDouble(raw.strip());
    } catch (NumberFormatException e) {
      x = Double.NaN;
    }
    if (!(x >= 0) || Double.isInfinite(x)) {
      throw new IllegalArgumentException(name + ":" + line + ": field " + field + " is '" + raw.strip()
          + "'; expected a finite number >= 0");
    }
    return x;
  }
}

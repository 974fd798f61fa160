package org.agora.cooperative.game;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a {@link TableGame} from a CSV file of {@code coalition,value} rows: an optional header row
 * {@code coalition,value}, blank lines and {@code #} comments ignored, coalitions written as player
 * lists {@code {0,2}} or bit strings {@code 101} (see {@link Coalitions}). The player count is the
 * bit-string length, or one more than the largest listed player. Every non-empty coalition must
 * appear exactly once; the empty coalition defaults to 0. Errors name the file and line.
 */
public final class TableGameReader {

  private TableGameReader() {}

  /**
   * @throws IllegalArgumentException {@code file:line: reason}, for any unreadable or invalid content
   */
  public static TableGame read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException(file + ": no such file");
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": cannot read (" + e.getMessage() + ")");
    }
    return parse(file.toString(), lines);
  }

  /** Parses CSV lines; {@code source} names them in messages. */
  public static TableGame parse(String source, List<String> lines) {
    List<long[]> rows = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    int players = 0;
    int bitStringLength = -1;
    boolean listSeen = false;
    for (int index = 0; index < lines.size(); index++) {
      String where = source + ":" + (index + 1) + ": ";
      String line = lines.get(index).trim();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int comma = line.lastIndexOf(',');
      if (comma < 0) {
        throw new IllegalArgumentException(where + "expected 'coalition,value', got '" + line + "'");
      }
      String coalitionText = line.substring(0, comma).trim();
      String valueText = line.substring(comma + 1).trim();
      if (rows.isEmpty() && values.isEmpty() && coalitionText.equalsIgnoreCase("coalition")) {
        continue;
      }
      double value;
      try {
        value = Double.parseDouble(valueText);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(where + "value '" + valueText + "' is not a number");
      }
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException(where + "value '" + valueText + "' is not finite");
      }
      boolean list = coalitionText.startsWith("{") || coalitionText.startsWith("[");
      if (!list) {
        if (bitStringLength >= 0 && coalitionText.length() != bitStringLength) {
          throw new IllegalArgumentException(where + "bit string '" + coalitionText + "' has "
              + coalitionText.length() + " characters but earlier rows have " + bitStringLength);
        }
        bitStringLength = coalitionText.length();
      } else {
        listSeen = true;
      }
      long mask;
      try {
        mask = Coalitions.parse(coalitionText, list ? -1 : bitStringLength);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + e.getMessage());
      }
      if (list) {
        players = Math.max(players, 64 - Long.numberOfLeadingZeros(mask));
      }
      rows.add(new long[] {mask, index + 1});
      values.add(value);
    }
    if (rows.isEmpty()) {
      throw new IllegalArgumentException(source + ": no coalition rows; expected lines such as {0,2},3.5");
    }
    if (bitStringLength >= 0) {
      if (listSeen && players > bitStringLength) {
        throw new IllegalArgumentException(source + ": player lists name player " + (players - 1)
            + " but bit strings have " + bitStringLength + " characters");
      }
      players = bitStringLength;
    }
    if (players < 1 || players > TableGame.MAX_TABLE_PLAYERS) {
      throw new IllegalArgumentException(source + ": " + players + " players; a table holds 1 to "
          + TableGame.MAX_TABLE_PLAYERS);
    }
    double[] table = new double[1 << players];
    int[] lineOf = new int[table.length];
    for (int k = 0; k < rows.size(); k++) {
      int mask = (int) rows.get(k)[0];
      int line = (int) rows.get(k)[1];
      if (lineOf[mask] != 0) {
        throw new IllegalArgumentException(source + ":" + line + ": coalition " + Coalitions.format(mask)
            + " already given on line " + lineOf[mask]);
      }
      lineOf[mask] = line;
      table[mask] = values.get(k);
    }
    for (int mask = 1; mask < table.length; mask++) {
      if (lineOf[mask] == 0) {
        int missing = table.length - 1 - (int) rows.stream().filter(r -> r[0] != 0).count();
        throw new IllegalArgumentException(source + ": coalition " + Coalitions.format(mask) + " is missing ("
            + missing + " of " + (table.length - 1) + " non-empty coalitions of " + players + " players missing)");
      }
    }
    return new TableGame(players, table, "table(" + source + ")");
  }
}

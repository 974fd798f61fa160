package org.agora.games.normalform;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.agora.core.GameSpecException;
import org.agora.core.Rational;
import org.agora.core.SaturatingArithmetic;

/**
 * Parser of the payoff text of the {@code matrix} game (see {@link MatrixGameProvider} for the
 * format). Produces the strategy counts and the exact payoffs in {@code NormalFormGame} layout.
 */
final class MatrixText {

  /** Parsed payoffs: strategy counts per player and player-major exact payoffs. */
  record Table(int[] strategyCounts, Rational[] payoffs) {}

  private record Cell(int row, int column, int line, String text) {}

  private final String source;
  private final boolean fromFile;

  /**
   * @param source how to name the text in messages, e.g. {@code parameter 'payoffs'}
   * @param fromFile whether rows are reported with their line numbers
   */
  MatrixText(String source, boolean fromFile) {
    this.source = source;
    this.fromFile = fromFile;
  }

  /**
   * Parses {@code text}; {@code shape} is empty for a two-player table read row by row.
   *
   * @throws GameSpecException naming the row, cell and text of the first problem
   */
  Table parse(String text, String shape) {
    List<List<Cell>> rows = rows(text);
    if (rows.isEmpty()) {
      throw error("has no payoffs; allowed: rows separated by ';' or new lines, cells by spaces, "
          + "each cell listing every player's payoff separated by ',', e.g. \"3,3 0,5; 5,0 1,1\"");
    }
    List<Cell> cells = new ArrayList<>();
    rows.forEach(cells::addAll);
    int[] counts;
    if (shape.isEmpty()) {
      int columns = rows.get(0).size();
      for (List<Cell> row : rows) {
        if (row.size() != columns) {
          throw error("is ragged: " + where(row.get(0).row, -1, row.get(0).line) + " has " + row.size()
              + " cells but row 1 has " + columns + "; allowed: every row with the same number of cells");
        }
      }
      counts = new int[] {rows.size(), columns};
    } else {
      counts = parseShape(shape);
    }
    int players = counts.length;
    // Saturating: a plain product of the counts wraps around (65536x65536x65536x65536 "needed" 0 cells).
    long profiles = SaturatingArithmetic.product(counts);
    if (profiles != cells.size()) {
      throw error("has " + cells.size() + " cells but shape " + shape + " needs "
          + (profiles == Long.MAX_VALUE ? "more than " + Long.MAX_VALUE : Long.toString(profiles))
          + "; allowed: one cell per strategy profile, in row-major order with the last player fastest");
    }
    int entries = entryCount(cells.get(0), players);
    Rational[] payoffs = new Rational[(int) profiles * players];
    for (int profile = 0; profile < cells.size(); profile++) {
      Cell cell = cells.get(profile);
      String[] parts = cell.text.split(",", -1);
      if (parts.length != entries) {
        throw error(where(cell.row, cell.column, cell.line) + " '" + cell.text + "' has " + parts.length
            + " payoffs but the first cell has " + entries + "; allowed: the same number in every cell");
      }
      for (int p = 0; p < entries; p++) {
        Rational value;
        try {
          value = Rational.parse(parts[p]);
        } catch (NumberFormatException e) {
          throw error(where(cell.row, cell.column, cell.line) + " '" + cell.text + "': entry '" + parts[p]
              + "' is not a number; allowed: integers, decimals such as 0.25 or fractions such as 1/3");
        }
        payoffs[p * (int) profiles + profile] = value;
      }
      if (entries == 1 && players == 2) {
        payoffs[(int) profiles + profile] = payoffs[profile].negate();
      }
    }
    return new Table(counts, payoffs);
  }

  private int entryCount(Cell first, int players) {
    int entries = first.text.split(",", -1).length;
    if (entries == players || (entries == 1 && players == 2)) {
      return entries;
    }
    String hint = players == 2 && entries > 2
        ? "; give shape=, e.g. shape=\"2x2x2\", for games with more than two players"
        : "; allowed: " + players + " payoffs per cell" + (players == 2 ? " (or 1 for a zero-sum game)" : "");
    throw error(where(first.row, first.column, first.line) + " '" + first.text + "' has " + entries
        + " payoffs for " + players + " players" + hint);
  }

  private int[] parseShape(String shape) {
    String[] parts = shape.trim().split("\\s*[xX]\\s*", -1);
    int[] counts = new int[parts.length];
    for (int p = 0; p < parts.length; p++) {
      try {
        counts[p] = Integer.parseInt(parts[p].trim());
      } catch (NumberFormatException e) {
        counts[p] = 0;
      }
      if (counts[p] < 1) {
        throw new GameSpecException("matrix: parameter 'shape' value '" + shape
            + "' is not a list of strategy counts; allowed: positive integers separated by 'x', e.g. 2x2x2");
      }
    }
    return counts;
  }

  private List<List<Cell>> rows(String text) {
    List<List<Cell>> rows = new ArrayList<>();
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int line = 0; line < lines.length; line++) {
      String content = lines[line];
      int comment = content.indexOf('#');
      if (comment >= 0) {
        content = content.substring(0, comment);
      }
      for (String rowText : content.split(";", -1)) {
        String normalized = rowText.trim().replaceAll("\\s*,\\s*", ",");
        if (normalized.isEmpty()) {
          continue;
        }
        List<Cell> row = new ArrayList<>();
        int rowNumber = rows.size() + 1;
        for (String cell : normalized.split("\\s+")) {
          row.add(new Cell(rowNumber, row.size() + 1, line + 1, cell));
        }
        rows.add(row);
      }
    }
    return rows;
  }

  private String where(int row, int column, int line) {
    return "row " + row + (column > 0 ? ", cell " + column : "") + (fromFile ? " (line " + line + ")" : "");
  }

  private GameSpecException error(String problem) {
    return new GameSpecException("matrix: " + source + " " + problem);
  }

  /**
   * Splits whitespace-separated strategy names and checks their count and uniqueness.
   *
   * @param parameter the parameter the names come from, for messages
   */
  static String[] names(String parameter, String text, int expected, String whose) {
    String trimmed = text.trim();
    String[] names = trimmed.isEmpty() ? new String[0] : trimmed.split("\\s+");
    if (names.length != expected) {
      throw new GameSpecException("matrix: parameter '" + parameter + "' value '" + text + "' gives " + names.length
          + " names for " + whose + "; allowed: exactly " + expected + " names separated by spaces");
    }
    Set<String> seen = new HashSet<>();
    for (String name : names) {
      if (!seen.add(name)) {
        throw new GameSpecException("matrix: parameter '" + parameter + "' value '" + text + "' repeats the name '"
            + name + "'; allowed: distinct names");
      }
    }
    return names;
  }
}

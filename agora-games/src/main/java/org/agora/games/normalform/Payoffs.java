package org.agora.games.normalform;

import java.util.HashMap;
import java.util.Map;
import org.agora.core.GameParameters;
import org.agora.core.Rational;
import org.agora.core.normalform.NormalFormGame;

/** Helpers that build exact two-player payoff tables for the games of this package. */
final class Payoffs {

  private static final String[] TWO_PLAYERS = {"row", "column"};

  private Payoffs() {}

  /**
   * An exact two-player game from integer matrices: {@code row[i][j]} and {@code column[i][j]} are
   * the row and column player's payoffs when row strategy i meets column strategy j.
   */
  static NormalFormGame bimatrix(GameParameters parameters, String title, String[] rowNames, String[] columnNames,
      long[][] row, long[][] column) {
    Rational[][] exactRow = new Rational[row.length][];
    Rational[][] exactColumn = new Rational[column.length][];
    IntegerCache cache = new IntegerCache();
    for (int i = 0; i < row.length; i++) {
      exactRow[i] = new Rational[row[i].length];
      exactColumn[i] = new Rational[column[i].length];
      for (int j = 0; j < row[i].length; j++) {
        exactRow[i][j] = cache.of(row[i][j]);
        exactColumn[i][j] = cache.of(column[i][j]);
      }
    }
    return bimatrix(parameters, title, rowNames, columnNames, exactRow, exactColumn);
  }

  /** An exact two-player game from rational matrices (see the integer overload). */
  static NormalFormGame bimatrix(GameParameters parameters, String title, String[] rowNames, String[] columnNames,
      Rational[][] row, Rational[][] column) {
    int rows = rowNames.length;
    int columns = columnNames.length;
    int profiles = rows * columns;
    Rational[] payoffs = new Rational[2 * profiles];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < columns; j++) {
        payoffs[i * columns + j] = row[i][j];
        payoffs[profiles + i * columns + j] = column[i][j];
      }
    }
    return NormalFormGame.exact(parameters, title, TWO_PLAYERS.clone(), new String[][] {rowNames, columnNames},
        payoffs);
  }

  /** A symmetric two-player game: the column player's payoff matrix is the transpose of the row's. */
  static NormalFormGame symmetric(GameParameters parameters, String title, String[] names, long[][] row) {
    int n = names.length;
    long[][] column = new long[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        column[i][j] = row[j][i];
      }
    }
    return bimatrix(parameters, title, names, names, row, column);
  }

  /** A two-player zero-sum game: the column player gets the negation of the row player's payoff. */
  static NormalFormGame zeroSum(GameParameters parameters, String title, String[] rowNames, String[] columnNames,
      long[][] row) {
    long[][] column = new long[row.length][];
    for (int i = 0; i < row.length; i++) {
      column[i] = new long[row[i].length];
      for (int j = 0; j < row[i].length; j++) {
        column[i][j] = -row[i][j];
      }
    }
    return bimatrix(parameters, title, rowNames, columnNames, row, column);
  }

  /**
   * The exact value of a real parameter as the user wrote it: {@code 0.1} becomes 1/10, not the
   * binary double nearest to it.
   */
  static Rational decimal(double value) {
    return Rational.parse(Double.toString(value));
  }

  /** Shares one {@link Rational} per distinct integer so large tables do not hold copies. */
  static final class IntegerCache {
    private final Map<Long, Rational> values = new HashMap<>();

    Rational of(long value) {
      return values.computeIfAbsent(value, Rational::of);
    }
  }
}

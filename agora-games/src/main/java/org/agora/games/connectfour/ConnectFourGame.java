package org.agora.games.connectfour;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.agora.core.Game;
import org.agora.core.GameAbilities;
import org.agora.core.GameInfo;
import org.agora.core.GameParameters;
import org.agora.core.GameSpecException;
import org.agora.core.GameType;
import org.agora.games.common.StateObservationTensor;

/**
 * Connect four: players drop stones into the columns of an upright grid.
 *
 * <p>Rules: the grid has {@code rows} rows and {@code columns} columns (6 and 7 by default). Player 0
 * ({@code x}) moves first; players alternate dropping a stone into a column that is not full, where
 * it falls to the lowest empty cell. Action {@code c} in {@code [0, columns)} drops into column
 * {@code c}, counted from the left. The first player with {@code connect} (4 by default) stones in a
 * line, horizontal, vertical or diagonal, wins and gets +1, the other -1; a full grid without such a
 * line is a draw (0 each).
 *
 * <p>The game is sequential, deterministic, of perfect information and zero-sum. States are
 * bitboards in one {@code long} per player (see {@link ConnectFourState}), so the grid must satisfy
 * {@code (rows + 1) * columns <= 64}; playing allocates nothing.
 */
public final class ConnectFourGame implements Game {

  /** Registered name. */
  public static final String NAME = "connect_four";
  /** Default number of rows. */
  public static final int DEFAULT_ROWS = 6;
  /** Default number of columns. */
  public static final int DEFAULT_COLUMNS = 7;
  /** Default line length that wins. */
  public static final int DEFAULT_CONNECT = 4;

  private static final GameType TYPE = new GameType(GameType.Dynamics.SEQUENTIAL, GameType.Chance.NONE,
      GameType.Information.PERFECT, GameType.Utility.ZERO_SUM);

  private final GameInfo info;
  private final GameAbilities abilities;
  private final GameParameters parameters;
  private final int rows;
  private final int columns;
  private final int connect;
  /** Bit of the lowest cell of each column. */
  final long[] bottomCell;
  /** Bit of the highest cell of each column. */
  final long[] topCell;
  /** Bits of all cells of each column. */
  final long[] columnCells;
  /**
   * For each direction in which a winning line fits, the shifts that reduce a stone mask to the
   * starts of lines of {@code connect} stones: {@code run &= run >>> shift} for each, in order.
   */
  final int[][] lineShifts;

  /** The standard 6x7 game where four in a row wins. */
  public ConnectFourGame() {
    this(DEFAULT_ROWS, DEFAULT_COLUMNS, DEFAULT_CONNECT);
  }

  /**
   * A game on a {@code rows} x {@code columns} grid where {@code connect} in a line wins.
   *
   * @throws GameSpecException if a size is below its minimum, {@code (rows + 1) * columns > 64}, or
   *     no line of {@code connect} stones fits on the grid
   */
  public ConnectFourGame(int rows, int columns, int connect) {
    if (rows < 1 || columns < 1) {
      throw new GameSpecException(NAME + ": rows=" + rows + " and columns=" + columns + " must both be at least 1");
    }
    if ((long) (rows + 1) * columns > Long.SIZE) {
      throw new GameSpecException(NAME + ": a " + rows + "x" + columns
          + " grid does not fit the 64-bit board; allowed: (rows + 1) * columns <= 64");
    }
    if (connect < 2 || connect > Math.max(rows, columns)) {
      throw new GameSpecException(NAME + ": connect=" + connect + " is not possible on a " + rows + "x" + columns
          + " grid; allowed: 2 to max(rows, columns) = " + Math.max(rows, columns));
    }
    this.rows = rows;
    this.columns = columns;
    this.connect = connect;
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("rows", rows);
    values.put("columns", columns);
    values.put("connect", connect);
    this.parameters = GameParameters.of(NAME, values);
    int height = rows + 1; // one empty guard bit on top of each column stops lines from wrapping
    bottomCell = new long[columns];
    topCell = new long[columns];
    columnCells = new long[columns];
    for (int column = 0; column < columns; column++) {
      bottomCell[column] = 1L << (column * height);
      topCell[column] = 1L << (column * height + rows - 1);
      columnCells[column] = ((1L << rows) - 1) << (column * height);
    }
    int[] directionSteps = {
        connect <= rows ? 1 : 0, // vertical
        connect <= columns ? height : 0, // horizontal
        connect <= Math.min(rows, columns) ? height + 1 : 0, // diagonal up to the right
        connect <= Math.min(rows, columns) ? height - 1 : 0}; // diagonal down to the right
    int[] multiples = runMultiples(connect);
    int directions = 0;
    for (int step : directionSteps) {
      directions += step > 0 ? 1 : 0;
    }
    lineShifts = new int[directions][];
    int index = 0;
    for (int step : directionSteps) {
      if (step > 0) {
        int[] shifts = new int[multiples.length];
        for (int i = 0; i < multiples.length; i++) {
          shifts[i] = multiples[i] * step;
        }
        lineShifts[index++] = shifts;
      }
    }
    this.info = buildInfo();
    this.abilities = GameAbilities.of(new StateObservationTensor(3, rows, columns));
  }

  /**
   * Shift multiples that turn "runs of 1" into "runs of {@code length}": doubling the run while it
   * fits, then one overlapping shift for the remainder (for 4: 1, 2; for 5: 1, 2, 1).
   */
  private static int[] runMultiples(int length) {
    int[] multiples = new int[2 * Integer.SIZE];
    int count = 0;
    int run = 1;
    while (run * 2 <= length) {
      multiples[count++] = run;
      run *= 2;
    }
    if (run < length) {
      multiples[count++] = length - run;
    }
    return Arrays.copyOf(multiples, count);
  }

  /** Number of rows. */
  public int rows() {
    return rows;
  }

  /** Number of columns, which is also the number of actions. */
  public int columns() {
    return columns;
  }

  /** Length of a winning line. */
  public int connect() {
    return connect;
  }

  @Override
  public String name() {
    return parameters.toGameString();
  }

  @Override
  public GameParameters parameters() {
    return parameters;
  }

  @Override
  public GameInfo info() {
    return info;
  }

  @Override
  public GameAbilities abilities() {
    return abilities;
  }

  /** The fixed facts, computed once when the game is built. */
  private GameInfo buildInfo() {
    return new GameInfo(TYPE, 2, columns, 0, -1.0, 1.0, rows * columns);
  }

  @Override
  public ConnectFourState newInitialState() {
    return new ConnectFourState(this, true);
  }

  @Override
  public ConnectFourState newInitialState(boolean recordHistory) {
    return new ConnectFourState(this, recordHistory);
  }

  /** {@code x} for player 0, {@code o} for player 1. */
  @Override
  public String playerName(int player) {
    return switch (player) {
      case 0 -> "x";
      case 1 -> "o";
      default -> throw new IllegalArgumentException("connect four has players 0 and 1, got " + player);
    };
  }

  @Override
  public String toString() {
    return name();
  }
}

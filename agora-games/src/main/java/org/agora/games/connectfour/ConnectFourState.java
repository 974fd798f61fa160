package org.agora.games.connectfour;

import org.agora.core.AbstractState;
import org.agora.core.Turn;
import org.agora.games.common.TensorStateWriting;

/**
 * A connect-four position as one 64-bit stone mask per player.
 *
 * <p>Layout: the cell in column {@code c} and row {@code r} (row 0 at the bottom) is bit
 * {@code c * (rows + 1) + r}; the extra bit on top of each column is always empty. Dropping a stone
 * adds the column's bottom bit to the occupied mask, which carries up to the first empty cell of
 * that column. A line of {@code connect} stones is found by and-ing the mover's mask with copies of
 * itself shifted by the step of one direction (1 vertically, {@code rows + 1} horizontally,
 * {@code rows + 2} and {@code rows} diagonally), doubling the run length each time; the empty guard
 * bits keep lines from wrapping from one column into the next. Playing allocates nothing.
 *
 * <p>Strings: the grid is written top row first, one line per row, with {@code x}, {@code o} and
 * {@code .}. The grid also determines who moves, so it is both the observation and the
 * information-state key of either player.
 *
 * <p>Observation tensor: shape {@code [3, rows, columns]}, planes empty / x / o, grid row 0 being
 * the top row as in the string; the same for both players.
 */
public final class ConnectFourState extends AbstractState implements TensorStateWriting {

  private static final Turn CROSS_TURN = Turn.decision(0);
  private static final Turn NOUGHT_TURN = Turn.decision(1);

  private final ConnectFourGame game;
  private final int cells;
  private final long[] topCell;
  private final long[] bottomCell;
  private final long[] columnCells;
  private final int[][] lineShifts;
  /** Stones of x (player 0). */
  private long crosses;
  /** Stones of o (player 1). */
  private long noughts;
  private int stoneCount;
  private Turn turn;
  /** The player to move; at a terminal state, the player who made the last move. */
  private int player;
  /** The winning player, or -1 (no winner yet, or a draw). */
  private int winner = -1;

  ConnectFourState(ConnectFourGame game, boolean recordHistory) {
    super(game.maxGameLength(), recordHistory, false);
    this.game = game;
    this.cells = game.rows() * game.columns();
    this.topCell = game.topCell;
    this.bottomCell = game.bottomCell;
    this.columnCells = game.columnCells;
    this.lineShifts = game.lineShifts;
    this.turn = CROSS_TURN;
  }

  private ConnectFourState(ConnectFourState other) {
    super(other);
    this.game = other.game;
    this.cells = other.cells;
    this.topCell = other.topCell;
    this.bottomCell = other.bottomCell;
    this.columnCells = other.columnCells;
    this.lineShifts = other.lineShifts;
    this.crosses = other.crosses;
    this.noughts = other.noughts;
    this.stoneCount = other.stoneCount;
    this.turn = other.turn;
    this.player = other.player;
    this.winner = other.winner;
  }

  @Override
  public ConnectFourGame game() {
    return game;
  }

  @Override
  public Turn turn() {
    return turn;
  }

  @Override
  public int legalActions(int[] out) {
    if (turn == Turn.TERMINAL) {
      return 0;
    }
    long occupied = crosses | noughts;
    int count = 0;
    for (int column = 0; column < topCell.length; column++) {
      if ((occupied & topCell[column]) == 0) {
        out[count++] = column;
      }
    }
    return count;
  }

  @Override
  public int legalActions(int player, int[] out) {
    return turn != Turn.TERMINAL && player == this.player ? legalActions(out) : 0;
  }

  @Override
  protected void applyAction(int action) {
    if (action < 0 || action >= topCell.length) {
      throw new IllegalArgumentException(
          "connect four column must be in [0, " + topCell.length + "), got " + action);
    }
    long occupied = crosses | noughts;
    if ((occupied & topCell[action]) != 0) {
      throw new IllegalArgumentException("connect four column " + action + " is full");
    }
    long stone = (occupied + bottomCell[action]) & columnCells[action];
    long stones;
    if (player == 0) {
      stones = crosses |= stone;
    } else {
      stones = noughts |= stone;
    }
    stoneCount++;
    if (hasLine(stones)) {
      winner = player;
      turn = Turn.TERMINAL;
    } else if (stoneCount == cells) {
      turn = Turn.TERMINAL;
    } else {
      player ^= 1;
      turn = player == 0 ? CROSS_TURN : NOUGHT_TURN;
    }
  }

  /** True when {@code stones} contain {@code connect} in a line in some direction. */
  private boolean hasLine(long stones) {
    for (int[] shifts : lineShifts) {
      long run = stones;
      for (int shift : shifts) {
        run &= run >>> shift;
      }
      if (run != 0) {
        return true;
      }
    }
    return false;
  }

  @Override
  public double returns(int player) {
    if (winner < 0) {
      return 0.0;
    }
    return winner == player ? 1.0 : -1.0;
  }

  /** The winning player (0 or 1), or -1 while the game is running or after a draw. */
  public int winner() {
    return winner;
  }

  /**
   * The player whose stone is at {@code row} (0 is the bottom row) and {@code column}, or -1 if the
   * cell is empty.
   */
  public int stoneAt(int row, int column) {
    if (row < 0 || row >= game.rows() || column < 0 || column >= game.columns()) {
      throw new IndexOutOfBoundsException("cell (" + row + ", " + column + ") is outside the "
          + game.rows() + "x" + game.columns() + " grid");
    }
    long bit = 1L << (column * (game.rows() + 1) + row);
    if ((crosses & bit) != 0) {
      return 0;
    }
    return (noughts & bit) != 0 ? 1 : -1;
  }

  /** The grid, top row first, one line per row, with {@code x}, {@code o} and {@code .}. */
  public String boardString() {
    int rows = game.rows();
    int columns = game.columns();
    StringBuilder out = new StringBuilder(rows * (columns + 1));
    for (int row = rows - 1; row >= 0; row--) {
      for (int column = 0; column < columns; column++) {
        int owner = stoneAt(row, column);
        out.append(owner == 0 ? 'x' : owner == 1 ? 'o' : '.');
      }
      if (row > 0) {
        out.append('\n');
      }
    }
    return out.toString();
  }

  @Override
  public String informationStateKey(int player) {
    checkPlayer(player);
    return boardString();
  }

  @Override
  public String observation(int player) {
    checkPlayer(player);
    return boardString();
  }

  @Override
  public void writeObservation(int player, float[] out, int offset) {
    checkPlayer(player);
    int rows = game.rows();
    int columns = game.columns();
    for (int row = 0; row < rows; row++) {
      for (int column = 0; column < columns; column++) {
        int owner = stoneAt(rows - 1 - row, column);
        int index = row * columns + column;
        out[offset + index] = owner < 0 ? 1f : 0f;
        out[offset + cells + index] = owner == 0 ? 1f : 0f;
        out[offset + 2 * cells + index] = owner == 1 ? 1f : 0f;
      }
    }
  }

  @Override
  public String actionToString(int player, int action) {
    checkPlayer(player);
    if (action < 0 || action >= game.columns()) {
      throw new IllegalArgumentException(
          "connect four column must be in [0, " + game.columns() + "), got " + action);
    }
    return (player == 0 ? "x" : "o") + " in column " + action;
  }

  private static void checkPlayer(int player) {
    if (player != 0 && player != 1) {
      throw new IllegalArgumentException("connect four has players 0 and 1, got " + player);
    }
  }

  @Override
  public ConnectFourState copy() {
    return new ConnectFourState(this);
  }

  @Override
  public String toString() {
    return boardString();
  }
}

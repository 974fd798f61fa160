package org.agora.games.tictactoe;

import org.agora.core.AbstractState;
import org.agora.core.Turn;
import org.agora.games.common.TensorStateWriting;

/**
 * A tic-tac-toe position as two 9-bit masks, one per player; bit {@code c} is cell {@code c}
 * (row-major, see {@link TicTacToeGame}).
 *
 * <p>A move sets one bit and looks the mover's new mask up in a 512-entry table of winning masks
 * (built once from the eight lines), so playing allocates nothing and has no loops.
 *
 * <p>Strings: the board is written as three rows of {@code x}, {@code o} and {@code .} separated by
 * newlines. Because the board also determines who moves (x moves when both have placed equally many
 * marks), the board string is both the observation and the information-state key of either player:
 * it identifies the position regardless of the order in which the marks were placed.
 *
 * <p>Observation tensor: shape {@code [3, 3, 3]}, planes empty / x / o, each a 3x3 grid holding 1
 * where the cell is in that condition; the same for both players.
 */
public final class TicTacToeState extends AbstractState implements TensorStateWriting {

  private static final int FULL_BOARD = (1 << TicTacToeGame.CELLS) - 1;
  private static final Turn CROSS_TURN = Turn.decision(0);
  private static final Turn NOUGHT_TURN = Turn.decision(1);

  /** The eight lines: three rows, three columns, two diagonals. */
  static final int[] LINES = {
      0b000_000_111, 0b000_111_000, 0b111_000_000,
      0b001_001_001, 0b010_010_010, 0b100_100_100,
      0b100_010_001, 0b001_010_100};

  /** {@code WINNING[mask]} is true when the mask contains a whole line. */
  private static final boolean[] WINNING = new boolean[1 << TicTacToeGame.CELLS];

  static {
    for (int mask = 0; mask < WINNING.length; mask++) {
      for (int line : LINES) {
        if ((mask & line) == line) {
          WINNING[mask] = true;
          break;
        }
      }
    }
  }

  private final TicTacToeGame game;
  /** Cells holding x (player 0). */
  private int crosses;
  /** Cells holding o (player 1). */
  private int noughts;
  private Turn turn;
  /** The player to move; at a terminal state, the player who made the last move. */
  private int player;
  /** The winning player, or -1 (no winner yet, or a draw). */
  private int winner = -1;

  TicTacToeState(TicTacToeGame game, boolean recordHistory) {
    super(TicTacToeGame.CELLS, recordHistory, false);
    this.game = game;
    this.turn = CROSS_TURN;
  }

  private TicTacToeState(TicTacToeState other) {
    super(other);
    this.game = other.game;
    this.crosses = other.crosses;
    this.noughts = other.noughts;
    this.turn = other.turn;
    this.player = other.player;
    this.winner = other.winner;
  }

  @Override
  public TicTacToeGame game() {
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
    int empty = ~(crosses | noughts) & FULL_BOARD;
    int count = 0;
    while (empty != 0) {
      out[count++] = Integer.numberOfTrailingZeros(empty);
      empty &= empty - 1;
    }
    return count;
  }

  @Override
  public int legalActions(int player, int[] out) {
    return turn != Turn.TERMINAL && player == this.player ? legalActions(out) : 0;
  }

  @Override
  protected void applyAction(int action) {
    if (action < 0 || action >= TicTacToeGame.CELLS) {
      throw new IllegalArgumentException("tic-tac-toe cell must be in [0, 9), got " + action);
    }
    int bit = 1 << action;
    if (((crosses | noughts) & bit) != 0) {
      throw new IllegalArgumentException("tic-tac-toe cell " + action + " " + cellName(action)
          + " is already taken by " + (((crosses & bit) != 0) ? "x" : "o"));
    }
    int marks;
    if (player == 0) {
      marks = crosses |= bit;
    } else {
      marks = noughts |= bit;
    }
    if (WINNING[marks]) {
      winner = player;
      turn = Turn.TERMINAL;
    } else if ((crosses | noughts) == FULL_BOARD) {
      turn = Turn.TERMINAL;
    } else {
      player ^= 1;
      turn = player == 0 ? CROSS_TURN : NOUGHT_TURN;
    }
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

  /** Mask of the cells holding {@code player}'s marks (bit {@code c} is cell {@code c}). */
  public int marks(int player) {
    return player == 0 ? crosses : noughts;
  }

  /** Mark at {@code cell}: {@code 'x'}, {@code 'o'} or {@code '.'} for an empty cell. */
  public char cellSymbol(int cell) {
    int bit = 1 << cell;
    if ((crosses & bit) != 0) {
      return 'x';
    }
    return (noughts & bit) != 0 ? 'o' : '.';
  }

  /** The board as three rows of {@code x}, {@code o} and {@code .} separated by newlines. */
  public String boardString() {
    StringBuilder out = new StringBuilder(11);
    for (int cell = 0; cell < TicTacToeGame.CELLS; cell++) {
      if (cell > 0 && cell % 3 == 0) {
        out.append('\n');
      }
      out.append(cellSymbol(cell));
    }
    return out.toString();
  }

  @Override
  public String informationStateKey(int player) {
    checkPlayer(player);
    return boardString();
  }

  /** Cells holding x (player 0), one bit per cell. */
  int crosses() {
    return crosses;
  }

  /** Cells holding o (player 1), one bit per cell. */
  int noughts() {
    return noughts;
  }

  @Override
  public String observation(int player) {
    checkPlayer(player);
    return boardString();
  }

  @Override
  public void writeObservation(int player, float[] out, int offset) {
    checkPlayer(player);
    for (int cell = 0; cell < TicTacToeGame.CELLS; cell++) {
      int bit = 1 << cell;
      boolean cross = (crosses & bit) != 0;
      boolean nought = (noughts & bit) != 0;
      out[offset + cell] = cross || nought ? 0f : 1f;
      out[offset + TicTacToeGame.CELLS + cell] = cross ? 1f : 0f;
      out[offset + 2 * TicTacToeGame.CELLS + cell] = nought ? 1f : 0f;
    }
  }

  @Override
  public String actionToString(int player, int action) {
    checkPlayer(player);
    if (action < 0 || action >= TicTacToeGame.CELLS) {
      throw new IllegalArgumentException("tic-tac-toe cell must be in [0, 9), got " + action);
    }
    return (player == 0 ? "x" : "o") + cellName(action);
  }

  private static String cellName(int cell) {
    return "(" + cell / 3 + "," + cell % 3 + ")";
  }

  private static void checkPlayer(int player) {
    if (player != 0 && player != 1) {
      throw new IllegalArgumentException("tic-tac-toe has players 0 and 1, got " + player);
    }
  }

  @Override
  public TicTacToeState copy() {
    return new TicTacToeState(this);
  }

  @Override
  public String toString() {
    return boardString();
  }
}

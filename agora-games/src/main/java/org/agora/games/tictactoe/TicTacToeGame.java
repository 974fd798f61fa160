package org.agora.games.tictactoe;

import org.agora.core.Game;
import org.agora.core.GameAbilities;
import org.agora.core.GameInfo;
import org.agora.core.GameParameters;
import org.agora.core.GameType;
import org.agora.games.common.StateObservationTensor;

/**
 * Tic-tac-toe on a 3x3 board.
 *
 * <p>Rules: player 0 places x and moves first, player 1 places o; players alternate placing their
 * mark on an empty cell. Action {@code a} in {@code [0, 9)} is the cell at row {@code a / 3}, column
 * {@code a % 3} (row-major from the top left). The first player with three marks in a row, column or
 * diagonal wins and gets +1, the other -1; a full board without such a line is a draw (0 each).
 *
 * <p>The game is sequential, deterministic, of perfect information and zero-sum. The reachable
 * tree has 549,946 nodes and 255,168 complete games, over 5,478 distinct boards; its minimax value
 * is 0. States are bitboards (see {@link TicTacToeState}) and never allocate while playing. Abilities:
 * the observation tensor and information-state ids ({@link TicTacToeInformationStateIds}).
 */
public final class TicTacToeGame implements Game {

  /** Registered name. */
  public static final String NAME = "tic_tac_toe";
  /** Number of cells, which is also the number of actions and the maximum game length. */
  public static final int CELLS = 9;

  private static final GameType TYPE = new GameType(GameType.Dynamics.SEQUENTIAL, GameType.Chance.NONE,
      GameType.Information.PERFECT, GameType.Utility.ZERO_SUM);

  private final GameInfo info = buildInfo();
  private final GameAbilities abilities =
      GameAbilities.of(new StateObservationTensor(3, 3, 3), new TicTacToeInformationStateIds());
  private final GameParameters parameters = GameParameters.none(NAME);

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
    return new GameInfo(TYPE, 2, CELLS, 0, -1.0, 1.0, CELLS);
  }

  @Override
  public TicTacToeState newInitialState() {
    return new TicTacToeState(this, true);
  }

  @Override
  public TicTacToeState newInitialState(boolean recordHistory) {
    return new TicTacToeState(this, recordHistory);
  }

  /** {@code x} for player 0, {@code o} for player 1. */
  @Override
  public String playerName(int player) {
    return switch (player) {
      case 0 -> "x";
      case 1 -> "o";
      default -> throw new IllegalArgumentException("tic-tac-toe has players 0 and 1, got " + player);
    };
  }

  @Override
  public String toString() {
    return name();
  }
}

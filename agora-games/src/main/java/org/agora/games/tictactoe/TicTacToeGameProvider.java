package org.agora.games.tictactoe;

import java.util.List;
import org.agora.core.Game;
import org.agora.core.GameParameters;
import org.agora.core.GameProvider;
import org.agora.core.ParameterSpec;

/** Registers {@link TicTacToeGame} as {@code tic_tac_toe} (no parameters). */
public final class TicTacToeGameProvider implements GameProvider {

  @Override
  public String name() {
    return TicTacToeGame.NAME;
  }

  @Override
  public String description() {
    return "tic-tac-toe: three in a row on a 3x3 board, x moves first";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of();
  }

  @Override
  public Game create(GameParameters parameters) {
    return new TicTacToeGame();
  }
}

package org.agora.games.connectfour;

import java.util.List;
import org.agora.core.Game;
import org.agora.core.GameParameters;
import org.agora.core.GameProvider;
import org.agora.core.ParameterSpec;

/** Registers {@link ConnectFourGame} as {@code connect_four(rows=6,columns=7,connect=4)}. */
public final class ConnectFourGameProvider implements GameProvider {

  @Override
  public String name() {
    return ConnectFourGame.NAME;
  }

  @Override
  public String description() {
    return "connect four: drop stones into columns, four in a line wins";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(
        ParameterSpec.integer("rows", ConnectFourGame.DEFAULT_ROWS, 1, 63, "number of rows"),
        ParameterSpec.integer("columns", ConnectFourGame.DEFAULT_COLUMNS, 1, 32,
            "number of columns; (rows + 1) * columns must be at most 64"),
        ParameterSpec.integer("connect", ConnectFourGame.DEFAULT_CONNECT, 2, 63,
            "stones in a line needed to win, at most max(rows, columns)"));
  }

  @Override
  public Game create(GameParameters parameters) {
    return new ConnectFourGame(parameters.getInt("rows"), parameters.getInt("columns"), parameters.getInt("connect"));
  }
}

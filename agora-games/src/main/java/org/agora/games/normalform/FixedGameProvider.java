package org.agora.games.normalform;

import java.util.List;
import org.agora.core.Game;
import org.agora.core.GameParameters;
import org.agora.core.GameProvider;
import org.agora.core.ParameterSpec;
import org.agora.core.normalform.NormalFormGame;

/** Base of the providers of parameterless matrix games: the game is built once and shared. */
abstract class FixedGameProvider implements GameProvider {

  private volatile NormalFormGame game;

  @Override
  public final List<ParameterSpec> parameters() {
    return List.of();
  }

  @Override
  public final Game create(GameParameters parameters) {
    return game();
  }

  /** The game (immutable, so one instance serves every caller). */
  final NormalFormGame game() {
    NormalFormGame result = game;
    if (result == null) {
      result = build();
      game = result;
    }
    return result;
  }

  /** Builds the game. */
  abstract NormalFormGame build();
}

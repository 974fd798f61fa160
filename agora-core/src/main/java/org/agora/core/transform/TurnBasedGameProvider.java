package org.agora.core.transform;

import java.util.List;
import org.agora.core.Game;
import org.agora.core.GameParameters;
import org.agora.core.GameProvider;
import org.agora.core.ParameterSpec;

/** Registers {@link TurnBasedGame} as {@code turn_based}. */
public final class TurnBasedGameProvider implements GameProvider {

  @Override
  public String name() {
    return "turn_based";
  }

  @Override
  public String description() {
    return "sequential view of a simultaneous-move game (players choose in turn, unseen)";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(ParameterSpec.game("game", null, "the game with simultaneous nodes"));
  }

  @Override
  public Game create(GameParameters parameters) {
    return new TurnBasedGame(parameters.getGame("game"));
  }
}

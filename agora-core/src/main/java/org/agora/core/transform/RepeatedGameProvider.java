package org.agora.core.transform;

import java.util.List;
import org.agora.core.Game;
import org.agora.core.GameParameters;
import org.agora.core.GameProvider;
import org.agora.core.ParameterSpec;

/** Registers {@link RepeatedGame} as {@code repeated}. */
public final class RepeatedGameProvider implements GameProvider {

  @Override
  public String name() {
    return "repeated";
  }

  @Override
  public String description() {
    return "a one-shot simultaneous stage game repeated, with bounded-recall observations";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(
        ParameterSpec.game("stage", null, "the stage game, a one-shot simultaneous game"),
        ParameterSpec.integer("rounds", 10, 1, 1_000_000, "number of rounds (a cap when continuation < 1)"),
        ParameterSpec.integer("recall", 1, 1, 1_000_000, "rounds shown by observations"),
        ParameterSpec.real("continuation", 1.0, 0.0, 1.0, "probability of another round"));
  }

  @Override
  public Game create(GameParameters parameters) {
    return new RepeatedGame(parameters.getGame("stage"), parameters.getInt("rounds"), parameters.getInt("recall"),
        parameters.getDouble("continuation"));
  }
}

package org.agora.games.bargaining;

import java.util.List;
import org.agora.core.Game;
import org.agora.core.GameParameters;
import org.agora.core.GameProvider;
import org.agora.core.GameSpecException;
import org.agora.core.ParameterSpec;

/** Registers {@link BargainingGame}, the Deal-or-No-Deal negotiation game, as {@code bargaining}. */
public final class BargainingProvider implements GameProvider {

  /** Registered name. */
  public static final String NAME = "bargaining";

  /**
   * The game over the instances named by {@code instances} ({@value BargainingInstances#BUILTIN} or a
   * file path).
   *
   * @throws GameSpecException if the instances cannot be read or a parameter is out of range
   */
  public static BargainingGame create(String instances, int maxTurns, double discount, double probabilityEnd) {
    if (maxTurns < 1) {
      throw new GameSpecException(NAME + ": parameter 'max_turns' value " + maxTurns + " must be at least 1");
    }
    return new BargainingGame(BargainingGame.parametersOf(instances, maxTurns, discount, probabilityEnd),
        BargainingInstances.load(instances), maxTurns, discount, probabilityEnd);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "Deal or No Deal: alternate offers splitting a pool of items with private values";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(
        ParameterSpec.text("instances", BargainingInstances.BUILTIN,
            "'builtin' (1000 Deal-or-No-Deal instances) or a file of lines 'pool values_p0 values_p1'"),
        ParameterSpec.integer("max_turns", 10, 1, 1000, "most turns (offers and the agreement)"),
        ParameterSpec.real("discount", 1.0, 0.0, 1.0, "factor applied to a deal per offer before the agreed one"),
        ParameterSpec.real("prob_end", 0.0, 0.0, 1.0, "probability the negotiation stops after each offer"));
  }

  @Override
  public Game create(GameParameters parameters) {
    return create(parameters.getString("instances"), parameters.getInt("max_turns"), parameters.getDouble("discount"),
        parameters.getDouble("prob_end"));
  }
}

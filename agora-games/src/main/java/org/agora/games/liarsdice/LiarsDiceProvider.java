package org.agora.games.liarsdice;

import java.util.List;
import org.agora.core.Game;
import org.agora.core.GameParameters;
import org.agora.core.GameProvider;
import org.agora.core.GameSpecException;
import org.agora.core.ParameterSpec;

/** Registers {@link LiarsDiceGame} as {@code liars_dice(players=2,numdice=1,dice_sides=6)}. */
public final class LiarsDiceProvider implements GameProvider {

  static final String NAME = "liars_dice";
  static final int MIN_PLAYERS = 2;
  static final int MAX_PLAYERS = 10;
  static final int MAX_DICE_PER_PLAYER = 10;
  static final int MAX_SIDES = 12;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "Liar's dice, highest face wild (Lanctot et al. 2009): bid on all dice or call the last bid a lie";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(
        ParameterSpec.integer("players", 2, MIN_PLAYERS, MAX_PLAYERS, "number of players"),
        ParameterSpec.integer("numdice", 1, 1, MAX_DICE_PER_PLAYER,
            "dice per player; players * numdice <= " + LiarsDiceGame.MAX_TOTAL_DICE),
        ParameterSpec.integer("dice_sides", 6, 2, MAX_SIDES, "faces per die; the highest face is wild"));
  }

  @Override
  public Game create(GameParameters parameters) {
    return new LiarsDiceGame(parameters.getInt("players"), parameters.getInt("numdice"),
        parameters.getInt("dice_sides"));
  }

  static void checkRange(String parameter, int value, int min, int max) {
    if (value < min || value > max) {
      throw new GameSpecException(NAME + ": parameter '" + parameter + "' value '" + value
          + "' is out of range; allowed: integer in [" + min + ", " + max + "]");
    }
  }
}

package org.agora.games.goofspiel;

import java.util.List;
import java.util.Locale;
import org.agora.core.Game;
import org.agora.core.GameParameters;
import org.agora.core.GameProvider;
import org.agora.core.GameSpecException;
import org.agora.core.ParameterSpec;

/**
 * Registers {@link GoofspielGame} as
 * {@code goofspiel(num_cards=4,points_order=random,returns_type=win_loss,imperfect_information=true,players=2)}.
 */
public final class GoofspielProvider implements GameProvider {

  static final String NAME = "goofspiel";
  static final int MAX_CARDS = 30;
  static final int MAX_PLAYERS = 10;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "Goofspiel (Ross 1971): bid cards simultaneously for prize cards";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(
        ParameterSpec.integer("num_cards", 4, 1, MAX_CARDS, "cards per hand and in the prize deck"),
        ParameterSpec.choice("points_order", "random", List.of("random", "descending", "ascending"),
            "order in which prizes are revealed"),
        ParameterSpec.choice("returns_type", "win_loss", List.of("win_loss", "point_difference", "total_points"),
            "how points become returns"),
        ParameterSpec.bool("imperfect_information", true,
            "players see only who won each turn, not the other bids"),
        ParameterSpec.integer("players", 2, 2, MAX_PLAYERS, "number of players"));
  }

  @Override
  public Game create(GameParameters parameters) {
    return new GoofspielGame(parameters.getInt("num_cards"),
        GoofspielGame.PointsOrder.valueOf(parameters.getString("points_order").toUpperCase(Locale.ROOT)),
        GoofspielGame.ReturnsType.valueOf(parameters.getString("returns_type").toUpperCase(Locale.ROOT)),
        parameters.getBoolean("imperfect_information"), parameters.getInt("players"));
  }

  static void checkRange(String parameter, int value, int min, int max) {
    if (value < min || value > max) {
      throw new GameSpecException(NAME + ": parameter '" + parameter + "' value '" + value
          + "' is out of range; allowed: integer in [" + min + ", " + max + "]");
    }
  }
}

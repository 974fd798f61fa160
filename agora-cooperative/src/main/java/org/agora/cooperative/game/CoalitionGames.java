package org.agora.cooperative.game;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.agora.cooperative.CoalitionGame;
import org.agora.core.GameParameters;
import org.agora.core.GameSpec;
import org.agora.core.GameSpecException;
import org.agora.core.ParameterSpec;

/**
 * Creates coalition games from strings with agora-core's game-string grammar and parameter
 * validation: {@code glove(left=2,right=2)}, {@code airport(costs=1;2;2;3;5)}, {@code
 * voting(quota=4,weights=3;2;1;1)}, {@code unanimity(players=3,terms=[0,1]:1;[0,1,2]:2)} and {@code
 * table(file=values.csv)}. Lists are separated by {@code ;}. Every error is one line naming the
 * parameter, the value and what is allowed.
 */
public final class CoalitionGames {

  private record Kind(List<ParameterSpec> parameters, Function<GameParameters, CoalitionGame> factory) {}

  private static final Map<String, Kind> KINDS = new LinkedHashMap<>();

  static {
    KINDS.put("airport", new Kind(List.of(ParameterSpec.text("costs", null,
        "runway costs separated by ';', e.g. 1;2;2;3;5")),
        p -> new AirportGame(numbers(p, "costs"))));
    KINDS.put("glove", new Kind(List.of(
        ParameterSpec.requiredInteger("left", 1, 61, "number of left-glove holders"),
        ParameterSpec.requiredInteger("right", 1, 61, "number of right-glove holders")),
        p -> new GloveGame(p.getInt("left"), p.getInt("right"))));
    KINDS.put("table", new Kind(List.of(ParameterSpec.text("file", null,
        "a CSV file of coalition,value rows")),
        p -> TableGameReader.read(Path.of(p.getString("file")))));
    KINDS.put("unanimity", new Kind(List.of(
        ParameterSpec.requiredInteger("players", 1, CoalitionGame.MAX_PLAYERS, "number of players"),
        ParameterSpec.text("terms", null, "carrier:coefficient terms separated by ';', e.g. [0,1]:1;[0,1,2]:2")),
        CoalitionGames::unanimity));
    KINDS.put("voting", new Kind(List.of(
        ParameterSpec.real("quota", Double.NaN, 0, Double.MAX_VALUE, "winning threshold"),
        ParameterSpec.text("weights", null, "voting weights separated by ';', e.g. 3;2;1;1")),
        p -> new WeightedVotingGame(p.getDouble("quota"), numbers(p, "weights"))));
  }

  private CoalitionGames() {}

  /** The known game names, sorted. */
  public static List<String> names() {
    return new ArrayList<>(KINDS.keySet());
  }

  /**
   * Creates a game from its string.
   *
   * @throws GameSpecException one line naming the unknown game, parameter or bad value
   */
  public static CoalitionGame create(String text) {
    if (text == null || text.isBlank()) {
      throw new GameSpecException("coalition game string is missing; known: " + String.join(", ", KINDS.keySet()));
    }
    GameSpec spec;
    try {
      spec = GameSpec.parse(text);
    } catch (GameSpecException e) {
      throw new GameSpecException(e.getMessage().replace("bad game string", "bad coalition game string"));
    }
    Kind kind = KINDS.get(spec.name());
    if (kind == null) {
      throw new GameSpecException("unknown coalition game '" + spec.name() + "'; known: "
          + String.join(", ", KINDS.keySet()));
    }
    for (ParameterSpec parameter : kind.parameters()) {
      boolean missing = parameter.required() || (parameter.type() == ParameterSpec.Type.REAL
          && Double.isNaN((Double) parameter.defaultValue()));
      if (missing && !spec.arguments().containsKey(parameter.name())) {
        throw new GameSpecException(spec.name() + ": parameter '" + parameter.name() + "' is required; allowed: "
            + (parameter.type() == ParameterSpec.Type.TEXT ? parameter.description() : parameter.allowed()));
      }
    }
    GameParameters parameters = GameParameters.resolve(spec.name(), kind.parameters(), spec.arguments());
    try {
      return kind.factory().apply(parameters);
    } catch (GameSpecException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      String message = e.getMessage();
      throw new GameSpecException(message.startsWith(spec.name() + ":") ? message : spec.name() + ": " + message);
    }
  }

  private static double[] numbers(GameParameters parameters, String name) {
    String raw = parameters.getString(name).trim();
    if (raw.startsWith("[") && raw.endsWith("]")) {
      raw = raw.substring(1, raw.length() - 1);
    }
    String[] parts = raw.split(";", -1);
    double[] values = new double[parts.length];
    for (int k = 0; k < parts.length; k++) {
      try {
        values[k] = Double.parseDouble(parts[k].trim());
      } catch (NumberFormatException e) {
        throw new GameSpecException(parameters.gameName() + ": parameter '" + name + "' entry " + (k + 1) + " '"
            + parts[k].trim() + "' is not a number; allowed: numbers separated by ';'");
      }
    }
    return values;
  }

  private static CoalitionGame unanimity(GameParameters parameters) {
    int players = parameters.getInt("players");
    String[] terms = parameters.getString("terms").split(";", -1);
    long[] carriers = new long[terms.length];
    double[] coefficients = new double[terms.length];
    for (int k = 0; k < terms.length; k++) {
      String term = terms[k].trim();
      int colon = term.lastIndexOf(':');
      if (colon < 0) {
        throw new GameSpecException("unanimity: term '" + term + "' is not carrier:coefficient, e.g. [0,1]:2");
      }
      try {
        carriers[k] = Coalitions.parse(term.substring(0, colon), players);
      } catch (IllegalArgumentException e) {
        throw new GameSpecException("unanimity: term '" + term + "': " + e.getMessage());
      }
      try {
        coefficients[k] = Double.parseDouble(term.substring(colon + 1).trim());
      } catch (NumberFormatException e) {
        throw new GameSpecException("unanimity: term '" + term + "': coefficient '"
            + term.substring(colon + 1).trim() + "' is not a number");
      }
    }
    return new UnanimitySumGame(players, carriers, coefficients);
  }
}

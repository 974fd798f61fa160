package org.agora.games.normalform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.agora.core.Game;
import org.agora.core.GameParameters;
import org.agora.core.GameProvider;
import org.agora.core.GameSpecException;
import org.agora.core.ParameterSpec;
import org.agora.core.Rational;
import org.agora.core.normalform.NormalFormGame;

/**
 * Random normal-form games, reproducible from their seed: the instances on which equilibrium
 * solvers are usually timed.
 *
 * <ul>
 *   <li>{@code integer}: every payoff an independent uniform integer in {@code [0, 100)} (exact),
 *       the setting of the Gambit command-line timings the project compares with;
 *   <li>{@code real}: independent uniform reals in {@code [0, 1)};
 *   <li>{@code zero_sum}: two players, the row player's payoff uniform in {@code [-1, 1)} and the
 *       column player's its negation.
 * </ul>
 *
 * Generic games (probability 1 for {@code real}) are nondegenerate, so they have an odd number of
 * equilibria; integer games are nondegenerate with high probability.
 */
public final class RandomGameProvider implements GameProvider {

  /** Registered name. */
  public static final String NAME = "random_normal_form";

  private static final List<String> KINDS = List.of("integer", "real", "zero_sum");
  private static final long MAX_ENTRIES = 4_000_000L;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "random game with seeded i.i.d. payoffs (integer 0-99, real, or zero-sum), for timing solvers";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(
        ParameterSpec.integer("players", 2, 1, 8, "number of players"),
        ParameterSpec.integer("strategies", 10, 1, 2000, "strategies of every player"),
        ParameterSpec.choice("payoffs", "integer", KINDS, "integer in [0, 100), real in [0, 1), or zero_sum"),
        ParameterSpec.integer("seed", 0, 0, Integer.MAX_VALUE, "random seed"));
  }

  @Override
  public Game create(GameParameters parameters) {
    int players = parameters.getInt("players");
    int strategies = parameters.getInt("strategies");
    String kind = parameters.getString("payoffs");
    if (kind.equals("zero_sum") && players != 2) {
      throw new GameSpecException(NAME + ": parameter 'players' value '" + players
          + "' is not allowed with payoffs=zero_sum; allowed: 2");
    }
    long profiles = 1;
    for (int p = 0; p < players; p++) {
      profiles *= strategies;
      if (profiles * players > MAX_ENTRIES) {
        throw new GameSpecException(NAME + ": " + players + " players with " + strategies
            + " strategies each need more than " + MAX_ENTRIES + " payoffs; allowed: at most " + MAX_ENTRIES);
      }
    }
    Map<String, Object> values = new LinkedHashMap<>(parameters.values());
    GameParameters canonical = GameParameters.of(NAME, values);
    String[] playerNames = new String[players];
    String[][] strategyNames = new String[players][strategies];
    for (int p = 0; p < players; p++) {
      playerNames[p] = "player " + (p + 1);
      for (int s = 0; s < strategies; s++) {
        strategyNames[p][s] = Integer.toString(s + 1);
      }
    }
    int count = (int) profiles;
    SplittableRandom random = new SplittableRandom(parameters.getInt("seed"));
    String title = "random " + kind + " game, seed " + parameters.getInt("seed");
    if (kind.equals("integer")) {
      // One Rational per value, shared: creating one per entry took 9 s for 2 x 1414^2 entries.
      Rational[] levels = new Rational[100];
      for (int value = 0; value < levels.length; value++) {
        levels[value] = Rational.of(value);
      }
      Rational[] payoffs = new Rational[count * players];
      for (int i = 0; i < payoffs.length; i++) {
        payoffs[i] = levels[random.nextInt(levels.length)];
      }
      return NormalFormGame.exact(canonical, title, playerNames, strategyNames, payoffs);
    }
    double[] payoffs = new double[count * players];
    if (kind.equals("real")) {
      for (int i = 0; i < payoffs.length; i++) {
        payoffs[i] = random.nextDouble();
      }
    } else {
      for (int i = 0; i < count; i++) {
        payoffs[i] = random.nextDouble(-1.0, 1.0);
        payoffs[count + i] = -payoffs[i];
      }
    }
    return NormalFormGame.of(canonical, title, playerNames, strategyNames, payoffs);
  }
}

package org.agora.testkit;

import java.util.Objects;
import java.util.OptionalDouble;
import org.agora.core.Game;
import org.agora.core.GameProvider;
import org.agora.core.GameRegistry;
import org.agora.core.GameSpec;
import org.agora.core.GameType;
import org.agora.core.ParameterSpec;
import org.agora.core.State;

/** Game-level checks: the declarations of a {@link Game} and its name's round trip through the registry. */
final class GameDeclarations {

  /** What the state-level checks may rely on. */
  record Outcome(boolean playable, boolean registered) {}

  private static final int MAX_NESTING = 16;

  private GameDeclarations() {}

  static Outcome check(Game game, ViolationLog log) {
    boolean playable = checkCounts(game, log);
    checkUtilities(game, log);
    boolean registered = checkName(game, log);
    if (playable) {
      playable = checkInitialState(game, log);
    }
    if (registered && playable) {
      checkRecreated(game, log);
    }
    return new Outcome(playable, registered);
  }

  private static boolean checkCounts(Game game, ViolationLog log) {
    boolean playable = true;
    if (game.type() == null) {
      log.add(ConformanceCheck.DECLARATION, "type() returned null");
    }
    if (game.playerCount() < 1) {
      log.add(ConformanceCheck.DECLARATION, "playerCount() is " + game.playerCount() + ", must be at least 1");
      playable = false;
    }
    if (game.actionCount() < 0 || game.maxChanceOutcomes() < 0 || game.maxGameLength() < 0) {
      log.add(ConformanceCheck.DECLARATION, "actionCount() = " + game.actionCount() + ", maxChanceOutcomes() = "
          + game.maxChanceOutcomes() + " and maxGameLength() = " + game.maxGameLength() + " must not be negative");
      playable = false;
    }
    GameType type = game.type();
    if (type != null && type.chance() == GameType.Chance.NONE && game.maxChanceOutcomes() != 0) {
      log.add(ConformanceCheck.DECLARATION, "the game declares no chance but maxChanceOutcomes() is "
          + game.maxChanceOutcomes());
    }
    if (type != null && type.chance() == GameType.Chance.EXPLICIT && game.maxChanceOutcomes() < 1) {
      log.add(ConformanceCheck.DECLARATION, "the game declares explicit chance but maxChanceOutcomes() is "
          + game.maxChanceOutcomes());
    }
    for (int p = 0; p < game.playerCount(); p++) {
      try {
        if (game.playerName(p) == null) {
          log.add(ConformanceCheck.DECLARATION, "playerName(" + p + ") returned null");
        }
      } catch (RuntimeException e) {
        log.add(ConformanceCheck.DECLARATION, "playerName(" + p + ") threw " + ViolationLog.describe(e));
      }
    }
    return playable;
  }

  private static void checkUtilities(Game game, ViolationLog log) {
    double min = game.minUtility();
    double max = game.maxUtility();
    if (!Double.isFinite(min) || !Double.isFinite(max) || min > max) {
      log.add(ConformanceCheck.DECLARATION, "utility bounds [" + min + ", " + max + "] must be finite with min <= max");
    }
    OptionalDouble sum;
    try {
      sum = game.utilitySum();
    } catch (RuntimeException e) {
      log.add(ConformanceCheck.DECLARATION, "utilitySum() threw " + ViolationLog.describe(e));
      return;
    }
    if (sum == null) {
      log.add(ConformanceCheck.DECLARATION, "utilitySum() returned null instead of an empty OptionalDouble");
      return;
    }
    GameType.Utility utility = game.type() == null ? null : game.type().utility();
    if (utility == GameType.Utility.ZERO_SUM && (sum.isEmpty() || sum.getAsDouble() != 0.0)) {
      log.add(ConformanceCheck.DECLARATION, "the game is declared zero-sum but utilitySum() is " + sum);
    }
    if (utility == GameType.Utility.CONSTANT_SUM && (sum.isEmpty() || !Double.isFinite(sum.getAsDouble()))) {
      log.add(ConformanceCheck.DECLARATION, "the game is declared constant-sum but utilitySum() is " + sum);
    }
  }

  /** Checks the name; returns true when it and every nested game in it are registered. */
  private static boolean checkName(Game game, ViolationLog log) {
    String name = game.name();
    if (name == null || name.isBlank()) {
      log.add(ConformanceCheck.REGISTRY, "name() is " + (name == null ? "null" : "blank"));
      return false;
    }
    if (game.parameters() == null) {
      log.add(ConformanceCheck.REGISTRY, "parameters() returned null");
    } else if (!name.equals(game.parameters().toGameString())) {
      log.add(ConformanceCheck.REGISTRY, "name() '" + name + "' differs from parameters().toGameString() '"
          + game.parameters().toGameString() + "'");
    }
    try {
      GameSpec.parse(name);
    } catch (IllegalArgumentException e) {
      log.add(ConformanceCheck.REGISTRY, "name() is not a valid game string: " + e.getMessage());
      return false;
    }
    return isRegistered(name, 0);
  }

  /** True when the game string's game and every nested GAME parameter name registered games. */
  static boolean isRegistered(String gameString, int depth) {
    if (depth > MAX_NESTING) {
      return false;
    }
    GameSpec spec;
    try {
      spec = GameSpec.parse(gameString);
    } catch (IllegalArgumentException e) {
      return false;
    }
    if (!GameRegistry.names().contains(spec.name())) {
      return false;
    }
    GameProvider provider = GameRegistry.provider(spec.name());
    for (ParameterSpec parameter : provider.parameters()) {
      if (parameter.type() != ParameterSpec.Type.GAME) {
        continue;
      }
      String nested = spec.arguments().get(parameter.name());
      if (nested == null && parameter.defaultValue() != null) {
        nested = parameter.defaultValue().toString();
      }
      if (nested != null && !isRegistered(nested, depth + 1)) {
        return false;
      }
    }
    return true;
  }

  private static boolean checkInitialState(Game game, ViolationLog log) {
    State state;
    try {
      state = game.newInitialState();
    } catch (RuntimeException e) {
      log.add(ConformanceCheck.DECLARATION, "newInitialState() threw " + ViolationLog.describe(e));
      return false;
    }
    if (state == null) {
      log.add(ConformanceCheck.DECLARATION, "newInitialState() returned null");
      return false;
    }
    Game owner = state.game();
    if (owner == null || !Objects.equals(owner.name(), game.name()) || owner.playerCount() != game.playerCount()) {
      log.add(ConformanceCheck.DECLARATION, "the initial state's game() is "
          + (owner == null ? "null" : "'" + owner.name() + "'") + ", not this game");
    }
    return true;
  }

  private static void checkRecreated(Game game, ViolationLog log) {
    Game created;
    try {
      created = GameRegistry.create(game.name());
    } catch (RuntimeException e) {
      log.add(ConformanceCheck.REGISTRY, "GameRegistry.create(\"" + game.name() + "\") failed: " + ViolationLog.describe(e));
      return;
    }
    compare(log, "name()", game.name(), created.name());
    compare(log, "type()", game.type(), created.type());
    compare(log, "playerCount()", game.playerCount(), created.playerCount());
    compare(log, "actionCount()", game.actionCount(), created.actionCount());
    compare(log, "maxChanceOutcomes()", game.maxChanceOutcomes(), created.maxChanceOutcomes());
    compare(log, "maxGameLength()", game.maxGameLength(), created.maxGameLength());
    compare(log, "minUtility()", game.minUtility(), created.minUtility());
    compare(log, "maxUtility()", game.maxUtility(), created.maxUtility());
    compare(log, "utilitySum()", game.utilitySum(), created.utilitySum());
  }

  private static void compare(ViolationLog log, String what, Object own, Object recreated) {
    if (!Objects.equals(own, recreated)) {
      log.add(ConformanceCheck.REGISTRY, "the game recreated from its name has " + what + " = " + recreated
          + " but this game has " + own);
    }
  }
}

package org.agora.testkit;

import java.util.Objects;
import java.util.SplittableRandom;
import org.agora.core.Game;
import org.agora.core.StateEnumerator;
import org.agora.core.Turn;

/**
 * Conformance suite that any {@link Game} can run, and every registered game runs in CI.
 *
 * <p>It checks the game's declarations and its name's round trip through the registry, then plays
 * seeded random playouts (chance sampled with {@code sampleChanceOutcome}) and, when the tree is
 * small enough, enumerates it. Every visited state gets the cheap checks (turn kinds, declared game
 * type, legal actions, listed chance outcomes, information-state keys and observations); sampled
 * states of each playout also get the expensive ones (history contents, copy equivalence and
 * independence, serialization round trip, chance sampling frequencies, action names, observation
 * tensors and exact values, and every other ability the game declares: tensor writers at an offset,
 * hidden-state samplers); terminal states get the returns and utility checks. Integer
 * information-state ids are checked against the keys at every visited state, and a state created
 * with history recording off is played alongside each playout. Information-state
 * keys are collected over all playouts and the enumeration, and a key seen with two different
 * legal-action sets for the same player is reported. {@link ConformanceCheck} lists every check.
 *
 * <p>The suite never throws for a broken game: whatever the game's methods throw is reported as a
 * violation. It is deterministic: the same options give the same report.
 */
public final class GameConformance {

  /** Violations listed in an {@link AssertionError} message. */
  public static final int VIOLATIONS_SHOWN = 20;

  private GameConformance() {}

  /** Runs every check with {@link ConformanceOptions#defaults()}. */
  public static ConformanceReport check(Game game) {
    return check(game, ConformanceOptions.defaults());
  }

  /** Runs every check and returns all violations found. */
  public static ConformanceReport check(Game game, ConformanceOptions options) {
    Objects.requireNonNull(game, "game");
    Objects.requireNonNull(options, "options");
    ViolationLog log = new ViolationLog();
    String name = nameOf(game);
    long playouts = 0;
    long states = 0;
    GameDeclarations.Outcome declarations;
    try {
      declarations = GameDeclarations.check(game, log);
    } catch (RuntimeException e) {
      log.add(ConformanceCheck.DECLARATION, "reading the game's declarations threw " + ViolationLog.describe(e));
      return new ConformanceReport(name, log.toList(), 0, 0);
    }
    if (declarations.playable()) {
      InformationStateIndex index = new InformationStateIndex(game.playerCount());
      StateInspector inspector = new StateInspector(game, log, index);
      TerminalChecks terminal = new TerminalChecks(game, log);
      AbilityChecks abilities = new AbilityChecks(game, log);
      PlayoutRunner runner = new PlayoutRunner(game, options, log, inspector, new DeepStateChecks(game, log, abilities),
          terminal, declarations.registered());
      SplittableRandom root = new SplittableRandom(options.seed());
      for (int i = 0; i < options.playouts(); i++) {
        try {
          runner.run(i, root.split());
        } catch (RuntimeException e) {
          log.add(ConformanceCheck.PLAYOUT, "playout " + i + " threw " + ViolationLog.describe(e));
        }
        playouts++;
      }
      states = runner.statesChecked() + enumerate(game, options, log, inspector, terminal, abilities);
    }
    return new ConformanceReport(name, log.toList(), playouts, states);
  }

  /** Runs every check with default options and throws if any fails. */
  public static void assertConforms(Game game) {
    assertConforms(game, ConformanceOptions.defaults());
  }

  /**
   * Runs every check and throws an {@link AssertionError} listing the first
   * {@value #VIOLATIONS_SHOWN} violations if any.
   */
  public static void assertConforms(Game game, ConformanceOptions options) {
    ConformanceReport report = check(game, options);
    if (!report.passed()) {
      throw new AssertionError(report.summary(VIOLATIONS_SHOWN));
    }
  }

  /**
   * Runs the cheap and terminal checks on every node when the tree has at most the option's node
   * limit of nodes (counted first, cheaply); returns the number of nodes checked.
   */
  private static long enumerate(Game game, ConformanceOptions options, ViolationLog log, StateInspector inspector,
      TerminalChecks terminal, AbilityChecks abilities) {
    long limit = options.enumerationNodeLimit();
    if (limit == 0) {
      return 0;
    }
    int maxGameLength = game.maxGameLength();
    long[] nodes = {0};
    try {
      if (!StateEnumerator.walk(game, limit, (state, depth) -> { })) {
        return 0;
      }
      StateEnumerator.walk(game, limit, (state, depth) -> {
        nodes[0]++;
        Turn turn = inspector.inspect(state, "enumeration");
        abilities.checkIds(state, "enumeration");
        if (depth > maxGameLength) {
          log.add(ConformanceCheck.LENGTH, Locations.of("enumeration", state) + ": a node at depth " + depth
              + " exceeds maxGameLength() = " + maxGameLength);
        }
        if (turn == Turn.TERMINAL) {
          terminal.check(state, "enumeration");
        }
      });
    } catch (RuntimeException e) {
      log.add(ConformanceCheck.PLAYOUT, "enumerating the game tree threw " + ViolationLog.describe(e));
    }
    return nodes[0];
  }

  private static String nameOf(Game game) {
    try {
      return String.valueOf(game.name());
    } catch (RuntimeException e) {
      return "<name() threw " + e.getClass().getSimpleName() + ">";
    }
  }
}

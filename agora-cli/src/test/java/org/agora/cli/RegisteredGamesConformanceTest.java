package org.agora.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.agora.core.Game;
import org.agora.core.GameProvider;
import org.agora.core.GameRegistry;
import org.agora.core.GameSpecException;
import org.agora.core.ParameterSpec;
import org.agora.testkit.GameConformance;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The CI gate "every registered game passes conformance": every game on the CLI's class path (all
 * modules it depends on) created with default parameters, plus the transforms, which need
 * parameters, applied to a small stage game, and an inline matrix game. Providers with required parameters are left out;
 * providers whose defaults are rejected with a {@link GameSpecException} are reported as skipped.
 */
class RegisteredGamesConformanceTest {

  private static final String PENNIES = MatchingPenniesTestProvider.NAME;

  @TestFactory
  Stream<DynamicTest> everyRegisteredGameConforms() {
    List<DynamicTest> tests = new ArrayList<>();
    for (GameProvider provider : GameRegistry.providers()) {
      if (provider.parameters().stream().noneMatch(ParameterSpec::required)) {
        tests.add(DynamicTest.dynamicTest(provider.name(), () -> conformsWithDefaults(provider.name())));
      }
    }
    for (String composed : List.of("turn_based(game=" + PENNIES + ")", "repeated(stage=" + PENNIES + ",rounds=3)",
        "repeated(stage=" + PENNIES + ",rounds=3,continuation=0.5)",
        "reduced_normal_form(game=turn_based(game=" + PENNIES + "))",
        "matrix(payoffs=\"3,3 0,5; 5,0 1,1\")")) {
      tests.add(DynamicTest.dynamicTest(composed, () -> conforms(GameRegistry.create(composed), composed)));
    }
    return tests.stream();
  }

  /**
   * A provider whose defaults are rejected as a game string (a constraint between parameters, such
   * as "payoffs or file") needs parameters too: the test is reported as skipped, with the reason.
   */
  private static void conformsWithDefaults(String name) {
    Game game;
    try {
      game = GameRegistry.create(name);
    } catch (GameSpecException needsParameters) {
      Assumptions.abort("needs parameters: " + needsParameters.getMessage());
      return;
    }
    conforms(game, name);
  }

  private static void conforms(Game game, String gameString) {
    try {
      GameConformance.assertConforms(game);
    } catch (AssertionError violations) {
      throw new AssertionError(gameString + ": " + violations.getMessage(), violations);
    }
  }
}

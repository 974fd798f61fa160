package org.agora.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.agora.core.GameProvider;
import org.agora.core.GameRegistry;
import org.agora.core.ParameterSpec;
import org.agora.testkit.GameConformance;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The CI gate "every registered game passes conformance": every game on the CLI's class path (all
 * modules it depends on) created with default parameters, plus the transforms, which need
 * parameters, applied to a small stage game. Providers with required parameters are otherwise
 * skipped.
 */
class RegisteredGamesConformanceTest {

  private static final String PENNIES = MatchingPenniesTestProvider.NAME;

  @TestFactory
  Stream<DynamicTest> everyRegisteredGameConforms() {
    List<String> gameStrings = new ArrayList<>();
    for (GameProvider provider : GameRegistry.providers()) {
      if (provider.parameters().stream().noneMatch(ParameterSpec::required)) {
        gameStrings.add(provider.name());
      }
    }
    gameStrings.add("turn_based(game=" + PENNIES + ")");
    gameStrings.add("repeated(stage=" + PENNIES + ",rounds=3)");
    gameStrings.add("repeated(stage=" + PENNIES + ",rounds=3,continuation=0.5)");
    return gameStrings.stream().map(gameString -> DynamicTest.dynamicTest(gameString, () -> conforms(gameString)));
  }

  private static void conforms(String gameString) {
    try {
      GameConformance.assertConforms(GameRegistry.create(gameString));
    } catch (AssertionError violations) {
      throw new AssertionError(gameString + ": " + violations.getMessage(), violations);
    }
  }
}

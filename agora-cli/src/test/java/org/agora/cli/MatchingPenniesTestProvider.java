package org.agora.cli;

import java.util.List;
import org.agora.core.Game;
import org.agora.core.GameParameters;
import org.agora.core.GameProvider;
import org.agora.core.ParameterSpec;
import org.agora.core.normalform.NormalFormGame;

/**
 * Test-only game {@code cli_test_matching_pennies}: the row player wins 1 when the coins match and
 * loses 1 otherwise; zero-sum with value 0 and the uniform equilibrium. Registered for the CLI's
 * tests through {@code src/test/resources/META-INF/services}, independent of the game zoo.
 */
public final class MatchingPenniesTestProvider implements GameProvider {

  /** The registered name. */
  public static final String NAME = "cli_test_matching_pennies";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "matching pennies (test-only copy for the CLI tests)";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of();
  }

  @Override
  public Game create(GameParameters parameters) {
    return NormalFormGame.bimatrix(parameters, new String[] {"heads", "tails"}, new String[] {"heads", "tails"},
        new double[][] {{1, -1}, {-1, 1}}, new double[][] {{-1, 1}, {1, -1}});
  }
}

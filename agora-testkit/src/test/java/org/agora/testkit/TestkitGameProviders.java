package org.agora.testkit;

import java.util.Arrays;
import java.util.List;
import org.agora.core.Game;
import org.agora.core.GameParameters;
import org.agora.core.GameProvider;
import org.agora.core.ParameterSpec;
import org.agora.core.normalform.NormalFormGame;

/** Test-only games registered in the testkit's test resources. */
final class TestkitGameProviders {

  private TestkitGameProviders() {}

  /** Matching pennies built in code under the given parameters. */
  static NormalFormGame matchingPennies(GameParameters parameters) {
    return NormalFormGame.bimatrix(parameters, new String[] {"heads", "tails"}, new String[] {"heads", "tails"},
        new double[][] {{1, -1}, {-1, 1}}, new double[][] {{-1, 1}, {1, -1}});
  }

  /** Registers matching pennies as {@code testkit_matching_pennies}. */
  public static final class MatchingPennies implements GameProvider {
    @Override
    public String name() {
      return "testkit_matching_pennies";
    }

    @Override
    public String description() {
      return "matching pennies, for testkit tests";
    }

    @Override
    public List<ParameterSpec> parameters() {
      return List.of();
    }

    @Override
    public Game create(GameParameters parameters) {
      return matchingPennies(parameters);
    }
  }

  /** Registers {@link ToyGame} as {@code testkit_toy(defect=NONE)}. */
  public static final class Toy implements GameProvider {
    @Override
    public String name() {
      return "testkit_toy";
    }

    @Override
    public String description() {
      return "the testkit's toy card game with an optional defect";
    }

    @Override
    public List<ParameterSpec> parameters() {
      List<String> choices = new java.util.ArrayList<>(List.of("NONE"));
      Arrays.stream(ToyGame.Defect.values()).map(Enum::name).forEach(choices::add);
      return List.of(ParameterSpec.choice("defect", "NONE", choices, "the defect to build in"));
    }

    @Override
    public Game create(GameParameters parameters) {
      String defect = parameters.getString("defect");
      return defect.equals("NONE") ? new ToyGame(parameters) : new ToyGame(parameters, ToyGame.Defect.valueOf(defect));
    }
  }
}

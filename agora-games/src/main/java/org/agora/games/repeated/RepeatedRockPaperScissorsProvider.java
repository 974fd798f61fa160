package org.agora.games.repeated;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agora.core.Game;
import org.agora.core.GameParameters;
import org.agora.core.GameProvider;
import org.agora.core.GameSpecException;
import org.agora.core.ParameterSpec;
import org.agora.core.transform.RepeatedGame;
import org.agora.games.normalform.RockPaperScissorsProvider;

/**
 * Repeated rock–paper–scissors: two players play {@code rounds} throws of rock–paper–scissors (win 1,
 * loss -1, draw 0) and score the sum. After every throw both see both throws; observations show the
 * last {@code recall} throws, the information-state key the whole match. This is the benchmark of
 * the RoShamBo programming competitions, a 1000-throw match, used to evaluate populations of agents.
 *
 * <p>Built on {@link RepeatedGame}: a throw is a table look-up and allocates nothing.
 *
 * <p>M. Lanctot, J. Schultz, N. Burch, M. O. Smith, D. Hennes, T. Anthony and J. Perolat,
 * "Population-based Evaluation in Repeated Rock-Paper-Scissors as a Benchmark for Multiagent
 * Reinforcement Learning", <i>Transactions on Machine Learning Research</i>, 2023.
 */
public final class RepeatedRockPaperScissorsProvider implements GameProvider {

  /** Registered name. */
  public static final String NAME = "repeated_rock_paper_scissors";

  /**
   * The game.
   *
   * @throws GameSpecException if {@code recall} is not in {@code [1, rounds]}
   */
  public static RepeatedGame create(int rounds, int recall) {
    if (rounds < 1) {
      throw new GameSpecException(NAME + ": parameter 'rounds' value " + rounds + " must be at least 1");
    }
    if (recall < 1 || recall > rounds) {
      throw new GameSpecException(NAME + ": parameter 'recall' value " + recall + " is not allowed; allowed: 1 to"
          + " rounds=" + rounds);
    }
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("rounds", rounds);
    values.put("recall", recall);
    return new RepeatedGame(RockPaperScissorsProvider.create(), rounds, recall, 1.0, GameParameters.of(NAME, values));
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "repeated rock-paper-scissors, the 1000-throw RoShamBo benchmark";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(
        ParameterSpec.integer("rounds", 1000, 1, 1_000_000, "number of throws"),
        ParameterSpec.integer("recall", 1, 1, 1_000_000, "past throws shown by observations (at most rounds)"));
  }

  @Override
  public Game create(GameParameters parameters) {
    return create(parameters.getInt("rounds"), parameters.getInt("recall"));
  }
}

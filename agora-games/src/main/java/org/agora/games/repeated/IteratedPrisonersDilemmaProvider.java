package org.agora.games.repeated;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agora.core.Game;
import org.agora.core.GameParameters;
import org.agora.core.GameProvider;
import org.agora.core.GameSpecException;
import org.agora.core.ParameterSpec;
import org.agora.core.transform.RepeatedGame;
import org.agora.games.normalform.PrisonersDilemmaProvider;

/**
 * Iterated prisoner's dilemma: the {@linkplain PrisonersDilemmaProvider prisoner's dilemma} played
 * round after round, each player scoring the sum of its stage payoffs. After every round both see both
 * moves, and chance continues the match with probability {@code continuation} (so the expected length
 * is 1 / (1 - continuation) rounds, 20 for 0.95); {@code max_rounds} caps it. With
 * {@code continuation=1} exactly {@code max_rounds} rounds are played. Observations show the last
 * {@code recall} rounds.
 *
 * <p>Besides T &gt; R &gt; P &gt; S the payoffs must satisfy 2R &gt; T + S, so that taking turns
 * exploiting each other pays less than steady cooperation, as in the standard definition of the
 * iterated game.
 *
 * <p>R. Axelrod, "Effective Choice in the Prisoner's Dilemma", <i>Journal of Conflict Resolution</i>
 * 24(1), 3–25, 1980, and "More Effective Choice in the Prisoner's Dilemma", same journal 24(3), 379–403,
 * 1980 (the second tournament ended each round with a fixed probability, as here); R. Axelrod,
 * <i>The Evolution of Cooperation</i>, Basic Books, 1984.
 */
public final class IteratedPrisonersDilemmaProvider implements GameProvider {

  /** Registered name. */
  public static final String NAME = "iterated_prisoners_dilemma";

  /**
   * The game.
   *
   * @throws GameSpecException if the payoffs violate T &gt; R &gt; P &gt; S or 2R &gt; T + S, or
   *     {@code recall} is not in {@code [1, maxRounds]}
   */
  public static RepeatedGame create(double continuation, int maxRounds, int recall, double temptation,
      double reward, double punishment, double sucker) {
    if (!(continuation >= 0.0 && continuation <= 1.0)) {
      throw new GameSpecException(NAME + ": parameter 'continuation' value " + continuation
          + " is not a probability; allowed: number in [0, 1]");
    }
    if (maxRounds < 1) {
      throw new GameSpecException(NAME + ": parameter 'max_rounds' value " + maxRounds + " must be at least 1");
    }
    if (recall < 1 || recall > maxRounds) {
      throw new GameSpecException(NAME + ": parameter 'recall' value " + recall + " is not allowed; allowed: 1 to"
          + " max_rounds=" + maxRounds);
    }
    Game stage;
    try {
      stage = PrisonersDilemmaProvider.create(temptation, reward, punishment, sucker);
    } catch (GameSpecException e) {
      throw new GameSpecException(e.getMessage().replace(PrisonersDilemmaProvider.NAME + ":", NAME + ":"));
    }
    if (!(2 * reward > temptation + sucker)) {
      throw new GameSpecException(NAME + ": parameter 'reward' value " + reward + " must exceed (temptation + sucker)"
          + " / 2 = " + (temptation + sucker) / 2 + "; allowed: 2 x reward > temptation + sucker");
    }
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("continuation", continuation);
    values.put("max_rounds", maxRounds);
    values.put("recall", recall);
    values.put("temptation", temptation);
    values.put("reward", reward);
    values.put("punishment", punishment);
    values.put("sucker", sucker);
    return new RepeatedGame(stage, maxRounds, recall, continuation, GameParameters.of(NAME, values));
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "iterated prisoner's dilemma ending after each round with probability 1 - continuation";
  }

  @Override
  public List<ParameterSpec> parameters() {
    List<ParameterSpec> specs = new ArrayList<>(List.of(
        ParameterSpec.real("continuation", 0.95, 0.0, 1.0, "probability of playing another round"),
        ParameterSpec.integer("max_rounds", 1000, 1, 1_000_000, "most rounds played"),
        ParameterSpec.integer("recall", 1, 1, 1_000_000, "past rounds shown by observations (at most max_rounds)")));
    specs.addAll(payoffParameters());
    return List.copyOf(specs);
  }

  private static List<ParameterSpec> payoffParameters() {
    return new PrisonersDilemmaProvider().parameters();
  }

  @Override
  public Game create(GameParameters parameters) {
    return create(parameters.getDouble("continuation"), parameters.getInt("max_rounds"), parameters.getInt("recall"),
        parameters.getDouble("temptation"), parameters.getDouble("reward"), parameters.getDouble("punishment"),
        parameters.getDouble("sucker"));
  }
}

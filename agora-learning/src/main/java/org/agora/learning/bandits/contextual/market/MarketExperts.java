package org.agora.learning.bandits.contextual.market;

import java.util.List;
import java.util.Map;
import org.agora.core.GameParameters;
import org.agora.core.GameSpec;
import org.agora.core.GameSpecException;
import org.agora.core.ParameterSpec;
import org.agora.learning.bandits.contextual.ContextualBanditProblem;

/**
 * Creates {@link Expert}s from strings with agora-core's game-string grammar: {@code informed} (knows
 * the true probabilities; {@code bias} misreports them), {@code constant(p=0.5)} and {@code
 * learner(lambda=1)}.
 */
public final class MarketExperts {

  private MarketExperts() {}

  private static final ParameterSpec FLOOR =
      ParameterSpec.real("floor", 0.001, 1e-12, 0.499, "reports are clipped to [floor, 1 - floor]");

  private static final Map<String, List<ParameterSpec>> KINDS = Map.of(
      "informed", List.of(ParameterSpec.real("bias", 0, -1, 1, "added to every true probability (0: truthful)"),
          FLOOR),
      "constant", List.of(ParameterSpec.real("p", 0.5, 1e-12, 1 - 1e-12, "the probability reported for every action")),
      "learner", List.of(ParameterSpec.real("lambda", 1, 1e-12, 1e9, "ridge regulariser"), FLOOR));

  /** The expert kinds, sorted. */
  public static List<String> names() {
    return KINDS.keySet().stream().sorted().toList();
  }

  /**
   * Creates the expert {@code text} for a market on {@code problem}.
   *
   * @throws GameSpecException naming the unknown expert, option or bad value and what is allowed
   */
  public static Expert create(String text, ContextualBanditProblem problem) {
    if (text == null || text.isBlank()) {
      throw new GameSpecException("expert string is missing");
    }
    GameSpec spec;
    try {
      spec = GameSpec.parse(text);
    } catch (GameSpecException e) {
      throw new GameSpecException(e.getMessage().replace("bad game string", "bad expert string"));
    }
    List<ParameterSpec> parameters = KINDS.get(spec.name());
    if (parameters == null) {
      throw new GameSpecException("unknown expert '" + spec.name() + "'; known: " + String.join(", ", names()));
    }
    GameParameters options = GameParameters.resolve(spec.name(), parameters, spec.arguments());
    return switch (spec.name()) {
      case "informed" -> new InformedExpert(problem, options.getDouble("bias"), options.getDouble("floor"));
      case "constant" -> new ConstantExpert(options.getDouble("p"));
      default -> new LearningExpert(problem.armCount(), problem.dimension(), options.getDouble("lambda"),
          options.getDouble("floor"));
    };
  }
}

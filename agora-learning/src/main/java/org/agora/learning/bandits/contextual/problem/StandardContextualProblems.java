package org.agora.learning.bandits.contextual.problem;

import java.util.List;
import java.util.function.Function;
import org.agora.core.GameParameters;
import org.agora.core.GameSpecException;
import org.agora.core.ParameterSpec;
import org.agora.learning.bandits.contextual.ContextualBanditCatalog;
import org.agora.learning.bandits.contextual.ContextualBanditProblem;
import org.agora.learning.bandits.contextual.ContextualPolicyProvider;
import org.agora.learning.bandits.contextual.ContextualProblemProvider;

/**
 * Registers the problems of this package: {@code linear}, {@code linear-shared}, {@code logistic} and
 * {@code bernoulli-linear}.
 */
public final class StandardContextualProblems implements ContextualBanditCatalog {

  private record Kind(String name, String description, List<ParameterSpec> parameters,
      Function<GameParameters, ContextualBanditProblem> factory) implements ContextualProblemProvider {

    @Override
    public ContextualBanditProblem create(GameParameters parameters) {
      try {
        return factory.apply(parameters);
      } catch (GameSpecException e) {
        throw e;
      } catch (IllegalArgumentException e) {
        throw new GameSpecException(name + ": " + e.getMessage());
      }
    }
  }

  private static ParameterSpec arms() {
    return ParameterSpec.integer("arms", 5, 1, 1000, "number of arms K");
  }

  private static ParameterSpec dimension(String what) {
    return ParameterSpec.integer("dimension", 10, 1, 1000, what);
  }

  private static ParameterSpec noise() {
    return ParameterSpec.real("noise", 0.1, 0, 1e6, "standard deviation of the Gaussian reward noise");
  }

  private static ParameterSpec seed() {
    return ParameterSpec.longInteger("seed", 1L, "seed of the arm parameters");
  }

  @Override
  public List<ContextualProblemProvider> problems() {
    return List.of(
        new Kind("linear", "disjoint linear arms: theta_k . x + N(0, noise^2), theta_k and x on the unit sphere",
            List.of(arms(), dimension("context dimension d"), noise(), seed()),
            p -> new LinearContextualBandit(p.getInt("arms"), p.getInt("dimension"), p.getDouble("noise"),
                p.getLong("seed"))),
        new Kind("linear-shared", "one shared theta, per-arm features b_k: theta . b_k + N(0, noise^2); context = K d",
            List.of(arms(), dimension("per-arm feature dimension (the context has arms * dimension entries)"),
                noise(), seed()),
            p -> new SharedLinearContextualBandit(p.getInt("arms"), p.getInt("dimension"), p.getDouble("noise"),
                p.getLong("seed"))),
        new Kind("logistic", "0/1 rewards with P(1) = 1 / (1 + exp(-scale theta_k . x))",
            List.of(arms(), dimension("context dimension d"),
                ParameterSpec.real("scale", 4, -1e6, 1e6, "slope of the logistic link"), seed()),
            p -> new BernoulliContextualBandit(p.getInt("arms"), p.getInt("dimension"),
                BernoulliContextualBandit.Link.LOGISTIC, p.getDouble("scale"), p.getLong("seed"))),
        new Kind("bernoulli-linear", "0/1 rewards with P(1) = (1 + theta_k . x) / 2",
            List.of(arms(), dimension("context dimension d"), seed()),
            p -> new BernoulliContextualBandit(p.getInt("arms"), p.getInt("dimension"),
                BernoulliContextualBandit.Link.LINEAR, 1, p.getLong("seed"))));
  }

  @Override
  public List<ContextualPolicyProvider> policies() {
    return List.of();
  }
}

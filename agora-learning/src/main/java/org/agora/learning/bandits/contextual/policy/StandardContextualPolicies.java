package org.agora.learning.bandits.contextual.policy;

import java.util.List;
import java.util.random.RandomGenerator;
import org.agora.core.GameParameters;
import org.agora.core.GameSpecException;
import org.agora.core.ParameterSpec;
import org.agora.learning.bandits.contextual.ContextualBanditCatalog;
import org.agora.learning.bandits.contextual.ContextualBanditPolicy;
import org.agora.learning.bandits.contextual.ContextualPolicyProvider;
import org.agora.learning.bandits.contextual.ContextualProblemProvider;
import org.agora.learning.bandits.contextual.ContextualSetting;

/** Registers the contextual policies of this package by name, with their options and defaults. */
public final class StandardContextualPolicies implements ContextualBanditCatalog {

  private static final double BIG = 1e9;

  /** Creates a policy from validated options. */
  private interface Factory {
    ContextualBanditPolicy create(GameParameters options, ContextualSetting setting, RandomGenerator random);
  }

  private record Kind(String name, String description, List<ParameterSpec> parameters, Factory factory)
      implements ContextualPolicyProvider {

    @Override
    public ContextualBanditPolicy create(GameParameters options, ContextualSetting setting, RandomGenerator random) {
      try {
        return factory.create(options, setting, random);
      } catch (GameSpecException e) {
        throw e;
      } catch (IllegalArgumentException e) {
        throw new GameSpecException(name + ": " + e.getMessage());
      }
    }
  }

  private static ParameterSpec lambda() {
    return ParameterSpec.real("lambda", 1, 1e-12, BIG, "ridge regulariser: A starts at lambda I");
  }

  @Override
  public List<ContextualProblemProvider> problems() {
    return List.of();
  }

  @Override
  public List<ContextualPolicyProvider> policies() {
    return List.of(
        new Kind("linucb", "LinUCB with disjoint linear models (Li, Chu, Langford, Schapire 2010)",
            List.of(ParameterSpec.real("alpha", 1, 0, BIG, "width of the confidence bound"), lambda()),
            (o, s, r) -> new LinUcb(s.armCount(), s.dimension(), o.getDouble("alpha"), o.getDouble("lambda"))),
        new Kind("lin-ts", "linear Thompson sampling, one posterior per arm (Agrawal, Goyal 2013)",
            List.of(ParameterSpec.real("v", 0.5, 0, BIG, "posterior scale: theta ~ N(mu, v^2 B^-1)"), lambda()),
            (o, s, r) -> new LinearThompsonSampling(s.armCount(), s.dimension(), o.getDouble("v"),
                o.getDouble("lambda"), r)),
        new Kind("ridge-epsilon-greedy", "epsilon-greedy on per-arm ridge estimates (the baseline of Li et al. 2010)",
            List.of(ParameterSpec.real("epsilon", 0.1, 0, 1, "exploration probability"),
                ParameterSpec.choice("schedule", "constant", List.of("constant", "decaying"),
                    "constant, or decaying: epsilon / sqrt(t)"),
                lambda()),
            (o, s, r) -> new RidgeEpsilonGreedy(s.armCount(), s.dimension(), o.getDouble("epsilon"),
                o.getString("schedule").equals("decaying"), o.getDouble("lambda"), r)),
        new Kind("uniform", "a uniformly random arm every round (learns nothing)",
            List.of(),
            (o, s, r) -> new UniformPlay(s.armCount(), s.dimension(), r)));
  }
}

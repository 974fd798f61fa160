package org.agora.learning.bandits.arm;

import java.util.List;
import java.util.function.Function;
import org.agora.core.GameParameters;
import org.agora.core.GameSpecException;
import org.agora.core.ParameterSpec;
import org.agora.learning.bandits.BanditCatalog;
import org.agora.learning.bandits.BanditPolicyProvider;
import org.agora.learning.bandits.BanditProblem;
import org.agora.learning.bandits.BanditProblemProvider;
import org.agora.learning.bandits.ParameterLists;

/**
 * Registers the problems of this package: {@code bernoulli}, {@code gaussian}, {@code exponential},
 * {@code poisson}, {@code piecewise} and {@code adversarial}. Replay of logged data is not a problem
 * to simulate but an evaluation ({@link ReplayEvaluation}) and is not registered here.
 */
public final class StandardBanditProblems implements BanditCatalog {

  private static final String MEANS = "the arms' expected rewards, e.g. [0.1,0.5,0.9] or 0.1;0.5;0.9";

  private record Kind(String name, String description, List<ParameterSpec> parameters,
      Function<GameParameters, BanditProblem> factory) implements BanditProblemProvider {

    @Override
    public BanditProblem create(GameParameters parameters) {
      try {
        return factory.apply(parameters);
      } catch (GameSpecException e) {
        throw e;
      } catch (IllegalArgumentException e) {
        throw new GameSpecException(name + ": " + e.getMessage());
      }
    }
  }

  @Override
  public List<BanditProblemProvider> problems() {
    return List.of(
        new Kind("bernoulli", "Bernoulli arms with the given success probabilities",
            List.of(ParameterSpec.text("means", null, MEANS)),
            p -> new BernoulliBandit(means(p, 0, 1))),
        new Kind("gaussian", "Gaussian arms N(mean, sigma^2); sigma is one value or one per arm",
            List.of(ParameterSpec.text("means", null, MEANS),
                ParameterSpec.text("sigma", "1", "standard deviation(s), positive: 1 or [0.5,1,2]"),
                ParameterSpec.choice("variance", "known", List.of("known", "unknown"),
                    "whether the learner may be told sigma")),
            p -> new GaussianBandit(means(p, -1e300, 1e300),
                ParameterLists.numbers("gaussian", "sigma", p.getString("sigma"), Double.MIN_VALUE, 1e300),
                p.getString("variance").equals("known"))),
        new Kind("exponential", "exponential arms with the given (positive) means",
            List.of(ParameterSpec.text("means", null, MEANS)),
            p -> new ExponentialBandit(means(p, Double.MIN_VALUE, 1e300))),
        new Kind("poisson", "Poisson arms with the given (non-negative) means",
            List.of(ParameterSpec.text("means", null, MEANS)),
            p -> new PoissonBandit(means(p, 0, 1e9))),
        new Kind("piecewise", "piecewise-stationary Bernoulli arms: means change at the given rounds",
            List.of(ParameterSpec.text("changes", null, "rounds where a new segment starts, e.g. [5000,10000]"),
                ParameterSpec.text("means", null, "one row of means per segment, e.g. [[0.1,0.9],[0.9,0.1],[0.5,0.2]]")),
            p -> new PiecewiseStationaryBandit(
                ParameterLists.increasingRounds("piecewise", "changes", p.getString("changes")),
                ParameterLists.matrix("piecewise", "means", p.getString("means"), 0, 1))),
        new Kind("adversarial", "an oblivious adversarial reward table, given or generated from a seed",
            List.of(ParameterSpec.text("rewards", "", "the table rewards[t][k] in [0,1], e.g. [[1,0],[0,1]]; empty: generate"),
                ParameterSpec.integer("arms", 2, 1, 1_000_000, "arms of a generated table"),
                ParameterSpec.integer("rounds", 1000, 1, (int) AdversarialBandit.MAX_ENTRIES,
                    "rows of a generated table (it repeats after); arms * rounds <= 1e7"),
                ParameterSpec.choice("rule", "switching", List.of("switching", "uniform"), "how to generate the table"),
                ParameterSpec.integer("period", 100, 1, Integer.MAX_VALUE, "block length of the switching rule"),
                ParameterSpec.longInteger("seed", 1L, "seed of the generated table")),
            StandardBanditProblems::adversarial));
  }

  @Override
  public List<BanditPolicyProvider> policies() {
    return List.of();
  }

  private static double[] means(GameParameters parameters, double min, double max) {
    return ParameterLists.numbers(parameters.gameName(), "means", parameters.getString("means"), min, max);
  }

  private static BanditProblem adversarial(GameParameters p) {
    String rewards = p.getString("rewards");
    if (!rewards.isBlank()) {
      return new AdversarialBandit(ParameterLists.matrix("adversarial", "rewards", rewards, 0, 1));
    }
    return new AdversarialBandit(p.getInt("arms"), p.getInt("rounds"),
        AdversarialBandit.Rule.valueOf(p.getString("rule").toUpperCase(java.util.Locale.ROOT)),
        p.getInt("period"), p.getLong("seed"));
  }
}

package org.agora.learning.bandits.policy;

import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import org.agora.core.GameParameters;
import org.agora.core.GameSpecException;
import org.agora.core.ParameterSpec;
import org.agora.learning.bandits.BanditCatalog;
import org.agora.learning.bandits.BanditPolicy;
import org.agora.learning.bandits.BanditPolicyProvider;
import org.agora.learning.bandits.BanditProblemProvider;
import org.agora.learning.bandits.BanditSetting;

/** Registers the policies of this package by name, with their options and defaults. */
public final class StandardBanditPolicies implements BanditCatalog {

  private static final double BIG = 1e9;

  /** Creates a policy from validated options. */
  private interface Factory {
    BanditPolicy create(GameParameters options, BanditSetting setting, RandomGenerator random);
  }

  private record Kind(String name, String description, List<ParameterSpec> parameters, Factory factory)
      implements BanditPolicyProvider {

    @Override
    public BanditPolicy create(GameParameters options, BanditSetting setting, RandomGenerator random) {
      try {
        return factory.create(options, setting, random);
      } catch (GameSpecException e) {
        throw e;
      } catch (IllegalArgumentException e) {
        throw new GameSpecException(name + ": " + e.getMessage());
      }
    }
  }

  @Override
  public List<BanditProblemProvider> problems() {
    return List.of();
  }

  @Override
  public List<BanditPolicyProvider> policies() {
    return List.of(
        new Kind("epsilon-greedy", "epsilon-greedy; schedule=decaying is epsilon_n-greedy (Auer, Cesa-Bianchi, Fischer 2002)",
            List.of(ParameterSpec.real("epsilon", 0.1, 0, 1, "constant exploration probability"),
                ParameterSpec.choice("schedule", "constant", List.of("constant", "decaying"), "exploration schedule"),
                ParameterSpec.real("c", 0.1, 0, BIG, "decaying schedule: epsilon_t = min(1, c K / (d^2 t))"),
                ParameterSpec.real("d", 0.1, 1e-9, 1, "decaying schedule: lower bound on the gaps")),
            (o, s, r) -> new EpsilonGreedy(s.armCount(), o.getDouble("epsilon"),
                o.getString("schedule").equals("decaying"), o.getDouble("c"), o.getDouble("d"), r)),
        new Kind("ucb1", "UCB1: mean + sqrt(c ln t / n) (Auer, Cesa-Bianchi, Fischer 2002)",
            List.of(ParameterSpec.real("c", 2, 0, BIG, "exploration constant, 2 in the paper")),
            (o, s, r) -> new Ucb1(s.armCount(), o.getDouble("c"))),
        new Kind("ucb-v", "UCB-V: variance-aware UCB (Audibert, Munos, Szepesvari 2009)",
            List.of(ParameterSpec.real("zeta", 1.2, 0, BIG, "exploration rate E_t = zeta ln t"),
                ParameterSpec.real("c", 1, 0, BIG, "constant of the range term"),
                ParameterSpec.real("range", 1, 1e-12, BIG, "width b of the reward range [0, b]")),
            (o, s, r) -> new UcbV(s.armCount(), o.getDouble("zeta"), o.getDouble("c"), o.getDouble("range"))),
        new Kind("kl-ucb", "KL-UCB (Garivier, Cappe 2011; exponential families: Cappe et al. 2013)",
            List.of(ParameterSpec.choice("kl", "bernoulli", List.of("bernoulli", "gaussian", "poisson", "exponential"),
                    "reward family whose divergence is used"),
                ParameterSpec.real("c", 0, 0, BIG, "coefficient of ln ln t (3 in the proof, 0 in practice)"),
                ParameterSpec.real("sigma", 1, 1e-12, BIG, "kl=gaussian: the known standard deviation")),
            (o, s, r) -> new KlUcb(s.armCount(), KlDivergence.valueOf(o.getString("kl").toUpperCase(Locale.ROOT)),
                o.getDouble("c"), o.getDouble("sigma"))),
        new Kind("moss", "MOSS: minimax optimal UCB using the horizon (Audibert, Bubeck 2009)",
            List.of(),
            (o, s, r) -> new Moss(s.armCount(), s.horizon())),
        new Kind("thompson", "Thompson sampling with Beta posteriors (Agrawal, Goyal 2012)",
            List.of(ParameterSpec.real("a", 1, 1e-9, BIG, "prior Beta(a, b): a"),
                ParameterSpec.real("b", 1, 1e-9, BIG, "prior Beta(a, b): b")),
            (o, s, r) -> new BernoulliThompsonSampling(s.armCount(), o.getDouble("a"), o.getDouble("b"), r)),
        new Kind("thompson-gaussian", "Thompson sampling for Gaussian rewards (Agrawal, Goyal 2013; Honda, Takemura 2014)",
            List.of(ParameterSpec.choice("variance", "known", List.of("known", "unknown"), "whether sigma is known"),
                ParameterSpec.real("sigma", 1, 1e-12, BIG, "variance=known: the standard deviation"),
                ParameterSpec.real("alpha", 0, -0.49, BIG, "variance=unknown: prior exponent")),
            (o, s, r) -> new GaussianThompsonSampling(s.armCount(), o.getString("variance").equals("known"),
                o.getDouble("sigma"), o.getDouble("alpha"), r)),
        new Kind("bayes-ucb", "Bayes-UCB: Beta posterior quantile 1 - 1/(t (ln T)^c) (Kaufmann, Cappe, Garivier 2012)",
            List.of(ParameterSpec.real("c", 0, 0, 100, "exponent of ln T (5 in the proof, 0 in practice)")),
            (o, s, r) -> new BayesUcb(s.armCount(), s.horizon(), o.getDouble("c"), r)),
        new Kind("exp3", "EXP3 (Auer, Cesa-Bianchi, Freund, Schapire 2002); gamma=0 tunes it to the horizon",
            List.of(ParameterSpec.real("gamma", 0, 0, 1, "exploration rate; 0: Corollary 3.2's rate for g = T")),
            (o, s, r) -> new Exp3(s.armCount(), o.getDouble("gamma") > 0 ? o.getDouble("gamma")
                : Exp3.tunedGamma(s.armCount(), s.horizon()), r)),
        new Kind("exp3-ix", "EXP3-IX, implicit exploration (Kocak, Neu, Valko, Munos 2014; Neu 2015)",
            List.of(ParameterSpec.real("eta", 0, 0, BIG, "learning rate; 0: sqrt(2 ln K / (K T))"),
                ParameterSpec.real("gamma", -1, -1, BIG, "implicit exploration; -1: eta / 2")),
            (o, s, r) -> {
              double eta = o.getDouble("eta") > 0 ? o.getDouble("eta") : Exp3Ix.tunedEta(s.armCount(), s.horizon());
              double gamma = o.getDouble("gamma") >= 0 ? o.getDouble("gamma") : eta / 2;
              return new Exp3Ix(s.armCount(), eta, gamma, r);
            }),
        new Kind("tsallis-inf", "Tsallis-INF, alpha = 1/2, best of both worlds (Zimmert, Seldin 2019/2021)",
            List.of(),
            (o, s, r) -> new TsallisInf(s.armCount(), r)),
        new Kind("discounted-ucb", "discounted UCB for switching bandits (Garivier, Moulines 2011)",
            List.of(ParameterSpec.real("gamma", 0, 0, 1, "discount factor; 0: 1 - sqrt(breakpoints / T) / 4"),
                ParameterSpec.integer("breakpoints", 1, 1, Integer.MAX_VALUE, "expected number of changes, for gamma=0"),
                ParameterSpec.real("xi", 0.6, 0, BIG, "exploration constant"),
                ParameterSpec.real("bound", 1, 1e-12, BIG, "largest reward B")),
            (o, s, r) -> new DiscountedUcb(s.armCount(), o.getDouble("gamma") > 0 ? o.getDouble("gamma")
                : DiscountedUcb.suggestedDiscount(s.horizon(), o.getInt("breakpoints")),
                o.getDouble("xi"), o.getDouble("bound"))),
        new Kind("sliding-window-ucb", "sliding-window UCB for switching bandits (Garivier, Moulines 2011)",
            List.of(ParameterSpec.integer("window", 0, 0, Integer.MAX_VALUE - 8,
                    "rounds remembered; 0: 2 sqrt(T ln T / breakpoints)"),
                ParameterSpec.integer("breakpoints", 1, 1, Integer.MAX_VALUE, "expected number of changes, for window=0"),
                ParameterSpec.real("xi", 0.6, 0, BIG, "exploration constant"),
                ParameterSpec.real("bound", 1, 1e-12, BIG, "largest reward B")),
            (o, s, r) -> new SlidingWindowUcb(s.armCount(),
                o.getInt("window") > 0 ? o.getInt("window")
                    : SlidingWindowUcb.suggestedWindow(s.horizon(), o.getInt("breakpoints"), o.getDouble("bound")),
                o.getDouble("xi"), o.getDouble("bound"))));
  }
}

package org.agora.learning.bandits.multiplayer.policy;

import java.util.List;
import java.util.random.RandomGenerator;
import org.agora.core.GameParameters;
import org.agora.core.GameSpecException;
import org.agora.core.ParameterSpec;
import org.agora.learning.bandits.multiplayer.CollisionModel;
import org.agora.learning.bandits.multiplayer.MultiPlayerCatalog;
import org.agora.learning.bandits.multiplayer.MultiPlayerPolicy;
import org.agora.learning.bandits.multiplayer.MultiPlayerPolicyProvider;
import org.agora.learning.bandits.multiplayer.MultiPlayerProblem;

/** Registers the multi-player policies of this package by name, with their options and models. */
public final class StandardMultiPlayerPolicies implements MultiPlayerCatalog {

  private static final List<CollisionModel> SENSING = List.of(CollisionModel.SENSING);
  private static final List<CollisionModel> CLASSIC = List.of(CollisionModel.SENSING, CollisionModel.NO_SENSING);
  private static final double BIG = 1e9;
  private static final List<CollisionModel> ALL = List.of(CollisionModel.values());

  /** Creates a policy from validated options. */
  private interface Factory {
    MultiPlayerPolicy create(GameParameters options, MultiPlayerProblem problem, long horizon, RandomGenerator random);
  }

  private record Kind(String name, String description, List<ParameterSpec> parameters, List<CollisionModel> models,
      Factory factory) implements MultiPlayerPolicyProvider {

    @Override
    public MultiPlayerPolicy create(GameParameters options, MultiPlayerProblem problem, long horizon,
        RandomGenerator random) {
      try {
        return factory.create(options, problem, horizon, random);
      } catch (GameSpecException e) {
        throw e.getMessage().startsWith(name + ":") ? e : new GameSpecException(name + ": " + e.getMessage());
      } catch (IllegalArgumentException e) {
        throw new GameSpecException(name + ": " + e.getMessage());
      }
    }
  }

  private static ParameterSpec index() {
    return ParameterSpec.choice("index", "kl-ucb", List.of("ucb1", "kl-ucb"),
        "each learner's index: ucb1 (c=2) or kl-ucb (Bernoulli, c=0)");
  }

  private static ArmIndices.Kind kind(String owner, GameParameters options) {
    return ArmIndices.Kind.parse(owner, options.getString("index"));
  }

  @Override
  public List<MultiPlayerPolicyProvider> policies() {
    return List.of(
        new Kind("rhorand", "rhoRand: a random rank, redrawn on collision (Anandkumar, Michael, Tang, Swami 2011)",
            List.of(index()), SENSING,
            (o, p, h, r) -> new RhoRand(p.players(), p.armCount(), kind("rhorand", o), r)),
        new Kind("mctopm", "MCTopM: musical chairs on the top-M indices (Besson, Kaufmann 2018)",
            List.of(index()), SENSING,
            (o, p, h, r) -> new McTopM(p.players(), p.armCount(), kind("mctopm", o), r)),
        new Kind("randtopm", "RandTopM: uniform moves within the top-M indices (Besson, Kaufmann 2018)",
            List.of(index()), SENSING,
            (o, p, h, r) -> new RandTopM(p.players(), p.armCount(), kind("randtopm", o), r)),
        new Kind("musical-chair", "Musical Chairs: explore, estimate M, then sit (Rosenski, Shamir, Szlak 2016)",
            List.of(ParameterSpec.real("explore", 0.1, 1e-9, 1, "exploration rounds T0 as a fraction of the horizon")),
            SENSING,
            (o, p, h, r) -> {
              double fraction = o.getDouble("explore");
              long rounds = Math.max(1, (long) Math.ceil(fraction * h));
              return new MusicalChair(p.players(), p.armCount(), rounds, fraction, r);
            }),
        new Kind("selfish", "Selfish: each player runs a single-player policy, collisions count 0 (Besson, Kaufmann 2018)",
            List.of(ParameterSpec.text("index", "kl-ucb",
                "the single-player policy each player runs, a name from 'bandit policies' such as ucb1, kl-ucb, thompson")),
            ALL,
            (o, p, h, r) -> new Selfish(p.players(), p.armCount(), h, o.getString("index"), r)),
        new Kind("oracle", "centralized oracle: the M best arms, or the shared-arms equilibrium (regret 0)",
            List.of(), ALL,
            (o, p, h, r) -> new CentralizedOracle(p)),
        new Kind("centralized", "centralized index policy: the M largest indices, no collisions (Anantharam et al. 1987)",
            List.of(index()), CLASSIC,
            (o, p, h, r) -> new CentralizedIndexPolicy(p.players(), p.armCount(), kind("centralized", o))),
        new Kind("smaa", "SMAA: averaging-allocation equilibrium on shared arms (Xu, Wang, Zhang, Li, Cui 2023)",
            List.of(ParameterSpec.real("beta", 1, 0, BIG, "exploration constant of the candidate test"),
                ParameterSpec.real("tolerance", 1e-9, 0, 1, "how close z m_k must be to mu_k for the marginal arm")),
            List.of(CollisionModel.SHARED),
            (o, p, h, r) -> new Smaa(p.players(), p.armCount(), o.getDouble("beta"), o.getDouble("tolerance"), r)));
  }
}

package org.agora.cli.solve;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.agora.core.normalform.NormalFormGame;
import org.agora.solvers.ExactMixedProfile;
import org.agora.solvers.MixedProfile;
import org.agora.solvers.nash.LemkeHowsonSolver;
import org.agora.solvers.nash.PureNashSolver;
import org.agora.solvers.nash.SimplicialSubdivisionSolver;
import org.agora.solvers.nash.SupportEnumerationSolver;
import org.agora.solvers.correlated.CorrelatedEquilibriumSolver.Concept;
import org.agora.solvers.dynamics.FictitiousPlay;
import org.agora.solvers.dynamics.Hedge;
import org.agora.solvers.dynamics.ProjectedReplicatorDynamics;
import org.agora.solvers.dynamics.RegretMatching;
import org.agora.solvers.dynamics.RegretMatchingPlus;
import org.agora.solvers.dynamics.ReplicatorDynamics;
import org.agora.solvers.dynamics.SwapRegretMinimizer;

/** The methods {@code agora solve --method} accepts, in the order help lists them. */
public final class SolveMethods {

  private static final Map<String, SolveMethod> METHODS = register(List.of(
      new EquilibriumMethod("enumpure", "all pure-strategy equilibria, any number of players (exact)",
          (game, settings) -> new PureNashSolver().solve(game), null),
      new VertexEnumerationMethod(),
      new EquilibriumMethod("lcp", "Lemke-Howson from every label (--label L for one), two players (exact;"
          + " --floating for doubles)", SolveMethods::lemkeHowson, SolveMethods::lemkeHowsonDouble),
      new ZeroSumMethod(),
      new EquilibriumMethod("support", "support enumeration, two players (exact; --floating for doubles)",
          (game, settings) -> new SupportEnumerationSolver().solve(game),
          (game, settings) -> new SupportEnumerationSolver().solveDouble(game)),
      new EquilibriumMethod("simpdiv", "simplicial subdivision with grid refinement, any number of players"
          + " (van der Laan, Talman and van der Heyden 1987); approximate to --precision", null,
          (game, settings) -> List.of(new SimplicialSubdivisionSolver(8, 40, settings.precision()).solve(game))),
      new LogitMethod(),
      new CorrelatedMethod(Concept.CORRELATED),
      new CorrelatedMethod(Concept.COARSE_CORRELATED),
      new DynamicsMethod("fp", "fictitious play (Brown 1951), time average",
          (game, settings) -> new FictitiousPlay(game)),
      new DynamicsMethod("rm", "regret matching (Hart and Mas-Colell 2000), time average",
          (game, settings) -> new RegretMatching(game, randomStart(game, settings))),
      new DynamicsMethod("rm+", "regret matching+ (Tammelin 2014), linear time average",
          (game, settings) -> new RegretMatchingPlus(game, randomStart(game, settings))),
      new DynamicsMethod("hedge", "Hedge / multiplicative weights tuned to --iterations (Freund and Schapire 1997)",
          (game, settings) -> Hedge.forHorizon(game, settings.iterations(), randomStart(game, settings))),
      new DynamicsMethod("swap", "swap-regret minimisation (Blum and Mansour 2007); joint play tends to a CE",
          (game, settings) -> new SwapRegretMinimizer(game)),
      new DynamicsMethod("replicator", "replicator dynamics, RK4 with step 0.01 (Taylor and Jonker 1978)",
          (game, settings) -> new ReplicatorDynamics(game, 0.01, ReplicatorDynamics.Integrator.RUNGE_KUTTA_4,
              randomStart(game, settings))),
      new DynamicsMethod("projected-replicator", "projected replicator dynamics, step 0.01, exploration 0.01"
          + " (Lanctot et al. 2017)", (game, settings) -> new ProjectedReplicatorDynamics(game, 0.01, 0.01, randomStart(game, settings)))));

  private SolveMethods() {}

  private static Map<String, SolveMethod> register(List<SolveMethod> methods) {
    Map<String, SolveMethod> byName = new LinkedHashMap<>();
    for (SolveMethod method : methods) {
      byName.put(method.name(), method);
    }
    return Collections.unmodifiableMap(byName);
  }

  /**
   * A starting profile drawn uniformly from each player's simplex with {@code --seed} (uniform play
   * is a fixed point of many dynamics in symmetric games, which would make their curves flat).
   */
  static MixedProfile randomStart(NormalFormGame game, SolveSettings settings) {
    SplittableRandom random = new SplittableRandom(settings.seed());
    double[][] strategies = new double[game.playerCount()][];
    for (int p = 0; p < strategies.length; p++) {
      strategies[p] = new double[game.strategyCount(p)];
      double sum = 0.0;
      for (int s = 0; s < strategies[p].length; s++) {
        strategies[p][s] = -Math.log(1.0 - random.nextDouble());
        sum += strategies[p][s];
      }
      for (int s = 0; s < strategies[p].length; s++) {
        strategies[p][s] /= sum;
      }
    }
    return MixedProfile.of(strategies);
  }

  private static List<ExactMixedProfile> lemkeHowson(NormalFormGame game, SolveSettings settings) {
    LemkeHowsonSolver solver = new LemkeHowsonSolver();
    return settings.label() == 0 ? solver.solveAllLabels(game) : List.of(solver.solve(game, settings.label()));
  }

  private static List<MixedProfile> lemkeHowsonDouble(NormalFormGame game, SolveSettings settings) {
    LemkeHowsonSolver solver = new LemkeHowsonSolver();
    return settings.label() == 0 ? solver.solveAllLabelsDouble(game) : List.of(solver.solveDouble(game, settings.label()));
  }

  /** All methods by name. */
  public static Map<String, SolveMethod> all() {
    return METHODS;
  }
}

package org.agora.solvers.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.agora.core.Rational;
import org.agora.core.normalform.NormalFormGame;
import org.agora.core.solve.EquilibriumProfile;
import org.agora.core.solve.JointDistribution;
import org.agora.core.solve.NormalFormSolveResult;
import org.agora.core.solve.SolveLimits;
import org.agora.core.solve.SolverConfiguration;
import org.agora.core.solve.SolverInput;
import org.agora.core.solve.SolverProvider;
import org.agora.core.solve.SolverRegistry;
import org.agora.core.job.JobContext;
import org.agora.solvers.MixedProfile;
import org.agora.solvers.dynamics.Hedge;
import org.agora.solvers.dynamics.LearningDynamics;
import org.agora.solvers.dynamics.ProjectedReplicatorDynamics;
import org.agora.solvers.dynamics.RegretMatching;
import org.agora.solvers.dynamics.RegretMatchingPlus;
import org.agora.solvers.dynamics.ReplicatorDynamics;
import org.agora.testkit.SolverEquivariance;
import org.agora.testkit.SolverEquivariance.Payoffs;
import org.agora.testkit.SolverEquivariance.Relabelling;
import org.agora.testkit.SolverEquivariance.Shape;
import org.agora.testkit.SolverEquivariance.Verdict;
import org.agora.testkit.SolverOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs {@link SolverEquivariance} on every normal-form solver registered here, with its command-line
 * defaults (seeded solvers with their default seed 0), and asserts the measured classification that
 * docs/equivariance.md reports: a solver that gains or loses an equivariance fails this test.
 */
class SolverEquivarianceClassificationTest {

  /** Generic integer games (ties improbable) of two and three players, and zero-sum ones for {@code lp}. */
  private static final List<Shape> GENERIC = List.of(
      new Shape(new int[] {2, 2}, Payoffs.GENERIC), new Shape(new int[] {3, 3}, Payoffs.GENERIC),
      new Shape(new int[] {2, 4}, Payoffs.GENERIC), new Shape(new int[] {4, 3}, Payoffs.GENERIC),
      new Shape(new int[] {3, 3}, Payoffs.ZERO_SUM), new Shape(new int[] {2, 4}, Payoffs.ZERO_SUM),
      new Shape(new int[] {4, 4}, Payoffs.ZERO_SUM),
      new Shape(new int[] {2, 2, 2}, Payoffs.GENERIC), new Shape(new int[] {2, 3, 2}, Payoffs.GENERIC));

  /** Games with payoffs in {0, 1, 2} (zero-sum: in {-1, 0, 1}): many ties, degenerate games. */
  private static final List<Shape> TIED = List.of(
      new Shape(new int[] {2, 2}, Payoffs.TIED), new Shape(new int[] {3, 3}, Payoffs.TIED),
      new Shape(new int[] {3, 3}, Payoffs.TIED_ZERO_SUM), new Shape(new int[] {2, 3}, Payoffs.TIED_ZERO_SUM),
      new Shape(new int[] {2, 2, 2}, Payoffs.TIED));

  /** Largest difference between floating-point probabilities that still counts as equal. */
  private static final double TOLERANCE = 1e-7;

  private static final SolverEquivariance ON_GENERIC = SolverEquivariance.of(14L, 4, TOLERANCE, GENERIC);
  private static final SolverEquivariance ON_TIED = SolverEquivariance.of(15L, 6, TOLERANCE, TIED);

  /** Measured: player-equivariant, action-equivariant (generic games), action-equivariant with ties. */
  private static final Map<String, List<Boolean>> EXPECTED = expected();

  private static Map<String, List<Boolean>> expected() {
    Map<String, List<Boolean>> expected = new HashMap<>();
    List<Boolean> always = List.of(true, true, true);
    List<Boolean> generic = List.of(true, true, false);
    List<Boolean> playersOnly = List.of(true, false, false);
    List<Boolean> never = List.of(false, false, false);
    // Enumerations return every (extreme) equilibrium, compared as sets; the logit path starts at the centroid.
    for (String name : List.of("enumpure", "enummixed", "support", "support(floating=true)", "logit")) {
      expected.put(name, always);
    }
    // A unique answer on generic games; among ties the pivoting or the best-response choice goes by index.
    for (String name : List.of("lcp", "lcp(floating=true)", "lp", "lp(floating=true)", "ce", "fp")) {
      expected.put(name, generic);
    }
    // The strictly concave objective has a unique optimum, ties or not.
    expected.put("ce(objective=entropy)", always);
    expected.put("cce(objective=entropy)", always);
    // Simplicial subdivision pivots on a grid in index order; an LP whose optimum is not unique (any feasible
    // point, or welfare in a zero-sum game, where it is constant) returns the vertex the simplex reaches first.
    for (String name : List.of("simpdiv", "cce", "ce(objective=feasible)", "cce(objective=feasible)")) {
      expected.put(name, playersOnly);
    }
    // Maxmin, since its LP is measured in units of the largest payoff (it refused some generic games
    // before): a unique optimum on generic games for ce; for cce the maxmin optimum of a zero-sum game
    // is a face (any CCE with the game's value), and the simplex's vertex depends on the order.
    expected.put("ce(objective=maxmin)", generic);
    expected.put("cce(objective=maxmin)", List.of(false, true, false));
    // Swap regret solves stationary distributions with pivots in index order and its dynamics amplify the
    // round-off of generic payoffs (differences up to 1e-3 after 10^4 iterations); small integer payoffs
    // keep the arithmetic exact enough that it stays equivariant on the tied games.
    expected.put("swap", List.of(true, false, true));
    // One starting label names one player's action; seeded dynamics draw their start in index order.
    for (String name : List.of("lcp(label=1)", "rm", "rm(seed=7)", "rm+", "hedge", "replicator",
        "projected-replicator")) {
      expected.put(name, never);
    }
    for (String name : uniformStartDynamics().toList()) {
      expected.put(name + " from uniform", always);
    }
    // Issue 14's solvers. The cost-constrained CE LP behaves as ce (unique welfare optimum on generic games);
    // the constrained CCE LP as cce (degenerate welfare in zero-sum games); the risk-averse fictitious play
    // breaks ties among equally good responses by index; sparse CCE draws its support with a seeded sampler
    // in index order.
    expected.put("constrained-ce", generic);
    expected.put("constrained-cce", playersOnly);
    expected.put("rae", generic);
    expected.put("sparse-cce", never);
    return expected;
  }

  /** Configurations beyond the defaults whose equivariance differs or is worth recording. */
  private static final List<String> VARIANTS = List.of("lcp(label=1)", "lcp(floating=true)", "support(floating=true)",
      "lp(floating=true)", "ce(objective=feasible)", "ce(objective=maxmin)", "ce(objective=entropy)",
      "cce(objective=feasible)", "cce(objective=maxmin)", "cce(objective=entropy)", "rm(seed=7)");

  /**
   * Normal-form methods the check does not apply to: test-equilibrium returns a verdict on a given profile,
   * not an equilibrium; minimax-winner takes only preference (margin) matrices, which random games are not;
   * constrained-phi needs a deviation list naming players and strategies of one game, which a relabelling
   * of the game would have to relabel too.
   */
  private static final List<String> NOT_APPLICABLE = List.of("test-equilibrium", "minimax-winner", "constrained-phi");

  static Stream<String> normalFormSolvers() {
    return Stream.concat(registeredNormalFormSolvers().stream().filter(name -> !NOT_APPLICABLE.contains(name)),
        VARIANTS.stream());
  }

  private static List<String> registeredNormalFormSolvers() {
    return SolverRegistry.providers().stream().filter(provider -> provider.input() == SolverInput.NORMAL_FORM)
        .map(SolverProvider::name).toList();
  }

  @Test
  void everyRegisteredNormalFormSolverIsClassified() {
    java.util.Set<String> classified = new java.util.HashSet<>(EXPECTED.keySet());
    classified.addAll(NOT_APPLICABLE);
    assertThat(classified).as("add the measured row of each new normal-form solver to EXPECTED and to "
        + "docs/equivariance.md (the parameterized test prints it)").containsAll(registeredNormalFormSolvers());
  }

  @ParameterizedTest
  @MethodSource("normalFormSolvers")
  void equivarianceIsAsMeasured(String configuration) {
    assertClassification(configuration, solver(configuration));
  }

  /**
   * The seeded dynamics started from uniform strategies instead of their seeded random start: the start
   * is what breaks their equivariance.
   */
  @ParameterizedTest
  @MethodSource("uniformStartDynamics")
  void dynamicsFromTheUniformStartAreAsMeasured(String name) {
    assertClassification(name + " from uniform", game -> {
      LearningDynamics dynamics = uniformStart(name, game);
      for (int i = 0; i < DYNAMICS_ITERATIONS; i++) {
        dynamics.step();
      }
      return new SolverOutput(List.<Rational[][]>of(), List.<double[][]>of(strategies(dynamics.averageProfile())),
          dynamics.empiricalJointDistribution());
    });
  }

  static Stream<String> uniformStartDynamics() {
    return Stream.of("rm", "rm+", "hedge", "replicator", "projected-replicator");
  }

  private static final int DYNAMICS_ITERATIONS = 2000;

  private static LearningDynamics uniformStart(String name, NormalFormGame game) {
    MixedProfile uniform = MixedProfile.uniform(game);
    return switch (name) {
      case "rm" -> new RegretMatching(game, uniform);
      case "rm+" -> new RegretMatchingPlus(game, uniform);
      case "hedge" -> Hedge.forHorizon(game, DYNAMICS_ITERATIONS, uniform);
      case "replicator" -> new ReplicatorDynamics(game, 0.01, ReplicatorDynamics.Integrator.RUNGE_KUTTA_4, uniform);
      case "projected-replicator" -> new ProjectedReplicatorDynamics(game, 0.01, 0.01, uniform);
      default -> throw new IllegalArgumentException(name);
    };
  }

  private static double[][] strategies(MixedProfile profile) {
    double[][] strategies = new double[profile.playerCount()][];
    for (int p = 0; p < strategies.length; p++) {
      strategies[p] = profile.strategy(p).clone();
    }
    return strategies;
  }

  private static void assertClassification(String name, Function<NormalFormGame, SolverOutput> solver) {
    Verdict players = ON_GENERIC.check(solver, Relabelling.PLAYERS);
    Verdict actions = ON_GENERIC.check(solver, Relabelling.ACTIONS);
    Verdict tiedActions = ON_TIED.check(solver, Relabelling.ACTIONS);
    List<Boolean> measured = List.of(players.equivariant(), actions.equivariant(), tiedActions.equivariant());
    assertThat(players.applicable()).as("games %s accepted", name).isPositive();
    assertThat(measured).as("%s: players %s; actions %s; actions with ties %s", name, players.counterexample(),
        actions.counterexample(), tiedActions.counterexample()).isEqualTo(EXPECTED.get(name));
  }

  /** The solver with its command-line defaults, its result read as a {@link SolverOutput}. */
  static Function<NormalFormGame, SolverOutput> solver(String solverString) {
    SolverConfiguration configuration = SolverRegistry.configure(solverString);
    return game -> output(game,
        (NormalFormSolveResult) SolveJob.solve(game, configuration, SolveLimits.defaults(), JobContext.sequential()));
  }

  static SolverOutput output(NormalFormGame game, NormalFormSolveResult result) {
    List<Rational[][]> exact = new ArrayList<>();
    List<double[][]> approximate = new ArrayList<>();
    for (EquilibriumProfile profile : result.profiles()) {
      if (profile.exact()) {
        exact.add(profile.exactStrategies());
      } else {
        approximate.add(profile.strategies());
      }
    }
    double[] distribution = result.distribution() == null ? null : distribution(game, result.distribution());
    return new SolverOutput(exact, approximate, distribution);
  }

  /** The distribution's probabilities at the game's profile indices, strategies found by name. */
  static double[] distribution(NormalFormGame game, JointDistribution joint) {
    double[] probabilities = new double[game.profileCount()];
    int[] profile = new int[game.playerCount()];
    for (JointDistribution.Entry entry : joint.entries()) {
      for (int p = 0; p < profile.length; p++) {
        profile[p] = strategyNamed(game, p, entry.strategies().get(p));
      }
      probabilities[game.profileIndex(profile)] += entry.probability();
    }
    return probabilities;
  }

  private static int strategyNamed(NormalFormGame game, int player, String name) {
    for (int s = 0; s < game.strategyCount(player); s++) {
      if (game.strategyName(player, s).equals(name)) {
        return s;
      }
    }
    throw new AssertionError("player " + player + " has no strategy named " + name);
  }
}

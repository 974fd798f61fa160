package org.agora.solvers.provider;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.agora.core.GameParameters;
import org.agora.core.ParameterSpec;
import org.agora.core.job.JobContext;
import org.agora.core.normalform.NormalFormGame;
import org.agora.core.solve.SolveLimits;
import org.agora.core.solve.SolverOptionException;
import org.agora.solvers.MixedProfile;
import org.agora.solvers.correlated.CorrelatedDistribution;
import org.agora.solvers.correlated.CorrelatedMeasures;
import org.agora.solvers.testing.EquilibriumTester;
import org.agora.solvers.testing.EquilibriumTester.Concept;
import org.agora.solvers.testing.Profiles;

/** {@code test-equilibrium}: tests from sampled play whether a profile is an epsilon-NE/CE/CCE ({@link EquilibriumTester}). */
public final class TestEquilibriumProvider extends NormalFormSolverProvider {

  /** The default epsilon as a share of the payoff range, in percent (0.1 for a game with payoffs in [-1, 1]). */
  static final int RELATIVE_TOLERANCE_PERCENT = 5;

  /** The most samples one test draws. */
  static final long MAX_SAMPLES = 50_000_000L;

  static final ParameterSpec PROFILE = ParameterSpec.text("profile", "uniform",
      "test-equilibrium: the profile tested, 'uniform' or 'p p ...;p p ...' (one distribution per player)");
  static final ParameterSpec CONCEPT = ParameterSpec.choice("concept", "ne", List.of("ne", "ce", "cce"),
      "test-equilibrium: the equilibrium tested, ne, ce or cce");
  static final ParameterSpec TOLERANCE = ParameterSpec.real("tolerance", 0.0, 0.0,
      Double.POSITIVE_INFINITY, "test-equilibrium: epsilon, the gap tolerated, in payoff units; 0 takes "
          + RELATIVE_TOLERANCE_PERCENT + " percent of the game's payoff range (default: 0).");
  static final ParameterSpec DELTA = ParameterSpec.real("delta", 0.05, Double.MIN_VALUE, 0.5,
      "test-equilibrium: the allowed error probability (confidence 1 - delta)");

  public TestEquilibriumProvider() {
    super("test-equilibrium", "tests from sampled play whether a profile is an epsilon-NE/CE/CCE with confidence "
        + "1 - delta (--profile, --concept, --tolerance, --delta, --seed)",
        List.of(PROFILE, CONCEPT, TOLERANCE, DELTA, SolverParameters.SEED));
  }

  @Override
  protected NormalFormResultBuilder solve(NormalFormGame game, GameParameters values, SolveLimits limits,
      JobContext context) {
    MixedProfile profile;
    try {
      profile = Profiles.parse(values.getString("profile"), game);
    } catch (IllegalArgumentException e) {
      throw new SolverOptionException("profile", e.getMessage());
    }
    String conceptName = values.getString("concept");
    Concept concept = switch (conceptName) {
      case "ce" -> Concept.CORRELATED;
      case "cce" -> Concept.COARSE_CORRELATED;
      default -> Concept.NASH;
    };
    double range = game.maxUtility() - game.minUtility();
    double epsilon = values.getDouble("tolerance") > 0 ? values.getDouble("tolerance")
        : range > 0 ? RELATIVE_TOLERANCE_PERCENT / 100.0 * range : 1.0;
    EquilibriumTester tester = new EquilibriumTester(concept, epsilon, values.getDouble("delta"));
    double[] distribution = Profiles.product(game, profile);
    EquilibriumTester.Outcome outcome = tester.test(game, distribution,
        new SplittableRandom(values.getLong("seed")), MAX_SAMPLES);
    CorrelatedDistribution exact = CorrelatedDistribution.of(game, distribution);
    double exactGap = concept == Concept.CORRELATED ? CorrelatedMeasures.correlatedGap(game, exact)
        : CorrelatedMeasures.coarseCorrelatedGap(game, exact);
    String deviation = outcome.recommended() >= 0
        ? game.strategyName(outcome.player(), outcome.recommended()) + " -> "
            + game.strategyName(outcome.player(), outcome.deviation())
        : "-> " + game.strategyName(outcome.player(), outcome.deviation());
    return result(game, "equilibrium test").addApproximate(List.of(profile))
        .note(String.format(Locale.ROOT, "%s: the profile %s an epsilon-%s (epsilon %s, confidence %s)",
            outcome.passed() ? "PASSED" : "FAILED", outcome.passed() ? "is taken for" : "is not",
            conceptName.toUpperCase(Locale.ROOT), epsilon, 1.0 - values.getDouble("delta")))
        .note(String.format(Locale.ROOT, "largest estimated gain %.6g (%s %s); %d samples for %d deviations, "
                + "Hoeffding half-width %.3g; pass when <= epsilon/2",
            outcome.largestEstimatedGain(), game.playerName(outcome.player()), deviation, outcome.samples(),
            outcome.deviations(), outcome.halfWidth()))
        .note(String.format(Locale.ROOT, "exact gap computed from the payoff table, for comparison: %.6g", exactGap));
  }
}

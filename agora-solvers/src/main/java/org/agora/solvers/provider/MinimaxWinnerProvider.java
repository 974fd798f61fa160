package org.agora.solvers.provider;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.agora.core.GameParameters;
import org.agora.core.ParameterSpec;
import org.agora.core.Rational;
import org.agora.core.job.JobContext;
import org.agora.core.job.ProgressMeter;
import org.agora.core.normalform.NormalFormGame;
import org.agora.core.solve.GameValue;
import org.agora.core.solve.SolveLimits;
import org.agora.solvers.ExactMixedProfile;
import org.agora.solvers.MixedProfile;
import org.agora.solvers.preference.MinimaxWinner;
import org.agora.solvers.preference.PreferenceMatrix;
import org.agora.solvers.preference.SelfPlayPreferenceOptimisation;

/**
 * {@code minimax-winner}: the minimax (von Neumann) winner of the preference matrix given as the
 * row player's payoffs of a square two-player game ({@link PreferenceMatrix}: preference
 * probabilities, P + Pᵀ = 1, or a skew-symmetric margin matrix), exactly by LP
 * ({@link MinimaxWinner}) or, with {@code --samples N}, by self-play Hedge from N sampled comparisons
 * ({@link SelfPlayPreferenceOptimisation}). The profile is reported on the margin game M = P − Pᵀ
 * (both players play the winner; NashConv 0 exactly for an exact winner).
 */
public final class MinimaxWinnerProvider extends NormalFormSolverProvider {

  /** Sampled comparisons; 0 solves exactly. */
  static final ParameterSpec SAMPLES = ParameterSpec.integer("samples", 0, 0, Integer.MAX_VALUE,
      "minimax-winner: learn from this many sampled comparisons by self-play Hedge; 0 solves the exact LP (default: 0).");

  public MinimaxWinnerProvider() {
    super("minimax-winner", "minimax (von Neumann) winner of a preference matrix: exact LP, or --samples N "
        + "for self-play Hedge (Swamy et al. 2024)", List.of(SAMPLES, SolverParameters.SEED));
  }

  @Override
  protected NormalFormResultBuilder solve(NormalFormGame game, GameParameters values, SolveLimits limits,
      JobContext context) {
    PreferenceMatrix preferences = PreferenceMatrix.of(game);
    NormalFormGame margins = preferences.marginGame();
    int samples = values.getInt("samples");
    String kind = preferences.kind() == PreferenceMatrix.Kind.PROBABILITIES
        ? "preference probabilities (P + P^T = 1)" : "skew-symmetric margins";
    NormalFormResultBuilder result = result(margins, "minimax winner");
    if (samples == 0) {
      long n = preferences.size();
      limits.checkTableau(work(game), "exact LP tableau", n + 1, 2 * n + 2, true);
      Rational[] winner = new MinimaxWinner(ProgressMeter.of(context)).solve(preferences);
      result.value(GameValue.exact(Rational.ZERO)).addExact(List.of(ExactMixedProfile.of(winner, winner)));
      return result.note("read as " + kind + "; exact LP on the margin game M = P - P^T (value 0)")
          .note(worst(preferences, toDouble(winner)));
    }
    SelfPlayPreferenceOptimisation learner = new SelfPlayPreferenceOptimisation(samples);
    double[] lottery = learner.solve(preferences, new SplittableRandom(values.getLong("seed")));
    return result.addApproximate(List.of(MixedProfile.of(lottery, lottery)))
        .note(String.format(Locale.ROOT, "read as %s; self-play Hedge on %d sampled comparisons (%d rounds)", kind,
            (long) samples, learner.rounds(preferences.size())))
        .note(worst(preferences, lottery));
  }

  private static String worst(PreferenceMatrix preferences, double[] lottery) {
    double margin = MinimaxWinner.worstMargin(preferences, lottery);
    return preferences.kind() == PreferenceMatrix.Kind.PROBABILITIES
        ? String.format(Locale.ROOT, "least probability that the winner is preferred to an alternative: %.6g "
            + "(1/2 + worst margin / 2)", 0.5 + margin / 2.0)
        : String.format(Locale.ROOT, "worst expected margin against an alternative: %.6g", margin);
  }

  private static double[] toDouble(Rational[] values) {
    double[] doubles = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      doubles[i] = values[i].doubleValue();
    }
    return doubles;
  }
}

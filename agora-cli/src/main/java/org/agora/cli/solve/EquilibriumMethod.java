package org.agora.cli.solve;

import java.util.List;
import java.util.function.BiFunction;
import org.agora.cli.output.ProgressBar;
import org.agora.core.normalform.NormalFormGame;
import org.agora.solvers.ExactMixedProfile;
import org.agora.solvers.MixedProfile;

/**
 * A solver that lists Nash equilibria: exact by default and in floating point with
 * {@code --floating} when it has both modes; floating point only when it has no exact mode.
 */
final class EquilibriumMethod implements SolveMethod {

  private final String name;
  private final String description;
  private final BiFunction<NormalFormGame, SolveSettings, List<ExactMixedProfile>> exact;
  private final BiFunction<NormalFormGame, SolveSettings, List<MixedProfile>> floating;

  /**
   * @param exact the exact mode, or null when the solver has none
   * @param floating the floating-point mode, or null when the solver has none
   */
  EquilibriumMethod(String name, String description, BiFunction<NormalFormGame, SolveSettings, List<ExactMixedProfile>> exact,
      BiFunction<NormalFormGame, SolveSettings, List<MixedProfile>> floating) {
    this.name = name;
    this.description = description;
    this.exact = exact;
    this.floating = floating;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public SolveReport solve(NormalFormGame game, SolveSettings settings, ProgressBar progress) {
    SolveReport report = new SolveReport("Nash equilibrium");
    if (exact == null || (settings.floating() && floating != null)) {
      return report.addApproximate(floating.apply(game, settings));
    }
    return report.addExact(exact.apply(game, settings));
  }
}

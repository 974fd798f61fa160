package org.agora.cli.solve;

import java.util.List;
import java.util.function.Function;
import org.agora.cli.output.ProgressBar;
import org.agora.core.normalform.NormalFormGame;
import org.agora.solvers.ExactMixedProfile;
import org.agora.solvers.MixedProfile;

/**
 * A solver that lists Nash equilibria, exact by default and in floating point with
 * {@code --floating} when the solver has that mode.
 */
final class EquilibriumMethod implements SolveMethod {

  private final String name;
  private final String description;
  private final Function<NormalFormGame, List<ExactMixedProfile>> exact;
  private final Function<NormalFormGame, List<MixedProfile>> floating;

  /** @param floating the floating-point mode, or null when the solver has none */
  EquilibriumMethod(String name, String description, Function<NormalFormGame, List<ExactMixedProfile>> exact,
      Function<NormalFormGame, List<MixedProfile>> floating) {
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
    if (settings.floating() && floating != null) {
      return report.addApproximate(floating.apply(game));
    }
    return report.addExact(exact.apply(game));
  }
}

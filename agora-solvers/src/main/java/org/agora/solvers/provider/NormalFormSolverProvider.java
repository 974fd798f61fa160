package org.agora.solvers.provider;

import java.util.List;
import org.agora.core.Game;
import org.agora.core.GameParameters;
import org.agora.core.ParameterSpec;
import org.agora.core.job.JobContext;
import org.agora.core.normalform.NormalFormGame;
import org.agora.core.solve.NormalFormSolveResult;
import org.agora.core.solve.SolveLimits;
import org.agora.core.solve.SolveResult;
import org.agora.core.solve.SolverInput;

/**
 * A solver of normal-form games: reduces an extensive game to its normal form (within
 * {@link SolveLimits#maxProfiles()}), times the solver and returns its evaluated result.
 */
public abstract class NormalFormSolverProvider extends DeclaredSolverProvider {

  protected NormalFormSolverProvider(String name, String description, List<ParameterSpec> parameters) {
    super(name, description, parameters);
  }

  @Override
  public final SolverInput input() {
    return SolverInput.NORMAL_FORM;
  }

  @Override
  public boolean iterative() {
    return false;
  }

  @Override
  public final SolveResult solve(Game game, GameParameters values, SolveLimits limits, JobContext context) {
    NormalFormGame normalForm = SolveInputs.normalForm(game, limits.maxProfiles());
    context.cancellation().throwIfCancelled();
    long start = System.nanoTime();
    NormalFormResultBuilder result = solve(normalForm, values, limits, context);
    double seconds = (System.nanoTime() - start) / 1e9;
    return result.build(seconds);
  }

  /** A fresh result builder for this solver's results on {@code game}. */
  protected final NormalFormResultBuilder result(NormalFormGame game, String concept) {
    return new NormalFormResultBuilder(game, name(), concept);
  }

  /** {@code METHOD on GAME}, the subject of refusals. */
  protected final String work(NormalFormGame game) {
    return name() + " on " + game.name();
  }

  /**
   * Solves the normal-form game. Solvers whose work grows faster than the payoff table estimate it
   * first, from the strategy counts, and refuse when it is over {@code limits}.
   *
   * @throws IllegalArgumentException when the solver does not apply to the game
   * @throws org.agora.core.solve.SolveLimitExceededException when the work is out of reach
   */
  protected abstract NormalFormResultBuilder solve(NormalFormGame game, GameParameters values, SolveLimits limits,
      JobContext context);
}

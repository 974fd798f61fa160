package org.agora.solvers.provider;

import java.util.List;
import org.agora.core.Game;
import org.agora.core.GameParameters;
import org.agora.core.ParameterSpec;
import org.agora.core.job.JobContext;
import org.agora.core.solve.SolveLimits;
import org.agora.core.solve.SolveResult;
import org.agora.core.solve.SolverInput;
import org.agora.solvers.tree.GameTree;

/**
 * A solver on the compiled game tree: compiles the game (within {@link SolveLimits#maxNodes()}, with
 * exact values when the solver wants them), times the solver, then evaluates its profile.
 */
public abstract class TreeSolverProvider extends DeclaredSolverProvider {

  protected TreeSolverProvider(String name, String description, List<ParameterSpec> parameters) {
    super(name, description, parameters);
  }

  @Override
  public final SolverInput input() {
    return SolverInput.GAME_TREE;
  }

  @Override
  public final SolveResult solve(Game game, GameParameters values, SolveLimits limits, JobContext context) {
    GameTree tree = SolveInputs.tree(game, limits.maxNodes(), wantsExactValues(values));
    return solve(tree, values, limits, context);
  }

  /** Solves an already compiled tree within the default limits. */
  public final SolveResult solve(GameTree tree, GameParameters values, JobContext context) {
    return solve(tree, values, SolveLimits.defaults(), context);
  }

  /**
   * Solves an already compiled tree (compiled with exact values when {@link #wantsExactValues} says
   * so), refusing before it starts when its estimated work is over {@code limits}.
   *
   * @throws org.agora.core.solve.SolveLimitExceededException when the work is out of reach
   */
  public final SolveResult solve(GameTree tree, GameParameters values, SolveLimits limits, JobContext context) {
    context.cancellation().throwIfCancelled();
    long start = System.nanoTime();
    TreeResultBuilder result = solveTree(tree, values, limits, context);
    double seconds = (System.nanoTime() - start) / 1e9;
    return result.build(seconds);
  }

  /** A fresh result builder for this solver's {@code behaviour} on {@code tree}. */
  protected final TreeResultBuilder result(GameTree tree, String concept, double[] behaviour) {
    return new TreeResultBuilder(tree, name(), concept, behaviour);
  }

  /**
   * Solves the tree. Solvers whose work is not bounded by the tree's size and their iterations
   * estimate it first and refuse when it is over {@code limits}.
   *
   * @throws IllegalArgumentException when the solver does not apply to the game
   * @throws org.agora.core.solve.SolveLimitExceededException when the work is out of reach
   */
  protected abstract TreeResultBuilder solveTree(GameTree tree, GameParameters values, SolveLimits limits,
      JobContext context);

  /** {@code METHOD on GAME}, the subject of refusals. */
  protected final String work(GameTree tree) {
    return name() + " on " + tree.game().name();
  }
}

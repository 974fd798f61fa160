package org.agora.games.normalform;

import org.agora.core.GameParameters;
import org.agora.core.normalform.NormalFormGame;

/**
 * Shapley's game: a general-sum variant of rock–paper–scissors in which a win is worth 1 and a loss
 * or a draw 0 (so the players' payoffs do not sum to a constant).
 *
 * <pre>
 *              rock   paper  scissors
 *   rock       0,0    0,1    1,0
 *   paper      1,0    0,0    0,1
 *   scissors   0,1    1,0    0,0
 * </pre>
 *
 * Its unique equilibrium is uniform for both players, yet fictitious play does not converge to it:
 * play cycles with ever longer runs. This was the first counter-example to the convergence of
 * fictitious play in general-sum games.
 *
 * <p>L. S. Shapley, "Some Topics in Two-Person Games", in M. Dresher, L. S. Shapley and A. W. Tucker
 * (eds.), <i>Advances in Game Theory</i>, Annals of Mathematics Studies 52, Princeton University
 * Press, 1964.
 */
public final class ShapleysGameProvider extends FixedGameProvider {

  /** Registered name. */
  public static final String NAME = "shapleys_game";

  /** The game. */
  public static NormalFormGame create() {
    long[][] row = {
        {0, 0, 1},
        {1, 0, 0},
        {0, 1, 0}};
    return Payoffs.symmetric(GameParameters.none(NAME), "Shapley's game", RockPaperScissorsProvider.STRATEGIES,
        row);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "Shapley's 3x3 game: rock-paper-scissors paying 1 for a win, 0 otherwise; uniform equilibrium";
  }

  @Override
  NormalFormGame build() {
    return create();
  }
}

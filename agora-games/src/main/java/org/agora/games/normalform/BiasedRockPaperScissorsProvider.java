package org.agora.games.normalform;

import org.agora.core.GameParameters;
import org.agora.core.normalform.NormalFormGame;

/**
 * Biased rock–paper–scissors: rock–paper–scissors with unequal stakes, a standard test game for
 * no-regret and other learning dynamics because its equilibrium is far from uniform. The row
 * player's payoffs are
 *
 * <pre>
 *              rock  paper  scissors
 *   rock          0    -25        50
 *   paper        25      0        -5
 *   scissors    -50      5         0
 * </pre>
 *
 * and the game is zero-sum and symmetric (the matrix is antisymmetric). Its unique equilibrium
 * plays (rock, paper, scissors) with probabilities (1/16, 10/16, 5/16) for both players; every pure
 * strategy earns exactly 0 against it, the value of the game.
 */
public final class BiasedRockPaperScissorsProvider extends FixedGameProvider {

  /** Registered name. */
  public static final String NAME = "biased_rock_paper_scissors";

  /** The game. */
  public static NormalFormGame create() {
    long[][] row = {
        {0, -25, 50},
        {25, 0, -5},
        {-50, 5, 0}};
    return Payoffs.zeroSum(GameParameters.none(NAME), "Biased rock, paper, scissors",
        RockPaperScissorsProvider.STRATEGIES, RockPaperScissorsProvider.STRATEGIES, row);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "rock-paper-scissors with stakes 25, 50 and 5; zero-sum, equilibrium (1/16, 10/16, 5/16)";
  }

  @Override
  NormalFormGame build() {
    return create();
  }
}

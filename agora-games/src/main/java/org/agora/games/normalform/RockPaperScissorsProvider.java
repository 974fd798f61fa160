package org.agora.games.normalform;

import org.agora.core.GameParameters;
import org.agora.core.normalform.NormalFormGame;

/**
 * Rock–paper–scissors: both players show rock, paper or scissors at once. Rock beats scissors,
 * scissors beats paper, paper beats rock; the winner gets 1, the loser -1, a draw 0 each. Zero-sum,
 * with the uniform strategy (1/3, 1/3, 1/3) as the unique equilibrium and value 0.
 *
 * <p>Discussed (as "stone, paper, scissors") by J. von Neumann and O. Morgenstern, <i>Theory of Games
 * and Economic Behavior</i>, Princeton University Press, 1944.
 */
public final class RockPaperScissorsProvider extends FixedGameProvider {

  /** Registered name. */
  public static final String NAME = "rock_paper_scissors";

  /** Strategy names, in action order. */
  static final String[] STRATEGIES = {"rock", "paper", "scissors"};

  /** The game. */
  public static NormalFormGame create() {
    long[][] row = {
        {0, -1, 1},
        {1, 0, -1},
        {-1, 1, 0}};
    return Payoffs.zeroSum(GameParameters.none(NAME), "Rock, paper, scissors", STRATEGIES, STRATEGIES, row);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "rock-paper-scissors: win 1, lose -1, draw 0; zero-sum, uniform equilibrium";
  }

  @Override
  NormalFormGame build() {
    return create();
  }
}

package org.agora.games.normalform;

import org.agora.core.GameParameters;
import org.agora.core.normalform.NormalFormGame;

/**
 * Stag hunt: two hunters each hunt stag or hare. A stag needs both hunters and is worth 4 to each;
 * a hare can be caught alone and is worth 3 whatever the other does; a hunter who goes for the stag
 * alone gets 0.
 *
 * <pre>
 *           stag   hare
 *   stag    4,4    0,3
 *   hare    3,0    3,3
 * </pre>
 *
 * Both (stag, stag) (payoff dominant) and (hare, hare) (risk dominant) are strict equilibria; the
 * mixed equilibrium hunts stag with probability 3/4.
 *
 * <p>After J.-J. Rousseau's parable; the game-theoretic treatment is B. Skyrms, <i>The Stag Hunt and
 * the Evolution of Social Structure</i>, Cambridge University Press, 2004.
 */
public final class StagHuntProvider extends FixedGameProvider {

  /** Registered name. */
  public static final String NAME = "stag_hunt";

  /** The game. */
  public static NormalFormGame create() {
    String[] names = {"stag", "hare"};
    long[][] row = {
        {4, 0},
        {3, 3}};
    return Payoffs.symmetric(GameParameters.none(NAME), "Stag hunt", names, row);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "stag hunt: stag 4 if both hunt it, hare 3 alone; two strict equilibria";
  }

  @Override
  NormalFormGame build() {
    return create();
  }
}

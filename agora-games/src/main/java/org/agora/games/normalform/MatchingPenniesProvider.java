package org.agora.games.normalform;

import org.agora.core.GameParameters;
import org.agora.core.normalform.NormalFormGame;

/**
 * Matching pennies: both players show heads or tails at once. The row player (the matcher) wins 1
 * from the column player when the coins match and loses 1 when they differ. Zero-sum, with the
 * uniform strategy as the unique equilibrium and value 0.
 *
 * <p>J. von Neumann and O. Morgenstern, <i>Theory of Games and Economic Behavior</i>, Princeton
 * University Press, 1944.
 */
public final class MatchingPenniesProvider extends FixedGameProvider {

  /** Registered name. */
  public static final String NAME = "matching_pennies";

  /** The game. */
  public static NormalFormGame create() {
    String[] names = {"heads", "tails"};
    long[][] row = {
        {1, -1},
        {-1, 1}};
    return Payoffs.zeroSum(GameParameters.none(NAME), "Matching pennies", names, names, row);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "matching pennies: the row player wins 1 on a match, loses 1 otherwise";
  }

  @Override
  NormalFormGame build() {
    return create();
  }
}

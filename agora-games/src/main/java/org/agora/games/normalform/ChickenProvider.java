package org.agora.games.normalform;

import org.agora.core.GameParameters;
import org.agora.core.normalform.NormalFormGame;

/**
 * Chicken (hawk–dove): two drivers head for each other and each swerves or goes straight. Going
 * straight against a swerver wins 1 while the swerver loses 1; both swerving gives 0 each; both going
 * straight crashes, -10 each.
 *
 * <pre>
 *              swerve    straight
 *   swerve      0,0       -1,1
 *   straight    1,-1    -10,-10
 * </pre>
 *
 * The pure equilibria are the two profiles where exactly one driver swerves; the symmetric mixed
 * equilibrium goes straight with probability 1/10.
 *
 * <p>A. Rapoport and A. M. Chammah, "The Game of Chicken", <i>American Behavioral Scientist</i> 10(3),
 * 1966.
 */
public final class ChickenProvider extends FixedGameProvider {

  /** Registered name. */
  public static final String NAME = "chicken";

  /** The game. */
  public static NormalFormGame create() {
    String[] names = {"swerve", "straight"};
    long[][] row = {
        {0, -1},
        {1, -10}};
    return Payoffs.symmetric(GameParameters.none(NAME), "Chicken", names, row);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "chicken: swerve or go straight; a crash costs 10, two asymmetric pure equilibria";
  }

  @Override
  NormalFormGame build() {
    return create();
  }
}

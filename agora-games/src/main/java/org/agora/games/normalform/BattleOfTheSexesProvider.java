package org.agora.games.normalform;

import org.agora.core.GameParameters;
import org.agora.core.normalform.NormalFormGame;

/**
 * Battle of the sexes: two players want to spend the evening together, the row player preferring the
 * opera and the column player football. Meeting at one's preferred event is worth 3 to that player
 * and 2 to the other; failing to meet is worth 0 to both.
 *
 * <pre>
 *              opera   football
 *   opera       3,2      0,0
 *   football    0,0      2,3
 * </pre>
 *
 * Equilibria: (opera, opera), (football, football), and the mixed one where the row player goes to
 * the opera with probability 3/5 and the column player with probability 2/5.
 *
 * <p>R. D. Luce and H. Raiffa, <i>Games and Decisions: Introduction and Critical Survey</i>, Wiley,
 * 1957.
 */
public final class BattleOfTheSexesProvider extends FixedGameProvider {

  /** Registered name. */
  public static final String NAME = "battle_of_the_sexes";

  /** The game. */
  public static NormalFormGame create() {
    String[] names = {"opera", "football"};
    long[][] row = {
        {3, 0},
        {0, 2}};
    long[][] column = {
        {2, 0},
        {0, 3}};
    return Payoffs.bimatrix(GameParameters.none(NAME), "Battle of the sexes", names, names, row, column);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "battle of the sexes: coordinate on opera (row prefers) or football (column prefers)";
  }

  @Override
  NormalFormGame build() {
    return create();
  }
}

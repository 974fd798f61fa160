package org.agora.agents.rrps;

/**
 * {@code foxtrotbot}: alternates random throws with throws fixed by its previous one; a dummy bot
 * of the first competition (Billings 2000). Throws 1, 3, 5, ... (counting from 1) are random; throw
 * {@code n} for even {@code n} is its previous throw plus {@code n} (mod 3), so the offsets run 2,
 * 1, 0, 2, 1, 0, ... Half its throws are predictable from its own history, a loss of up to 0.5 a
 * throw against a bot that sees it.
 */
final class FoxtrotBot extends RoshamboBot {

  FoxtrotBot(int player, long seed) {
    super(player, seed);
  }

  @Override
  protected int next() {
    int n = round() + 1;
    if (n % 2 == 1) {
      return randomMove();
    }
    return (myLast() + n) % 3;
  }
}

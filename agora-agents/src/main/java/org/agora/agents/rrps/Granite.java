package org.agora.agents.rrps;

/**
 * {@code granite}: Aaron Davidson's "Granite 1.3" (1999 competition), a Markov predictor over the
 * interlaced history of both players. The entry's parameters are not published; ours: contexts of
 * up to two rounds, backing off to shorter ones until a context has been seen twice, and the reply of
 * highest expected value, deterministically (hence "granite": it does not bend; compare
 * {@link Marble}).
 */
final class Granite extends BackoffMarkovBot {

  Granite(int player, long seed) {
    super(player, seed, 2, 2);
  }

  @Override
  protected int next() {
    int reply = backoffReply();
    return reply < 0 ? randomMove() : reply;
  }
}

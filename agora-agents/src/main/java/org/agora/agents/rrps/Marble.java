package org.agora.agents.rrps;

/**
 * {@code marble}: Aaron Davidson's "Marble 1.4" (1999 competition), the successor of {@link Granite}.
 * The entry's parameters are not published; ours: contexts of up to three rounds of both players'
 * throws, backing off until a context has been seen three times, and one throw in ten played at
 * random so that a mirror of its model finds it harder to exploit.
 */
final class Marble extends BackoffMarkovBot {

  Marble(int player, long seed) {
    super(player, seed, 3, 3);
  }

  @Override
  protected int next() {
    int reply = backoffReply();
    return reply < 0 || random().nextInt(10) == 0 ? randomMove() : reply;
  }
}

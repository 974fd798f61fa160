package org.agora.agents.rrps;

/**
 * {@code driftbot}: biased by the opponent's last throw, with a bias that drifts; a dummy bot of
 * the first competition (Billings 2000). Each throw it takes the opponent's last throw with
 * probability 1/2 and a random throw otherwise, and adds a "gear" to it (mod 3); the gear starts at
 * 0 and moves on by 2 every 111 throws, so the copied throw becomes the one it beats, then the one
 * that beats it, and so on. The first throw is random. Half its throws are predictable, so its
 * worst case is a loss of 0.5 a throw.
 */
final class DriftBot extends RoshamboBot {

  /** Throws between gear changes. */
  static final int PERIOD = 111;

  DriftBot(int player, long seed) {
    super(player, seed);
  }

  @Override
  protected int next() {
    int t = round();
    if (t == 0) {
      return randomMove();
    }
    int gear = 2 * (t / PERIOD);
    int base = random().nextBoolean() ? opponentLast() : randomMove();
    return (base + gear) % 3;
  }
}

package org.agora.agents.rrps;

/**
 * {@code adddriftbot2}: throws the sum of the previous pair of throws, drifting over time; a dummy
 * bot of the first competition (Billings 2000). With probability 1/2 it throws {@code (own last +
 * opponent's last + gear) mod 3}, otherwise a random throw; the gear starts at 0 and moves on by 2
 * every 200 throws. The first throw is random. Deterministic half the time, so its worst case is a
 * loss of 0.5 a throw.
 */
final class AddDriftBot2 extends RoshamboBot {

  /** Throws between gear changes. */
  static final int PERIOD = 200;

  AddDriftBot2(int player, long seed) {
    super(player, seed);
  }

  @Override
  protected int next() {
    int t = round();
    if (t == 0 || random().nextBoolean()) {
      return randomMove();
    }
    int gear = 2 * (t / PERIOD);
    return (myLast() + opponentLast() + gear) % 3;
  }
}

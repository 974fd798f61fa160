package org.agora.agents.rrps;

/**
 * {@code switchalot}: seldom repeats its previous throw: it repeats it with probability 0.12 and
 * throws each of the other two with probability 0.44 (random on the first throw); a dummy bot of
 * the first competition (Billings 2000), a noisier {@link SwitchBot switchbot}. Against copybot it
 * wins 44%, ties 44% and loses 12% of its throws.
 */
final class Switchalot extends RoshamboBot {

  static final double REPEAT = 0.12;

  Switchalot(int player, long seed) {
    super(player, seed);
  }

  @Override
  protected int next() {
    int last = myLast();
    if (last < 0) {
      return randomMove();
    }
    double u = random().nextDouble();
    if (u < REPEAT) {
      return last;
    }
    return u < REPEAT + (1 - REPEAT) / 2 ? (last + 1) % 3 : (last + 2) % 3;
  }
}

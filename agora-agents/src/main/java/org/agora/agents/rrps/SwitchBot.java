package org.agora.agents.rrps;

/**
 * {@code switchbot}: never throws the same thing twice in a row, choosing uniformly between the two
 * throws other than its last one (random on the first throw); a dummy bot of the first competition
 * (Billings 2000). Its throws are individually balanced, but the missing repeat is a first-order
 * pattern: a bot that throws what its last throw beats never loses (it wins or ties), and copybot,
 * which throws what beats its last throw, loses about half the time.
 */
final class SwitchBot extends RoshamboBot {

  SwitchBot(int player, long seed) {
    super(player, seed);
  }

  @Override
  protected int next() {
    int last = myLast();
    if (last < 0) {
      return randomMove();
    }
    return (last + 1 + random().nextInt(2)) % 3;
  }
}

package org.agora.agents.rrps;

/** {@code rotatebot}: rock, paper, scissors, rock, ... in turn (Billings 2000). */
final class RotateBot extends RoshamboBot {

  RotateBot(int player, long seed) {
    super(player, seed);
  }

  @Override
  protected int next() {
    return round() % 3;
  }
}

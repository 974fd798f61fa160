package org.agora.agents.rrps;

/** {@code rockbot}: always rock, the competition's simplest fixed strategy (Billings 2000). */
final class RockBot extends RoshamboBot {

  RockBot(int player, long seed) {
    super(player, seed);
  }

  @Override
  protected int next() {
    return ROCK;
  }
}

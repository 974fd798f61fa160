package org.agora.agents.rrps;

/**
 * {@code randbot}: uniformly random throws, the optimal (Nash) strategy, which can neither lose nor
 * win in expectation (Billings 2000).
 */
final class RandBot extends RoshamboBot {

  RandBot(int player, long seed) {
    super(player, seed);
  }

  @Override
  protected int next() {
    return randomMove();
  }
}

package org.agora.agents.rrps;

/**
 * {@code copybot}: plays what beats the opponent's previous throw (rock on the first), a
 * one-step reactive strategy that loses to anything modelling it (Billings 2000).
 */
final class CopyBot extends RoshamboBot {

  CopyBot(int player, long seed) {
    super(player, seed);
  }

  @Override
  protected int next() {
    int last = opponentLast();
    return last < 0 ? ROCK : beat(last);
  }
}

package org.agora.agents.rrps;

/**
 * {@code r226bot}: a biased random bot, independently 20% rock, 20% paper and 60% scissors every
 * throw; a dummy bot of the first competition (Billings 2000). Rock beats it by 0.4 a throw, and so
 * does any frequency counter once it has seen the bias.
 */
final class R226Bot extends RoshamboBot {

  R226Bot(int player, long seed) {
    super(player, seed);
  }

  @Override
  protected int next() {
    double u = random().nextDouble();
    return u < 0.2 ? ROCK : u < 0.4 ? PAPER : SCISSORS;
  }
}

package org.agora.agents.rrps;

/**
 * {@code rrps_regret_matching}: regret matching (Hart and Mas-Colell, "A Simple Adaptive Procedure
 * Leading to Correlated Equilibrium", Econometrica 2000) over the three throws: after every throw
 * each alternative's regret grows by what it would have scored minus what the played throw scored,
 * and the next throw is drawn in proportion to the positive cumulative regrets (uniformly while none
 * is positive).
 */
final class RegretMatchingLearner extends RoshamboBot {

  private final double[] regrets = new double[3];

  RegretMatchingLearner(int player, long seed) {
    super(player, seed);
  }

  @Override
  public void restart() {
    super.restart();
    java.util.Arrays.fill(regrets, 0);
  }

  @Override
  protected int next() {
    int theirs = opponentLast();
    if (theirs >= 0) {
      int played = SicilianEnsemble.outcome(myLast(), theirs);
      for (int a = 0; a < 3; a++) {
        regrets[a] += SicilianEnsemble.outcome(a, theirs) - played;
      }
    }
    double total = 0;
    for (double r : regrets) {
      total += Math.max(r, 0);
    }
    if (total <= 0) {
      return randomMove();
    }
    double draw = random().nextDouble() * total;
    for (int a = 0; a < 2; a++) {
      draw -= Math.max(regrets[a], 0);
      if (draw < 0) {
        return a;
      }
    }
    return regrets[2] > 0 ? 2 : (regrets[1] > 0 ? 1 : 0);
  }
}

package org.agora.agents.rrps;

/**
 * {@code rrps_hedge}: Hedge, the exponential-weights algorithm (Freund and Schapire, "A
 * Decision-Theoretic Generalization of On-Line Learning and an Application to Boosting", JCSS 1997),
 * over the three throws with full information: each throw's weight is {@code exp(eta x its
 * cumulative payoff)} against the opponent's throws so far, and the next throw is drawn in
 * proportion to the weights. Option {@code eta} (default 0.1); {@code eta=0} is uniform play.
 */
final class HedgeLearner extends RoshamboBot {

  private final double eta;
  private final double[] payoffs = new double[3];
  private final double[] weights = new double[3];

  HedgeLearner(int player, long seed, double eta) {
    super(player, seed);
    this.eta = eta;
  }

  @Override
  public void restart() {
    super.restart();
    java.util.Arrays.fill(payoffs, 0);
  }

  @Override
  protected int next() {
    int theirs = opponentLast();
    if (theirs >= 0) {
      for (int a = 0; a < 3; a++) {
        payoffs[a] += SicilianEnsemble.outcome(a, theirs);
      }
    }
    double top = Math.max(payoffs[0], Math.max(payoffs[1], payoffs[2]));
    double total = 0;
    for (int a = 0; a < 3; a++) {
      weights[a] = Math.exp(eta * (payoffs[a] - top));
      total += weights[a];
    }
    double draw = random().nextDouble() * total;
    for (int a = 0; a < 2; a++) {
      draw -= weights[a];
      if (draw < 0) {
        return a;
      }
    }
    return 2;
  }
}

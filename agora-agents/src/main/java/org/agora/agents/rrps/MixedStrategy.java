package org.agora.agents.rrps;

/**
 * {@code mixed_strategy}: after the first RoShamBo competition's "Mixed Strategy" entry (Billings
 * 2000): rather than always playing its best predictor, it draws the predictor to follow at each
 * throw, in proportion to the squares of the predictors' positive scores (decaying by 0.95 per
 * throw), and plays randomly while none is scoring. The predictors beat: the opponent's most frequent
 * throw, what it threw after its last throw before, what it threw after the last joint throw and
 * after the last two joint throws before, and its beating of our last throw.
 *
 * <p>The report does not give the entry's rule; this randomised mixture of predictors is our
 * choice.
 */
final class MixedStrategy extends RoshamboBot {

  private static final int PREDICTORS = 5;
  private static final double DECAY = 0.95;

  private final int[] counts = new int[3];
  private final ContextPredictor[] contexts = {
      new ContextPredictor(ContextPredictor.Source.OPPONENT, 1),
      new ContextPredictor(ContextPredictor.Source.JOINT, 1),
      new ContextPredictor(ContextPredictor.Source.JOINT, 2)};
  private final double[] scores = new double[PREDICTORS];
  private final int[] proposals = new int[PREDICTORS];

  MixedStrategy(int player, long seed) {
    super(player, seed);
    restart();
  }

  @Override
  public void restart() {
    super.restart();
    java.util.Arrays.fill(counts, 0);
    java.util.Arrays.fill(scores, 0);
    java.util.Arrays.fill(proposals, -1);
    for (ContextPredictor c : contexts) {
      c.restart();
    }
  }

  @Override
  protected int next() {
    int t = round();
    if (t == 0) {
      return randomMove();
    }
    int theirs = opponentLast();
    for (int s = 0; s < PREDICTORS; s++) {
      scores[s] = DECAY * scores[s] + (proposals[s] < 0 ? 0 : SicilianEnsemble.outcome(proposals[s], theirs));
    }
    counts[theirs]++;
    proposals[0] = beat(IocaineBot.mostFrequent(counts, 0));
    for (int c = 0; c < contexts.length; c++) {
      contexts[c].update(this, t);
      int forecast = contexts[c].forecast(this, t, false);
      proposals[1 + c] = forecast < 0 ? -1 : beat(forecast);
    }
    proposals[4] = beat(beat(myLast()));
    double total = 0;
    for (int s = 0; s < PREDICTORS; s++) {
      total += weight(s);
    }
    if (total <= 0) {
      return randomMove();
    }
    double draw = random().nextDouble() * total;
    for (int s = 0; s < PREDICTORS; s++) {
      draw -= weight(s);
      if (draw < 0) {
        return proposals[s];
      }
    }
    return randomMove();
  }

  private double weight(int s) {
    return proposals[s] < 0 || scores[s] <= 0 ? 0 : scores[s] * scores[s];
  }
}

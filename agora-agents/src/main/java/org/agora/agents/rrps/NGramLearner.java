package org.agora.agents.rrps;

/**
 * {@code rrps_ngram}: an n-gram (variable-order context) predictor in the spirit of context-tree
 * prediction (Cleary and Witten's PPM, IEEE Trans. Communications 1984; Willems, Shtarkov and
 * Tjalkens' context-tree weighting, 1995, simplified): it counts what the opponent threw after every
 * context of the last 1 to {@code n} joint throws and forecasts from the longest context that has
 * been seen before (falling back to the opponent's overall frequencies), then plays the throw that
 * beats the forecast. Option {@code n} (3).
 */
final class NGramLearner extends RoshamboBot {

  private final ContextPredictor[] contexts;
  private final int[] counts = new int[3];

  NGramLearner(int player, long seed, int n) {
    super(player, seed);
    contexts = new ContextPredictor[n];
    for (int length = 1; length <= n; length++) {
      contexts[length - 1] = new ContextPredictor(ContextPredictor.Source.JOINT, length);
    }
  }

  @Override
  public void restart() {
    super.restart();
    java.util.Arrays.fill(counts, 0);
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
    counts[opponentLast()]++;
    for (ContextPredictor c : contexts) {
      c.update(this, t);
    }
    for (int length = contexts.length; length >= 1; length--) {
      int forecast = contexts[length - 1].forecast(this, t, false);
      if (forecast >= 0) {
        return beat(forecast);
      }
    }
    return beat(IocaineBot.mostFrequent(counts, 0));
  }
}

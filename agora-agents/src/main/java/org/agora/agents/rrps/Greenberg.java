package org.agora.agents.rrps;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code greenberg}: after Andrzej Nagorko's Greenberg, the winner of the second International
 * RoShamBo Programming Competition (Billings 2001), an Iocaine-Powder-style ensemble with more
 * predictors and decaying rather than sliding scores. Predictors: a random guess; the most frequent
 * throw of the whole match and of a decaying recent window; fixed-order context counts (what each
 * player threw after the last 1 to 5 opponent throws, the last 1 to 5 own throws and the last 1 to 3
 * joint throws); and the longest earlier match of the opponent and joint histories. Each forecast is
 * expanded into the six "Sicilian" strategies and the strategies are scored with decays 1, 0.99,
 * 0.95, 0.8 and 0.5; the best decay's choice is played ({@link SicilianEnsemble}).
 *
 * <p>The report gives Greenberg's structure (many predictors over several history lengths, scored
 * over decaying windows) but not its parameters: the context lengths, decays and the recent-window
 * decay (0.9) here are our choice.
 */
final class Greenberg extends RoshamboBot {

  private static final double[] DECAYS = {1.0, 0.99, 0.95, 0.8, 0.5};

  private final List<ContextPredictor> contexts = new ArrayList<>();
  private final HistoryMatcher theirMatcher = new HistoryMatcher(3, Integer.MAX_VALUE);
  private final HistoryMatcher jointMatcher = new HistoryMatcher(9, Integer.MAX_VALUE);
  private final SicilianEnsemble ensemble;
  private final int[] theirForecast;
  private final int[] ownForecast;
  private final int[] theirCounts = new int[3];
  private final int[] ownCounts = new int[3];
  private final double[] theirRecent = new double[3];
  private final double[] ownRecent = new double[3];
  private final int[] follows = new int[1];
  private final HistoryMatcher[] matchers = {theirMatcher, jointMatcher};

  Greenberg(int player, long seed) {
    super(player, seed);
    for (int length = 1; length <= 5; length++) {
      contexts.add(new ContextPredictor(ContextPredictor.Source.OPPONENT, length));
      contexts.add(new ContextPredictor(ContextPredictor.Source.OWN, length));
    }
    for (int length = 1; length <= 3; length++) {
      contexts.add(new ContextPredictor(ContextPredictor.Source.JOINT, length));
    }
    int predictors = 1 + 2 + contexts.size() + 2;
    ensemble = SicilianEnsemble.withDecays(predictors, DECAYS);
    theirForecast = new int[predictors];
    ownForecast = new int[predictors];
    restart();
  }

  @Override
  public void restart() {
    super.restart();
    ensemble.restart();
    for (ContextPredictor c : contexts) {
      c.restart();
    }
    theirMatcher.restart();
    jointMatcher.restart();
    java.util.Arrays.fill(theirCounts, 0);
    java.util.Arrays.fill(ownCounts, 0);
    java.util.Arrays.fill(theirRecent, 0);
    java.util.Arrays.fill(ownRecent, 0);
  }

  @Override
  protected int next() {
    int t = round();
    if (t > 0) {
      int theirs = opponentMove(t - 1);
      int mine = myMove(t - 1);
      ensemble.record(theirs);
      theirCounts[theirs]++;
      ownCounts[mine]++;
      for (int m = 0; m < 3; m++) {
        theirRecent[m] = 0.9 * theirRecent[m] + (m == theirs ? 1 : 0);
        ownRecent[m] = 0.9 * ownRecent[m] + (m == mine ? 1 : 0);
      }
      for (ContextPredictor c : contexts) {
        c.update(this, t);
      }
      theirMatcher.append(theirs);
      jointMatcher.append(3 * mine + theirs);
    }
    int k = 0;
    theirForecast[k] = randomMove();
    ownForecast[k++] = randomMove();
    theirForecast[k] = t == 0 ? -1 : IocaineBot.mostFrequent(theirCounts, 0);
    ownForecast[k++] = t == 0 ? -1 : IocaineBot.mostFrequent(ownCounts, 0);
    theirForecast[k] = t == 0 ? -1 : argmax(theirRecent);
    ownForecast[k++] = t == 0 ? -1 : argmax(ownRecent);
    for (ContextPredictor c : contexts) {
      theirForecast[k] = c.forecast(this, t, false);
      ownForecast[k++] = c.forecast(this, t, true);
    }
    for (HistoryMatcher matcher : matchers) {
      matcher.follows(follows);
      theirForecast[k] = follows[0] < 0 ? -1 : opponentMove(follows[0]);
      ownForecast[k++] = follows[0] < 0 ? -1 : myMove(follows[0]);
    }
    int move = ensemble.choose(theirForecast, ownForecast);
    return move < 0 ? randomMove() : move;
  }

  private static int argmax(double[] values) {
    int best = 0;
    for (int m = 1; m < values.length; m++) {
      if (values[m] > values[best]) {
        best = m;
      }
    }
    return best;
  }
}

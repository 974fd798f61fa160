package org.agora.agents.rrps;

/**
 * {@code phasenbott}: after Jakob Mandelson's Phasenbott, a top finisher of the first RoShamBo
 * competition (Billings 2000) that, like Iocaine Powder, plays history-matching predictions in
 * whichever "phase" (rotation of the predicted throw, for the opponent's and for its own predicted
 * next throw) has been scoring best. Predictors: the longest earlier match of the opponent, own and
 * joint histories, and what followed the last one and two joint throws (context counts); their six
 * phases are scored over the whole match and with decay 0.9, the better of the two deciding
 * ({@link SicilianEnsemble}). Random until a predictor has a forecast.
 *
 * <p>The report describes the entry only in outline; the predictor set and the decays are our
 * choice.
 */
final class Phasenbott extends RoshamboBot {

  private final HistoryMatcher[] matchers = {new HistoryMatcher(3, Integer.MAX_VALUE),
      new HistoryMatcher(3, Integer.MAX_VALUE), new HistoryMatcher(9, Integer.MAX_VALUE)};
  private final ContextPredictor[] contexts = {
      new ContextPredictor(ContextPredictor.Source.JOINT, 1), new ContextPredictor(ContextPredictor.Source.JOINT, 2)};
  private final SicilianEnsemble ensemble = SicilianEnsemble.withDecays(5, 1.0, 0.9);
  private final int[] theirForecast = new int[5];
  private final int[] ownForecast = new int[5];
  private final int[] follows = new int[1];

  Phasenbott(int player, long seed) {
    super(player, seed);
    restart();
  }

  @Override
  public void restart() {
    super.restart();
    ensemble.restart();
    for (HistoryMatcher matcher : matchers) {
      matcher.restart();
    }
    for (ContextPredictor c : contexts) {
      c.restart();
    }
  }

  @Override
  protected int next() {
    int t = round();
    if (t > 0) {
      int theirs = opponentMove(t - 1);
      int mine = myMove(t - 1);
      ensemble.record(theirs);
      matchers[0].append(theirs);
      matchers[1].append(mine);
      matchers[2].append(3 * mine + theirs);
      for (ContextPredictor c : contexts) {
        c.update(this, t);
      }
    }
    int k = 0;
    for (HistoryMatcher matcher : matchers) {
      matcher.follows(follows);
      theirForecast[k] = follows[0] < 0 ? -1 : opponentMove(follows[0]);
      ownForecast[k++] = follows[0] < 0 ? -1 : myMove(follows[0]);
    }
    for (ContextPredictor c : contexts) {
      theirForecast[k] = c.forecast(this, t, false);
      ownForecast[k++] = c.forecast(this, t, true);
    }
    int move = ensemble.choose(theirForecast, ownForecast);
    return move < 0 ? randomMove() : move;
  }
}

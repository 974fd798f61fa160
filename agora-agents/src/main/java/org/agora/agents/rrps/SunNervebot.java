package org.agora.agents.rrps;

/**
 * {@code sunNervebot}: after the first RoShamBo competition's "Sun Nervebot" (Billings 2000): it
 * beats its forecast of the opponent's next throw (what the opponent threw after the last joint
 * throw before, else its most frequent throw) until it "loses its nerve" after three losses in a
 * row, then plays randomly for the next ten throws before trying again.
 *
 * <p>The entry is described only in outline; the forecast, the three-loss trigger and the ten-throw
 * retreat are our choice.
 */
final class SunNervebot extends RoshamboBot {

  private final int[] counts = new int[3];
  private final ContextPredictor context = new ContextPredictor(ContextPredictor.Source.JOINT, 1);
  private int losses;
  private int nervous;

  SunNervebot(int player, long seed) {
    super(player, seed);
  }

  @Override
  public void restart() {
    super.restart();
    java.util.Arrays.fill(counts, 0);
    losses = 0;
    nervous = 0;
    context.restart();
  }

  @Override
  protected int next() {
    int theirs = opponentLast();
    if (theirs < 0) {
      return randomMove();
    }
    counts[theirs]++;
    context.update(this, round());
    losses = SicilianEnsemble.outcome(myLast(), theirs) < 0 ? losses + 1 : 0;
    if (losses >= 3) {
      nervous = 10;
      losses = 0;
    }
    if (nervous > 0) {
      nervous--;
      return randomMove();
    }
    int forecast = context.forecast(this, round(), false);
    return beat(forecast < 0 ? IocaineBot.mostFrequent(counts, 0) : forecast);
  }
}

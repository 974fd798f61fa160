package org.agora.agents.rrps;

/**
 * {@code multibot}: after Markus Enzenberger's MultiStrategy entry to the first RoShamBo
 * competition (Billings 2000): several simple strategies are run side by side, each scored by how
 * its proposals would have fared with a decay of 0.9 per throw, and the best one is played; when no
 * strategy is scoring above zero the bot plays randomly. The strategies: beat the opponent's most
 * frequent throw, beat its last throw, beat what it threw after its last throw before (first-order
 * context), beat what followed the longest earlier match of the joint history, beat the opponent's
 * beating of our last throw (against copiers), and random.
 *
 * <p>The report names the approach, not its strategies or parameters: those here are our choice.
 */
final class MultiBot extends RoshamboBot {

  private static final int STRATEGIES = 6;
  private static final double DECAY = 0.9;

  private final double[] scores = new double[STRATEGIES];
  private final int[] proposals = new int[STRATEGIES];
  private final int[] counts = new int[3];
  private final HistoryMatcher joint = new HistoryMatcher(9, Integer.MAX_VALUE);
  private final ContextPredictor firstOrder = new ContextPredictor(ContextPredictor.Source.OPPONENT, 1);
  private final int[] follows = new int[1];

  MultiBot(int player, long seed) {
    super(player, seed);
    restart();
  }

  @Override
  public void restart() {
    super.restart();
    java.util.Arrays.fill(scores, 0);
    java.util.Arrays.fill(proposals, -1);
    java.util.Arrays.fill(counts, 0);
    joint.restart();
    firstOrder.restart();
  }

  @Override
  protected int next() {
    int t = round();
    if (t == 0) {
      return randomMove();
    }
    int theirs = opponentLast();
    int mine = myLast();
    for (int s = 0; s < STRATEGIES; s++) {
      scores[s] = DECAY * scores[s] + (proposals[s] < 0 ? 0 : SicilianEnsemble.outcome(proposals[s], theirs));
    }
    counts[theirs]++;
    joint.append(3 * mine + theirs);
    firstOrder.update(this, t);
    proposals[0] = beat(IocaineBot.mostFrequent(counts, 0));
    proposals[1] = beat(theirs);
    int context = firstOrder.forecast(this, t, false);
    proposals[2] = context < 0 ? -1 : beat(context);
    joint.follows(follows);
    proposals[3] = follows[0] < 0 ? -1 : beat(opponentMove(follows[0]));
    proposals[4] = beat(beat(mine));
    proposals[5] = randomMove();
    int best = -1;
    for (int s = 0; s < STRATEGIES; s++) {
      if (proposals[s] >= 0 && scores[s] > 0 && (best < 0 || scores[s] > scores[best])) {
        best = s;
      }
    }
    return best < 0 ? randomMove() : proposals[best];
  }
}

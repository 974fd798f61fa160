package org.agora.agents.rrps;

/**
 * {@code sunCrazybot}: after the first RoShamBo competition's "Sun Crazybot" (Billings 2000): it
 * plays one simple strategy at a time and, whenever that strategy loses two of its last three
 * throws, jumps to another chosen at random. The strategies beat: the opponent's last throw, its most
 * frequent throw, what it threw after the last joint throw before; the fourth is random throws.
 *
 * <p>The entry is described only as erratic switching between simple strategies; the strategy set
 * and the switching rule are our choice.
 */
final class SunCrazybot extends RoshamboBot {

  private static final int STRATEGIES = 4;

  private final int[] counts = new int[3];
  private final ContextPredictor context = new ContextPredictor(ContextPredictor.Source.JOINT, 1);
  private int strategy;
  private int recent;

  SunCrazybot(int player, long seed) {
    super(player, seed);
    strategy = random().nextInt(STRATEGIES);
  }

  @Override
  public void restart() {
    super.restart();
    java.util.Arrays.fill(counts, 0);
    strategy = random().nextInt(STRATEGIES);
    recent = 0;
    context.restart();
  }

  @Override
  protected int next() {
    int t = round();
    if (t > 0) {
      int theirs = opponentLast();
      counts[theirs]++;
      context.update(this, t);
      boolean lost = SicilianEnsemble.outcome(myLast(), theirs) < 0;
      recent = ((recent << 1) | (lost ? 1 : 0)) & 7;
      if (Integer.bitCount(recent) >= 2) {
        strategy = (strategy + 1 + random().nextInt(STRATEGIES - 1)) % STRATEGIES;
        recent = 0;
      }
    }
    return switch (strategy) {
      case 0 -> t == 0 ? randomMove() : beat(opponentLast());
      case 1 -> t == 0 ? randomMove() : beat(IocaineBot.mostFrequent(counts, 0));
      case 2 -> contextMove(t);
      default -> randomMove();
    };
  }

  private int contextMove(int t) {
    int forecast = context.forecast(this, t, false);
    return forecast < 0 ? randomMove() : beat(forecast);
  }
}

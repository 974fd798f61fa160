package org.agora.agents.rrps;

/**
 * {@code addshiftbot3}: throws the sum of the previous pair of throws, shifting when it loses; a
 * dummy bot of the first competition (Billings 2000). With probability 0.8 it throws {@code (own
 * last + opponent's last + gear) mod 3}, otherwise a random throw (random on the first throw). It
 * keeps a score since its last shift and moves the gear on by 2 (and restarts the score) when it is
 * losing: by 3 or more within the first 20 throws since the shift, or by a tenth of the throws
 * since then after that. A fixed predictor of its rule wins a few throws, then the shift turns the
 * tables.
 */
final class AddShiftBot3 extends RoshamboBot {

  private int gear;
  private int recent;
  private int score;

  AddShiftBot3(int player, long seed) {
    super(player, seed);
  }

  @Override
  public void restart() {
    super.restart();
    gear = 0;
    recent = 0;
    score = 0;
  }

  @Override
  protected int next() {
    int mine = myLast();
    if (mine < 0) {
      return randomMove();
    }
    int theirs = opponentLast();
    if (mine == beat(theirs)) {
      score++;
    } else if (theirs == beat(mine)) {
      score--;
    }
    recent++;
    if (recent <= 20 ? score <= -3 : score <= -(recent / 10)) {
      gear = (gear + 2) % 3;
      recent = 0;
      score = 0;
    }
    if (random().nextDouble() < 0.2) {
      return randomMove();
    }
    return (mine + theirs + gear) % 3;
  }
}

package org.agora.agents.rrps;

/**
 * {@code freqbot2}: plays the throw that beats the opponent's most frequent throw so far in the match
 * (rock first, ties go to rock, then paper). One of Billings' dummy bots ("beat frequent pick") in
 * the 1999 competition: it wins against biased players and loses to anything that models it.
 */
final class FreqBot2 extends RoshamboBot {

  private final int[] counts = new int[3];

  FreqBot2(int player, long seed) {
    super(player, seed);
  }

  @Override
  public void restart() {
    super.restart();
    counts[0] = 0;
    counts[1] = 0;
    counts[2] = 0;
  }

  @Override
  protected int next() {
    int last = opponentLast();
    if (last >= 0) {
      counts[last]++;
    }
    int most = 0;
    for (int a = 1; a < 3; a++) {
      if (counts[a] > counts[most]) {
        most = a;
      }
    }
    return beat(most);
  }
}

package org.agora.agents.rrps;

/**
 * {@code markovbails}: Markian Hlynka's "Vroomfondel" (1999 competition), the fifth-order Markov
 * model of {@link Markov5} with bail-outs aimed at winning the match rather than maximising the
 * margin: once it leads by more than {@value #SAFE_LEAD} it plays uniformly at random (locking in
 * a won match), and when it trails by more than {@value #LOSS_LIMIT} it plays randomly too (cutting its
 * losses against an opponent that models it). The thresholds of the entry are not published; these are ours.
 */
final class MarkovBails extends Markov5 {

  static final int SAFE_LEAD = 100;
  static final int LOSS_LIMIT = 40;

  private int score;

  MarkovBails(int player, long seed) {
    super(player, seed);
  }

  @Override
  public void restart() {
    super.restart();
    score = 0;
  }

  @Override
  protected int next() {
    int n = round();
    if (n > 0) {
      score += ExpectedReply.outcome(myMove(n - 1), opponentMove(n - 1));
    }
    int model = markovMove();
    return score > SAFE_LEAD || score < -LOSS_LIMIT ? randomMove() : model;
  }
}

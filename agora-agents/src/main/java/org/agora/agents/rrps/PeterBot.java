package org.agora.agents.rrps;

/**
 * {@code peterbot}: Peter Baylie's entry (1999 competition). No description of it was published
 * (the report lists it among the weaker entries), so this is the simplest member of the family its
 * place implies: a first-order Markov model of the opponent, counting which throw followed each of
 * the opponent's throws and beating the most frequent successor of the opponent's last throw
 * (random while that throw has no successor yet).
 */
final class PeterBot extends RoshamboBot {

  private final ContextCounts counts = new ContextCounts(3);

  PeterBot(int player, long seed) {
    super(player, seed);
  }

  @Override
  public void restart() {
    super.restart();
    counts.clear();
  }

  @Override
  protected int next() {
    int n = round();
    if (n >= 2) {
      counts.add(opponentMove(n - 2), opponentMove(n - 1));
    }
    if (n == 0 || counts.total(opponentLast()) == 0) {
      return randomMove();
    }
    int c = opponentLast();
    int most = 0;
    for (int a = 1; a < 3; a++) {
      if (counts.count(c, a) > counts.count(c, most)) {
        most = a;
      }
    }
    return beat(most);
  }
}

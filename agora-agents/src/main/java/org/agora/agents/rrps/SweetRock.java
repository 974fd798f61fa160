package org.agora.agents.rrps;

import java.util.Arrays;

/**
 * {@code sweetrock}: "Sweet Rocky", Lourdes Peña's second entry to the first competition (Billings
 * 2000), {@link Piedra piedra}'s predictor with a hedge. Like piedra it counts, for each pair (own
 * throw, opponent's throw) of a round, what the opponent threw next, throws what beats the most
 * frequent follow-up of the last round's pair, starts with two random throws and turns random for
 * the rest of the match once its score reaches -40. It also remembers the opponent's most recent
 * follow-up of each pair; when that differs from the most frequent one but is nearly as frequent
 * (its count over 0.8 of the leader's, ratio {@code r}), it throws that recent follow-up itself with
 * probability {@code 1 - r} instead of the counter to the leader, as the entry did. (Despite its
 * name it has no bias towards rock.)
 */
final class SweetRock extends RoshamboBot {

  static final double CLOSE = 0.8;

  private final int[] follow = new int[27];
  /** recent[3 * own + theirs]: the opponent's latest follow-up of the pair, -1 if none. */
  private final int[] recent = new int[9];
  private int score;
  private boolean givenUp;

  SweetRock(int player, long seed) {
    super(player, seed);
    Arrays.fill(recent, -1);
  }

  @Override
  public void restart() {
    super.restart();
    Arrays.fill(follow, 0);
    Arrays.fill(recent, -1);
    score = 0;
    givenUp = false;
  }

  @Override
  protected int next() {
    int t = round();
    if (t > 0) {
      score += Piedra.outcome(myLast(), opponentLast());
      if (score <= Piedra.GIVE_UP) {
        givenUp = true;
      }
    }
    if (t >= 2) {
      int before = 3 * myMove(t - 2) + opponentMove(t - 2);
      follow[3 * before + opponentLast()]++;
      recent[before] = opponentLast();
    }
    if (t < 2 || givenUp) {
      return randomMove();
    }
    int now = 3 * myLast() + opponentLast();
    int prediction = Piedra.mostFrequent(follow, 3 * now);
    if (prediction < 0) {
      return randomMove();
    }
    int latest = recent[now];
    if (latest >= 0 && latest != prediction) {
      double ratio = (double) follow[3 * now + latest] / follow[3 * now + prediction];
      if (ratio > CLOSE && random().nextDouble() < 1 - ratio) {
        return latest;
      }
    }
    return beat(prediction);
  }
}

package org.agora.agents.rrps;

import java.util.Arrays;

/**
 * {@code piedra}: Lourdes Peña's entry to the first competition (Billings 2000): a first-order
 * predictor over the previous round. It counts, for each pair (own throw, opponent's throw) of a
 * round, what the opponent threw next, and throws what beats the opponent's most frequent follow-up
 * of the last round's pair (ties broken towards scissors, then paper). The first two throws, and
 * any throw whose pair has not been seen yet, are random. As a safeguard it keeps its score for the
 * match and, once that reaches -40, plays uniformly at random for the rest of the match.
 */
final class Piedra extends RoshamboBot {

  /** Score at which the bot gives up predicting for the rest of the match. */
  static final int GIVE_UP = -40;

  /** follow[9 * own + 3 * theirs + next]: how often the opponent threw next after the pair. */
  private final int[] follow = new int[27];
  private int score;
  private boolean givenUp;

  Piedra(int player, long seed) {
    super(player, seed);
  }

  @Override
  public void restart() {
    super.restart();
    Arrays.fill(follow, 0);
    score = 0;
    givenUp = false;
  }

  @Override
  protected int next() {
    int t = round();
    if (t > 0) {
      score += outcome(myLast(), opponentLast());
      if (score <= GIVE_UP) {
        givenUp = true;
      }
    }
    if (t >= 2) {
      follow[pair(t - 2) + opponentLast()]++;
    }
    if (t < 2 || givenUp) {
      return randomMove();
    }
    int prediction = mostFrequent(follow, pair(t - 1));
    return prediction < 0 ? randomMove() : beat(prediction);
  }

  /** The base index in {@code follow} of round {@code t}'s pair. */
  private int pair(int t) {
    return 9 * myMove(t) + 3 * opponentMove(t);
  }

  /** +1 if {@code mine} beats {@code theirs}, -1 if it loses, 0 on a tie. */
  static int outcome(int mine, int theirs) {
    return mine == theirs ? 0 : mine == beat(theirs) ? 1 : -1;
  }

  /**
   * The most frequent of {@code counts[base..base+2]}, ties going to the later throw (scissors over
   * paper over rock), or -1 when all three are 0.
   */
  static int mostFrequent(int[] counts, int base) {
    int best = -1;
    int bestCount = 0;
    for (int a = 0; a < 3; a++) {
      if (counts[base + a] > 0 && counts[base + a] >= bestCount) {
        best = a;
        bestCount = counts[base + a];
      }
    }
    return best;
  }
}

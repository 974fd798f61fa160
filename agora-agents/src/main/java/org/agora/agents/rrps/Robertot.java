package org.agora.agents.rrps;

import java.util.Arrays;

/**
 * {@code robertot}: Andreas Junghanns' entry (eighth in 1999), a history matcher with one predictor
 * per match length. For each length L from 1 to {@value #LENGTHS} it finds the most recent earlier
 * occurrence of the opponent's last L throws and predicts the throw that followed it; each
 * predictor is credited when its prediction comes true, and the bot beats the prediction of the
 * best-credited predictor that has one (random when none has). The search covers the last
 * {@value #WINDOW} rounds, visiting only the rounds that followed the opponent's last throw (a linked
 * list per throw); the crediting rule and window are ours.
 */
final class Robertot extends RoshamboBot {

  static final int LENGTHS = 10;
  static final int WINDOW = 250;

  private final int[] predictions = new int[LENGTHS + 1];
  private final int[] credit = new int[LENGTHS + 1];
  /** The latest round played after each opponent throw, or -1. */
  private final int[] latestAfter = new int[3];
  /** For each round t, the previous round played after the same opponent throw as round t, or -1. */
  private int[] previousAfter = new int[1024];

  Robertot(int player, long seed) {
    super(player, seed);
    Arrays.fill(latestAfter, -1);
  }

  @Override
  public void restart() {
    super.restart();
    Arrays.fill(latestAfter, -1);
    for (int l = 0; l <= LENGTHS; l++) {
      predictions[l] = -1;
      credit[l] = 0;
    }
  }

  @Override
  protected int next() {
    int n = round();
    int last = opponentLast();
    for (int l = 1; l <= LENGTHS; l++) {
      if (predictions[l] == last && last >= 0) {
        credit[l]++;
      }
      predictions[l] = -1;
    }
    if (n >= 2) {
      int before = opponentMove(n - 2);
      if (n - 1 >= previousAfter.length) {
        previousAfter = Arrays.copyOf(previousAfter, 2 * previousAfter.length);
      }
      previousAfter[n - 1] = latestAfter[before];
      latestAfter[before] = n - 1;
    }
    int found = 0;
    int start = n == 0 ? -1 : latestAfter[last];
    for (int t = start; t >= 1 && t >= n - WINDOW && found < LENGTHS; t = previousAfter[t]) {
      int length = 0;
      while (length < LENGTHS && t - 1 - length >= 0 && opponentMove(t - 1 - length) == opponentMove(n - 1 - length)) {
        length++;
      }
      for (int l = found + 1; l <= length; l++) {
        predictions[l] = opponentMove(t);
      }
      found = Math.max(found, length);
    }
    int best = -1;
    for (int l = 1; l <= LENGTHS; l++) {
      if (predictions[l] >= 0 && (best < 0 || credit[l] > credit[best])) {
        best = l;
      }
    }
    return best < 0 ? randomMove() : beat(predictions[best]);
  }
}

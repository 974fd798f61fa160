package org.agora.agents.rrps;

/**
 * {@code antirotnbot}: Billings' anti-rotation dummy bot (1999). It counts the opponent's rotations,
 * the difference between consecutive throws (repeat 0, up one +1, up two -1), ignoring which throw
 * was made, predicts the next throw as the last one shifted by each rotation with the counted
 * weights, and plays the reply of highest expected value (minimum as well as maximum count matter).
 * A fail-safe plays uniformly at random once it is behind by more than 4% of the throws so far
 * (the report's fail-safe is 4% of the match length; we use the throws played, which is the same at
 * the end of a match and safer early).
 */
final class AntiRotnBot extends RoshamboBot {

  private final int[] rotations = new int[3];
  private int score;

  AntiRotnBot(int player, long seed) {
    super(player, seed);
  }

  @Override
  public void restart() {
    super.restart();
    rotations[0] = 0;
    rotations[1] = 0;
    rotations[2] = 0;
    score = 0;
  }

  @Override
  protected int next() {
    int n = round();
    if (n == 0) {
      return randomMove();
    }
    score += ExpectedReply.outcome(myMove(n - 1), opponentMove(n - 1));
    if (n >= 2) {
      rotations[(opponentMove(n - 1) - opponentMove(n - 2) + 3) % 3]++;
    }
    if (score < -Math.max(n, 25) / 25) {
      return randomMove();
    }
    if (rotations[0] + rotations[1] + rotations[2] == 0) {
      return randomMove();
    }
    // the predicted throw is last + r with weight rotations[r]; weight of throw a is rotations[a - last]
    int last = opponentLast();
    return ExpectedReply.best(rotations[(3 - last) % 3], rotations[(4 - last) % 3], rotations[(5 - last) % 3]);
  }
}

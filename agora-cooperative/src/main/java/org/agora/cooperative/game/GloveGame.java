package org.agora.cooperative.game;

import org.agora.cooperative.CoalitionGame;

/**
 * The glove game: players {@code 0..left-1} hold a left glove, the others a right glove, and a
 * coalition is worth the number of pairs it can form, {@code v(S) = min(|S ∩ L|, |S ∩ R|)}. With
 * equal counts every player's Shapley value is 1/2.
 */
public final class GloveGame implements CoalitionGame {

  private final int left;
  private final int right;
  private final long leftMask;

  /** @param left number of left-glove holders; {@code right} likewise; both at least 1, total at most 62 */
  public GloveGame(int left, int right) {
    if (left < 1 || right < 1 || left + right > MAX_PLAYERS) {
      throw new IllegalArgumentException("glove: left and right must be at least 1 and sum to at most "
          + MAX_PLAYERS + ", not left=" + left + ", right=" + right);
    }
    this.left = left;
    this.right = right;
    this.leftMask = (1L << left) - 1;
  }

  @Override
  public int playerCount() {
    return left + right;
  }

  @Override
  public double value(long coalition) {
    return Math.min(Long.bitCount(coalition & leftMask), Long.bitCount(coalition & ~leftMask));
  }

  @Override
  public String describe() {
    return "glove(left=" + left + ",right=" + right + ")";
  }
}

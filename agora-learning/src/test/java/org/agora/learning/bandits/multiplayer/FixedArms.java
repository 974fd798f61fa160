package org.agora.learning.bandits.multiplayer;

/** A test policy: every player always pulls its given arm; records the last feedback it got. */
final class FixedArms implements MultiPlayerPolicy {

  private final int[] arms;
  private final int armCount;
  final double[] lastRewards;
  final int[] lastSharers;

  FixedArms(int armCount, int... arms) {
    this.arms = arms.clone();
    this.armCount = armCount;
    lastRewards = new double[arms.length];
    lastSharers = new int[arms.length];
  }

  @Override
  public int playerCount() {
    return arms.length;
  }

  @Override
  public int armCount() {
    return armCount;
  }

  @Override
  public void reset() {}

  @Override
  public void choose(long round, int[] chosen) {
    System.arraycopy(arms, 0, chosen, 0, arms.length);
  }

  @Override
  public void update(long round, int[] pulled, double[] rewards, int[] sharers) {
    System.arraycopy(rewards, 0, lastRewards, 0, rewards.length);
    System.arraycopy(sharers, 0, lastSharers, 0, sharers.length);
  }

  @Override
  public String describe() {
    return "fixed";
  }
}

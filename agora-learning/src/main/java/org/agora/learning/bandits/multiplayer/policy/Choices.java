package org.agora.learning.bandits.multiplayer.policy;

import java.util.random.RandomGenerator;

/** Uniform draws among the top-ranked arms of a learner, without allocation. */
final class Choices {

  private Choices() {}

  /** An arm drawn uniformly among the {@code top} arms of the learner's last ranking. */
  static int uniformTop(ArmIndices learner, int top, RandomGenerator random) {
    return learner.arm(random.nextInt(top));
  }

  /**
   * An arm drawn uniformly among the {@code top} arms of the learner's last ranking whose previous
   * position was below {@code arm}'s (index at the previous round at most {@code arm}'s, ties resolved
   * by position); uniformly among all {@code top} arms when there is none.
   *
   * @param previous the positions of the previous ranking, read from {@code offset}
   */
  static int uniformTopBelow(ArmIndices learner, int top, int[] previous, int offset, int arm, RandomGenerator random) {
    int reference = previous[offset + arm];
    int count = 0;
    for (int position = 0; position < top; position++) {
      if (previous[offset + learner.arm(position)] > reference) {
        count++;
      }
    }
    if (count == 0) {
      return uniformTop(learner, top, random);
    }
    int pick = random.nextInt(count);
    for (int position = 0; position < top; position++) {
      int candidate = learner.arm(position);
      if (previous[offset + candidate] > reference && pick-- == 0) {
        return candidate;
      }
    }
    throw new AssertionError("unreachable");
  }
}

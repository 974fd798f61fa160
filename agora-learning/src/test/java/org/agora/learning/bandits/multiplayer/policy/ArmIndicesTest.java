package org.agora.learning.bandits.multiplayer.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.agora.learning.bandits.policy.KlDivergence;
import org.agora.learning.bandits.policy.KlUcb;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bracketed KL-UCB ranking agrees with ranking the indices part 1's {@link KlUcb} solves for every
 * arm, on random reward streams where a random arm is pulled each round (so brackets of arms unpulled
 * for long stretches are exercised too). Pairs of indices closer than 1e-9 (solver tolerance) are
 * allowed either order.
 */
class ArmIndicesTest {

  static LongStream seeds() {
    return LongStream.range(0, 20);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void bracketedRankingIsTheOrderOfTheSolvedIndices(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int arms = 2 + random.nextInt(9);
    int depth = 1 + random.nextInt(arms);
    double[] means = new double[arms];
    for (int k = 0; k < arms; k++) {
      means[k] = random.nextInt(6) == 0 ? random.nextInt(2) : random.nextDouble();
    }
    ArmIndices ranked = new ArmIndices(arms, ArmIndices.Kind.KL_UCB);
    KlUcb reference = new KlUcb(arms, KlDivergence.BERNOULLI, 0, 1);
    double[] indices = new double[arms];
    for (long round = 1; round <= 3000; round++) {
      ranked.rank(round, depth);
      for (int k = 0; k < arms; k++) {
        indices[k] = reference.pulls(k) == 0 ? Double.POSITIVE_INFINITY : reference.index(k, round);
      }
      for (int position = 0; position < depth; position++) {
        int arm = ranked.arm(position);
        assertThat(ranked.position(arm)).isEqualTo(position);
        for (int other = 0; other < arms; other++) {
          if (ranked.position(other) > position) {
            assertThat(indices[other]).isLessThanOrEqualTo(indices[arm] + 1e-9);
          }
        }
      }
      // Mostly play the current leader or a random arm, as a learner would.
      int arm = random.nextInt(4) == 0 ? random.nextInt(arms) : ranked.arm(random.nextInt(depth));
      double reward = random.nextDouble() < means[arm] ? 1 : 0;
      ranked.update(arm, reward);
      reference.update(arm, reward);
    }
  }
}

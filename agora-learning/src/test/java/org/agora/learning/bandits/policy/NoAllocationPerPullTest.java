package org.agora.learning.bandits.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;
import org.agora.learning.bandits.BanditPolicy;
import org.agora.learning.bandits.BanditPolicyProvider;
import org.agora.learning.bandits.BanditProblem;
import org.agora.learning.bandits.BanditRegistry;
import org.agora.learning.bandits.BanditSetting;
import org.junit.jupiter.api.Test;

/**
 * No policy allocates per pull: the bytes the thread allocates over 100,000 rounds of choose, draw and
 * update stay under 64 KB (a policy allocating one 16-byte object per round would allocate 1.6 MB).
 * Uses the JVM's per-thread allocation counter; skipped where the JVM does not offer it.
 */
class NoAllocationPerPullTest {

  private static final int ROUNDS = 100_000;

  @Test
  void everyRegisteredPolicyPullsWithoutAllocating() {
    java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    assumeTrue(bean instanceof com.sun.management.ThreadMXBean);
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
    assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());
    BanditProblem problem = BanditRegistry.createProblem("bernoulli(0.2,0.4,0.6,0.8)");
    long thread = Thread.currentThread().getId();
    for (BanditPolicyProvider provider : BanditRegistry.policies()) {
      BanditPolicy policy = BanditRegistry.createPolicy(provider.name(), new BanditSetting(4, 2L * ROUNDS),
          new SplittableRandom(1));
      SplittableRandom rewards = new SplittableRandom(2);
      play(policy, problem, rewards, 1, ROUNDS);
      long before = threads.getThreadAllocatedBytes(thread);
      double total = play(policy, problem, rewards, ROUNDS + 1, 2L * ROUNDS);
      long allocated = threads.getThreadAllocatedBytes(thread) - before;
      assertThat(total).isPositive();
      assertThat(allocated).as(provider.name()).isLessThan(64 * 1024);
    }
  }

  private static double play(BanditPolicy policy, BanditProblem problem, SplittableRandom rewards, long from, long to) {
    double total = 0;
    for (long round = from; round <= to; round++) {
      int arm = policy.choose(round);
      double reward = problem.draw(arm, round, rewards);
      policy.update(arm, reward);
      total += reward;
    }
    return total;
  }
}

package org.agora.learning.bandits.multiplayer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * No registered multi-player policy allocates per round, nor does the simulation loop: a run of 50,000
 * rounds allocates less than 64 KB more than a run of 1,000 rounds (one 16-byte object per round would
 * be 800 KB). Uses the JVM's per-thread allocation counter; skipped where the JVM does not offer it.
 */
class NoAllocationPerRoundTest {

  @Test
  void everyPolicyRunsWithoutAllocatingPerRound() {
    java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    assumeTrue(bean instanceof com.sun.management.ThreadMXBean);
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
    assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());
    for (MultiPlayerPolicyProvider provider : MultiPlayerRegistry.policies()) {
      MultiPlayerProblem problem = MultiPlayerProblem.of("bernoulli(0.1,0.3,0.5,0.7,0.9)", 3,
          provider.models().get(0).text());
      MultiPlayerPolicy policy = MultiPlayerRegistry.createPolicy(provider.name(), problem, 50_000,
          new SplittableRandom(1));
      long small = allocated(threads, policy, problem, 1_000);
      long large = allocated(threads, policy, problem, 50_000);
      assertThat(large - small).as(provider.name()).isLessThan(64 * 1024);
    }
  }

  private static long allocated(com.sun.management.ThreadMXBean threads, MultiPlayerPolicy policy,
      MultiPlayerProblem problem, long horizon) {
    long[] grid = {horizon};
    MultiPlayerSimulation.run(policy, problem, horizon, new SplittableRandom(2), 2, grid);
    long thread = Thread.currentThread().getId();
    long before = threads.getThreadAllocatedBytes(thread);
    MultiPlayerSimulation.run(policy, problem, horizon, new SplittableRandom(2), 2, grid);
    return threads.getThreadAllocatedBytes(thread) - before;
  }
}

package org.agora.learning.bandits.contextual.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;
import org.agora.learning.bandits.contextual.ContextualBanditPolicy;
import org.agora.learning.bandits.contextual.ContextualBanditProblem;
import org.agora.learning.bandits.contextual.ContextualBanditRegistry;
import org.agora.learning.bandits.contextual.ContextualPolicyProvider;
import org.agora.learning.bandits.contextual.ContextualSetting;
import org.junit.jupiter.api.Test;

/**
 * No contextual policy or problem allocates per round: the bytes the thread allocates over 20,000
 * rounds of context draw, choose, reward draw and update stay under 64 KB (one 16-byte object per
 * round would be 320 KB). Uses the JVM's per-thread allocation counter; skipped where it is missing.
 */
class NoAllocationPerRoundTest {

  private static final int ROUNDS = 20_000;

  @Test
  void everyRegisteredPolicyPlaysWithoutAllocating() {
    java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    assumeTrue(bean instanceof com.sun.management.ThreadMXBean);
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
    assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());
    long thread = Thread.currentThread().getId();
    for (String problemText : new String[] {"linear(arms=4,dimension=6)", "logistic(arms=4,dimension=6)",
        "linear-shared(arms=4,dimension=2)"}) {
      ContextualBanditProblem problem = ContextualBanditRegistry.createProblem(problemText);
      for (ContextualPolicyProvider provider : ContextualBanditRegistry.policies()) {
        ContextualBanditPolicy policy = ContextualBanditRegistry.createPolicy(provider.name(),
            new ContextualSetting(problem.armCount(), problem.dimension(), 2L * ROUNDS), new SplittableRandom(1));
        SplittableRandom random = new SplittableRandom(2);
        double[] context = new double[problem.dimension()];
        play(policy, problem, random, context, 1, ROUNDS);
        long before = threads.getThreadAllocatedBytes(thread);
        double total = play(policy, problem, random, context, ROUNDS + 1, 2L * ROUNDS);
        long allocated = threads.getThreadAllocatedBytes(thread) - before;
        assertThat(total).isNotNaN();
        assertThat(allocated).as(provider.name() + " on " + problemText).isLessThan(64 * 1024);
      }
    }
  }

  private static double play(ContextualBanditPolicy policy, ContextualBanditProblem problem, SplittableRandom random,
      double[] context, long from, long to) {
    double total = 0;
    for (long round = from; round <= to; round++) {
      problem.drawContext(round, random, context);
      int arm = policy.choose(round, context);
      double reward = problem.draw(arm, context, random);
      policy.update(arm, context, reward);
      total += reward + problem.bestMean(context);
    }
    return total;
  }
}

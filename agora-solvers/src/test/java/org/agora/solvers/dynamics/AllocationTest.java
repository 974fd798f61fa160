package org.agora.solvers.dynamics;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import org.agora.core.normalform.NormalFormGame;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class AllocationTest {

  @Test
  void aStepAllocatesNothing() {
    Assumptions.assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean);
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    Assumptions.assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());
    long thread = Thread.currentThread().getId();
    NormalFormGame game = DynamicsFixtures.randomGame(11, 4, 3, 5);
    for (int kind = 0; kind < DynamicsFixtures.KINDS; kind++) {
      LearningDynamics dynamics = DynamicsFixtures.create(kind, game);
      for (int t = 0; t < 200; t++) {
        dynamics.step();
      }
      long before = threads.getThreadAllocatedBytes(thread);
      for (int t = 0; t < 2000; t++) {
        dynamics.step();
      }
      long allocated = threads.getThreadAllocatedBytes(thread) - before;
      // A single allocation per step would add up to at least 32 000 bytes.
      assertThat(allocated).as("%s (kind %d)", dynamics.getClass().getSimpleName(), kind).isLessThan(1024);
    }
  }
}

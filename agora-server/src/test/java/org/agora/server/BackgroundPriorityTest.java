package org.agora.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class BackgroundPriorityTest {

  @Test
  void aThreadLowersItsOwnPriorityAndNoOtherThreads() throws Exception {
    Assumptions.assumeTrue(Files.isSymbolicLink(Path.of("/proc/thread-self")) && Files.isExecutable(Path.of("/usr/bin/renice")),
        "needs Linux's /proc/thread-self and renice");
    OptionalInt before = BackgroundPriority.currentNice();
    AtomicReference<OptionalInt> inside = new AtomicReference<>();
    AtomicReference<Boolean> lowered = new AtomicReference<>();
    Thread worker = new Thread(() -> {
      lowered.set(BackgroundPriority.lowerCurrentThread());
      inside.set(BackgroundPriority.currentNice());
    });
    worker.start();
    worker.join();
    assertThat(lowered.get()).isTrue();
    assertThat(before).isPresent();
    // renice sets or adds (versions differ): either way the worker ends at least NICE and below the caller
    assertThat(inside.get()).isPresent();
    assertThat(inside.get().getAsInt()).isGreaterThanOrEqualTo(BackgroundPriority.NICE)
        .isGreaterThan(Math.min(before.getAsInt(), 18));
    assertThat(BackgroundPriority.currentNice()).as("the calling thread keeps its priority").isEqualTo(before);
  }
}

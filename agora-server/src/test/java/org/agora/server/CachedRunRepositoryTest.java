package org.agora.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.agora.store.RunStatus;
import org.junit.jupiter.api.Test;

/** The cache answers every read exactly as the repository under it would, after any sequence of writes. */
class CachedRunRepositoryTest {

  @Test
  void readsMatchTheUnderlyingRepositoryAfterRandomWrites() {
    SplittableRandom random = new SplittableRandom(11);
    for (int trial = 0; trial < 30; trial++) {
      InMemoryRunRepository stored = new InMemoryRunRepository();
      stored.create("solve", "before the cache", "{}", null); // loaded when the cache is made
      CachedRunRepository cached = new CachedRunRepository(stored);
      List<String> kinds = List.of("solve", "tournament", "psro");
      for (int step = 0; step < 60; step++) {
        long id = 1 + random.nextInt(8);
        switch (random.nextInt(9)) {
          case 0, 1 -> cached.create(kinds.get(random.nextInt(3)), "run", "{\"n\":" + step + "}", null);
          case 2 -> cached.markRunning(id);
          case 3 -> cached.updateProgress(id, step, 100);
          case 4 -> cached.complete(id, "{\"result\":" + step + "}");
          case 5 -> cached.fail(id, "failed at " + step);
          case 6 -> cached.cancel(id);
          case 7 -> cached.delete(id);
          default -> cached.interruptRunning();
        }
        for (long run = 1; run <= 10; run++) {
          assertThat(cached.get(run)).isEqualTo(stored.get(run));
          assertThat(cached.result(run)).isEqualTo(stored.result(run));
        }
        RunStatus status = random.nextBoolean() ? null : RunStatus.values()[random.nextInt(RunStatus.values().length)];
        String kind = random.nextBoolean() ? null : kinds.get(random.nextInt(3));
        RunFilter filter = new RunFilter(kind, status, 1 + random.nextInt(6));
        assertThat(cached.list(filter)).isEqualTo(stored.list(filter));
      }
    }
  }
}

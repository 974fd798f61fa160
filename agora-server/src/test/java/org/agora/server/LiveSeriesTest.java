package org.agora.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LiveSeriesTest {

  @Test
  void keepsEveryPointUpToItsCapacity() {
    LiveSeries live = new LiveSeries();
    assertThat(live.isEmpty()).isTrue();
    for (int i = 1; i <= LiveSeries.CAPACITY; i++) {
      live.add("exploitability", i, 1.0 / i);
    }
    LiveSeries.Snapshot snapshot = live.snapshot().get(0);
    assertThat(snapshot.name()).isEqualTo("exploitability");
    assertThat(snapshot.generation()).isZero();
    assertThat(snapshot.x()).hasSize(LiveSeries.CAPACITY);
    assertThat(snapshot.x()[0]).isEqualTo(1.0);
    assertThat(snapshot.y()[LiveSeries.CAPACITY - 1]).isEqualTo(1.0 / LiveSeries.CAPACITY);
  }

  @Test
  void aLongSeriesIsThinnedToAnEvenGridThatStillStartsAtTheFirstPoint() {
    SplittableRandom random = new SplittableRandom(5);
    for (int trial = 0; trial < 20; trial++) {
      int arrivals = 1 + random.nextInt(20 * LiveSeries.CAPACITY);
      LiveSeries live = new LiveSeries();
      for (int i = 0; i < arrivals; i++) {
        live.add("s", i, i * 2.0);
      }
      LiveSeries.Snapshot snapshot = live.snapshot().get(0);
      double[] x = snapshot.x();
      assertThat(x.length).isBetween(Math.min(arrivals, LiveSeries.CAPACITY / 2), LiveSeries.CAPACITY);
      assertThat(x[0]).isZero();
      long stride = 1L << snapshot.generation();
      for (int i = 0; i < x.length; i++) {
        assertThat(x[i]).isEqualTo(i * (double) stride); // every stride-th arrival, none missing
        assertThat(snapshot.y()[i]).isEqualTo(2 * x[i]);
      }
      assertThat(arrivals - 1 - x[x.length - 1]).isLessThan(stride); // the newest kept point is recent
    }
  }

  @Test
  void keepsAtMostEightSeriesInTheOrderTheyAppeared() {
    LiveSeries live = new LiveSeries();
    for (int s = 0; s < LiveSeries.MAX_SERIES + 3; s++) {
      live.add("series " + s, 1, s);
    }
    List<LiveSeries.Snapshot> all = live.snapshot();
    assertThat(all).hasSize(LiveSeries.MAX_SERIES);
    assertThat(all.get(0).name()).isEqualTo("series 0");
    assertThat(all.get(LiveSeries.MAX_SERIES - 1).name()).isEqualTo("series " + (LiveSeries.MAX_SERIES - 1));
  }
}

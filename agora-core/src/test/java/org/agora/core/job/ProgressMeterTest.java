package org.agora.core.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressMeterTest {

  @Test
  void eachStepIsReportedWithTheTotal() {
    List<Long> done = new ArrayList<>();
    List<Long> totals = new ArrayList<>();
    ProgressMeter meter = ProgressMeter.of(JobContext.sequential((d, t) -> {
      done.add(d);
      totals.add(t);
    }, Cancellation.create()), 3);
    meter.step();
    meter.step();
    assertThat(done).containsExactly(1L, 2L);
    assertThat(totals).containsExactly(3L, 3L);
    assertThat(meter.steps()).isEqualTo(2);
  }

  @Test
  void pointsGoToTheListenerAndAreIgnoredByDefault() {
    List<String> points = new ArrayList<>();
    ProgressListener recording = new ProgressListener() {
      @Override
      public void progress(long done, long total) {}

      @Override
      public void point(String series, double x, double y) {
        points.add(series + "@" + x + "=" + y);
      }
    };
    ProgressMeter meter = ProgressMeter.of(JobContext.sequential(recording, Cancellation.create()));
    meter.point("exploitability", 10, 0.25);
    meter.point("exploitability", 20, 0.125);
    assertThat(points).containsExactly("exploitability@10.0=0.25", "exploitability@20.0=0.125");
    ProgressMeter.of(JobContext.sequential((d, t) -> { }, Cancellation.create())).point("ignored", 1, 1);
    ProgressListener.NONE.point("ignored", 1, 1);
  }

  @Test
  void aCancelledJobStopsAtTheNextStepWithoutCountingIt() {
    Cancellation cancellation = Cancellation.create();
    List<Long> done = new ArrayList<>();
    ProgressMeter meter = ProgressMeter.of(JobContext.sequential((d, t) -> done.add(d), cancellation));
    meter.step();
    cancellation.cancel();
    assertThatThrownBy(meter::step).isInstanceOf(JobCancelledException.class);
    assertThat(meter.steps()).isEqualTo(1);
    assertThat(done).containsExactly(1L);
  }

  @Test
  void aTotalBelowOneOtherThanUnknownIsRefused() {
    assertThatThrownBy(() -> ProgressMeter.of(JobContext.sequential(), 0)).isInstanceOf(IllegalArgumentException.class);
  }
}

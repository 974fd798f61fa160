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

package org.agora.core.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JobModelTest {

  @Test
  void cancellationStaysSetAndStopsTheJob() {
    Cancellation flag = Cancellation.create();
    flag.throwIfCancelled();
    flag.cancel();
    assertThat(flag.isCancelled()).isTrue();
    assertThatThrownBy(flag::throwIfCancelled).isInstanceOf(JobCancelledException.class);
  }

  @Test
  void theSharedNeverFlagCannotBeSet() {
    assertThatThrownBy(() -> Cancellation.never().cancel()).isInstanceOf(UnsupportedOperationException.class);
    assertThat(Cancellation.never().isCancelled()).isFalse();
  }

  @Test
  void parallelWorkNeedsAnExecutor() {
    assertThatThrownBy(() -> new JobContext(ProgressListener.NONE, Cancellation.never(), null, 2))
        .hasMessageContaining("needs an executor");
    assertThatThrownBy(() -> new JobContext(ProgressListener.NONE, Cancellation.never(), null, 0))
        .hasMessageContaining("at least 1");
    assertThat(JobContext.sequential().parallelism()).isEqualTo(1);
  }

  @Test
  void anUnknownKindNamesTheKnownOnes() {
    assertThatThrownBy(() -> JobRegistry.find("no-such-kind"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown job kind 'no-such-kind'");
  }
}

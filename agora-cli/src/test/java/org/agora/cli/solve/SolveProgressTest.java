package org.agora.cli.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SolveProgressTest {

  @Test
  void stepsWithoutATotalAreCountedOffATerminalAtMostEveryTenSeconds() {
    StringWriter text = new StringWriter();
    long[] now = {0};
    SolveProgress progress = new SolveProgress(new PrintWriter(text), "sequence-lcp", "pivots", false, () -> now[0]);
    progress.progress(1, -1);
    assertThat(text.toString()).isEmpty();
    now[0] = TimeUnit.SECONDS.toNanos(2);
    progress.progress(2, -1);
    now[0] = TimeUnit.SECONDS.toNanos(5);
    progress.progress(3, -1);
    now[0] = TimeUnit.SECONDS.toNanos(13);
    progress.progress(1234, -1);
    progress.finish();
    progress.finish();
    assertThat(text.toString().lines()).containsExactly("sequence-lcp: 2 pivots, 2.0 s",
        "sequence-lcp: 1,234 pivots, 13.0 s", "sequence-lcp: 1,234 pivots, 13.0 s");
    assertThat(progress.done()).isEqualTo(1234);
  }

  @Test
  void nothingIsShownForWorkThatEndsWithinASecond() {
    StringWriter text = new StringWriter();
    SolveProgress progress = new SolveProgress(new PrintWriter(text), "lcp", "pivots", true, () -> 0L);
    progress.progress(5, -1);
    progress.finish();
    assertThat(text.toString()).isEmpty();
  }
}

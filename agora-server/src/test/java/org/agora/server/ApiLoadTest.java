package org.agora.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.agora.server.ApiLoadGenerator.Report;
import org.agora.server.ApiLoadGenerator.RequestType;
import org.agora.server.ApiLoadGenerator.Settings;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bounded load test: 50 concurrent clients, a fixed number of requests each, against a server over
 * SQLite whose two workers are busy with long jobs. It checks that nothing fails (no 5xx, every other
 * answer the expected one, a full queue refused with 503 only) and that no accepted job is lost, and
 * prints the latency figures. {@code scripts/load-test 50 200} runs the larger version for the note.
 */
@Tag("load")
class ApiLoadTest {

  /**
   * A pathology guard, not a benchmark: the target is a read p99 under 100 ms, but this short run shares a
   * noisy 2-core machine with the build and other test JVMs, with the clients in the server's own JVM, so
   * asserting 100 ms would fail for reasons that are not the server's. Alone on the machine this test's
   * reads measured p99 97 ms, and {@code scripts/load-test 50 200} (after its warm-up) 25 to 45 ms; a p99
   * over 5 s means something is wrong (a read waiting behind a whole job, a lock held across a solve or a
   * tournament). The measured p99 is printed against the target.
   */
  private static final Duration READ_P99_GUARD = Duration.ofSeconds(5);

  @TempDir
  Path directory;

  @Test
  void fiftyClientsReadAndSubmitWhileTwoJobsRunWithoutErrorsOrLostJobs() {
    Settings settings = new Settings(50, 40, Duration.ofSeconds(90), 7, false, true, 0, 20);

    Report report = ApiLoadGenerator.run(settings, directory);

    System.out.print(report.format(settings));
    assertThat(report.failures()).isEmpty();
    assertThat(report.sent()).isEqualTo(50 * 40);
    assertThat(report.serverErrors()).isZero();
    // every submission was either accepted or refused for a full queue, and every accepted one completed
    assertThat(report.accepted() + report.rejected()).isEqualTo(report.latencies().get(RequestType.SUBMIT).sorted().length);
    assertThat(report.finalStatuses().get("completed")).isEqualTo(report.accepted() + 1);
    assertThat(report.finalStatuses().get("cancelled")).isEqualTo(2);
    assertThat(report.reads().percentile(0.99)).isLessThan(READ_P99_GUARD.toNanos());
  }
}

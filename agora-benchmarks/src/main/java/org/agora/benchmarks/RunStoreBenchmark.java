package org.agora.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.agora.store.AgoraDatabase;
import org.agora.store.RunStore;
import org.agora.store.RunSummary;
import org.agora.store.StoredRun;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Calls per second on the record of job runs ({@link RunStore} from an {@link AgoraDatabase} on
 * SQLite, a file in a temporary directory holding {@value #RUNS} runs, each completed with a
 * {@value #RESULT_CHARS}-character result): {@link #updateProgress} records the progress of a
 * running run (one single-row update and commit), {@link #listNewest} reads the newest 50 summaries
 * (no result text), {@link #get} reads one run with its specification.
 *
 * <p>Run with {@code scripts/bench RunStoreBenchmark}. On the project's machine (2 cores shared with
 * another build, load average about 2, JDK 17): updateProgress 24,700 +/- 14,200 and
 * 31,800 +/- 10,700 calls/s (two runs), get 35,300 +/- 3,100, listNewest 2,870 +/- 1,220 lists/s
 * (309 +/- 83 before the listing tested the result's presence with {@code typeof}, which reads
 * only the record header).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 2, timeUnit = TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-XX:+IgnoreUnrecognizedVMOptions", "--enable-native-access=ALL-UNNAMED",
    "--sun-misc-unsafe-memory-access=allow"})
@State(Scope.Thread)
public class RunStoreBenchmark {

  /** Runs stored before measuring. */
  static final int RUNS = 1000;
  /** Characters of each stored result. */
  static final int RESULT_CHARS = 100_000;

  private Path directory;
  private AgoraDatabase database;
  private RunStore runs;
  private long running;
  private long done;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    directory = Files.createTempDirectory("agora-runs-bench");
    database = AgoraDatabase.openDataDirectory(directory);
    runs = database.runs();
    String result = "[" + "0.125,".repeat(RESULT_CHARS / 6) + "0]";
    for (int r = 0; r < RUNS; r++) {
      long id = runs.create(r % 2 == 0 ? "solve" : "tournament", "run " + r, "{\"game\":\"kuhn_poker\"}");
      runs.markRunning(id);
      runs.complete(id, result);
    }
    running = runs.create("solve", "running", "{}");
    runs.markRunning(running);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    database.close();
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }

  /** Records the progress of a running run. */
  @Benchmark
  public boolean updateProgress() {
    return runs.updateProgress(running, ++done, Long.MAX_VALUE);
  }

  /** The newest 50 run summaries. */
  @Benchmark
  public List<RunSummary> listNewest() {
    return runs.list(null, null, 50, 0);
  }

  /** One run with its specification. */
  @Benchmark
  public StoredRun get() {
    return runs.get(running);
  }
}

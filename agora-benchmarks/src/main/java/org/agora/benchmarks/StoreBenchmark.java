package org.agora.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.agora.evaluation.tournament.MatchRecord;
import org.agora.evaluation.tournament.TournamentSpec;
import org.agora.store.TournamentStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Match rows per second through the embedded store ({@link TournamentStore} on SQLite, a file in a
 * temporary directory): {@link #writeBlock} stores one block of {@value #BLOCK} new two-player match
 * rows in one transaction, as a tournament run does; {@link #rewriteBlock} stores a block that is
 * already stored (the idempotent path of a resumed run); {@link #readAll} streams back all
 * {@value #STORED} rows of a stored tournament in index order. Scores are match rows per second.
 *
 * <p>Run with {@code scripts/bench StoreBenchmark}. On the project's machine (2 cores shared with
 * other builds, load average about 10, JDK 17): writeBlock 53,000 +/- 48,000, rewriteBlock
 * 204,000 +/- 126,000, readAll 272,000 +/- 126,000 match rows/s.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 2, timeUnit = TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-XX:+IgnoreUnrecognizedVMOptions", "--enable-native-access=ALL-UNNAMED",
    "--sun-misc-unsafe-memory-access=allow"})
@State(Scope.Thread)
public class StoreBenchmark {

  /** Match rows per block (the tournament runner's block). */
  static final int BLOCK = 64;
  /** Rows of the tournament read back. */
  static final int STORED = 64 * 256;

  private Path directory;
  private TournamentStore store;
  private long writing;
  private long stored;
  private long next;
  private List<MatchRecord> template;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    directory = Files.createTempDirectory("agora-store-bench");
    store = TournamentStore.openDataDirectory(directory);
    TournamentSpec spec = TournamentSpec.roundRobin("repeated_rock_paper_scissors", List.of("a", "b"), 1_000_000_000, 1);
    writing = store.create(spec, 2);
    stored = store.create(spec, 2);
    for (long first = 0; first < STORED; first += BLOCK) {
      store.write(stored, block(first));
    }
    template = block(0);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    store.close();
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }

  /** Stores {@value #BLOCK} new match rows in one transaction. */
  @Benchmark
  @OperationsPerInvocation(BLOCK)
  public void writeBlock() {
    store.write(writing, block(next));
    next += BLOCK;
  }

  /** Stores {@value #BLOCK} match rows that are stored already: nothing changes. */
  @Benchmark
  @OperationsPerInvocation(BLOCK)
  public void rewriteBlock() {
    store.write(stored, template);
  }

  /** Streams back the {@value #STORED} rows of a stored tournament. */
  @Benchmark
  @OperationsPerInvocation(STORED)
  public long readAll() {
    long[] sum = {0};
    store.forEachMatch(stored, record -> sum[0] += record.length());
    return sum[0];
  }

  private static List<MatchRecord> block(long first) {
    SplittableRandom random = new SplittableRandom(first);
    List<MatchRecord> records = new ArrayList<>(BLOCK);
    for (long index = first; index < first + BLOCK; index++) {
      double score = random.nextInt(-1000, 1001);
      int swap = (int) (index & 1);
      records.add(new MatchRecord(index, (int) (index / 1000), (int) (index % 1000), new int[] {swap, 1 - swap},
          random.nextLong(), new double[] {score, -score}, 1000, random.nextLong(1_000_000, 50_000_000)));
    }
    return records;
  }
}

package org.agora.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.agora.cooperative.CoalitionGame;
import org.agora.cooperative.game.BudgetedGame;
import org.agora.cooperative.game.GloveGame;
import org.agora.cooperative.game.SyntheticGames;
import org.agora.cooperative.game.TableGame;
import org.agora.cooperative.shapley.ExactShapley;
import org.agora.cooperative.shapley.ShapleyEstimate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Coalition games on one thread: coalition evaluations per second of a 20-player table game (random
 * masks, one array read each) and of the budgeted cache over it (every mask already cached), and
 * the time of exact Shapley values for 20 players (2^20 evaluations, Gray-code pass) on the table
 * game and on the formula game glove(10,10). Run with {@code scripts/bench CoalitionBenchmark}.
 */
@Warmup(iterations = 3, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-XX:+IgnoreUnrecognizedVMOptions", "--sun-misc-unsafe-memory-access=allow"})
@State(Scope.Thread)
public class CoalitionBenchmark {

  private static final int PLAYERS = 20;
  private static final int LOOKUPS = 4096;

  private TableGame table;
  private BudgetedGame cached;
  private CoalitionGame glove;
  private long[] masks;

  @Setup
  public void setUp() {
    table = SyntheticGames.randomTable(PLAYERS, 1);
    glove = new GloveGame(PLAYERS / 2, PLAYERS / 2);
    SplittableRandom random = new SplittableRandom(2);
    masks = new long[LOOKUPS];
    for (int k = 0; k < LOOKUPS; k++) {
      masks[k] = random.nextInt(1 << PLAYERS);
    }
    cached = new BudgetedGame(table, LOOKUPS);
    for (long mask : masks) {
      cached.value(mask);
    }
  }

  /** Table-game coalition evaluations per second. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @OperationsPerInvocation(LOOKUPS)
  public double tableEvaluations() {
    double sum = 0;
    for (long mask : masks) {
      sum += table.value(mask);
    }
    return sum;
  }

  /** Cached lookups per second through the budgeted wrapper's open-addressing map. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @OperationsPerInvocation(LOOKUPS)
  public double cachedLookups() {
    double sum = 0;
    for (long mask : masks) {
      sum += cached.value(mask);
    }
    return sum;
  }

  /** Exact Shapley values of the 20-player table game. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public ShapleyEstimate exactShapleyTable20() {
    return new ExactShapley().estimate(table, 1L << PLAYERS, 0);
  }

  /** Exact Shapley values of glove(10,10), evaluated by formula. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public ShapleyEstimate exactShapleyGlove20() {
    return new ExactShapley().estimate(glove, 1L << PLAYERS, 0);
  }
}

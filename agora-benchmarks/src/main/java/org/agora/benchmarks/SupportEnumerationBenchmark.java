package org.agora.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.agora.core.normalform.NormalFormGame;
import org.agora.solvers.ExactMixedProfile;
import org.agora.solvers.nash.SupportEnumerationSolver;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** All equilibria of a random bimatrix game (integer payoffs in [0, 100)) by exact support enumeration. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 2, timeUnit = TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-XX:+IgnoreUnrecognizedVMOptions", "--sun-misc-unsafe-memory-access=allow"})
@State(Scope.Thread)
public class SupportEnumerationBenchmark {

  @Param({"8", "10"})
  public int size;

  private NormalFormGame game;

  @Setup
  public void setUp() {
    game = RandomGames.integerPayoffs(2026, size, size);
  }

  @Benchmark
  public List<ExactMixedProfile> solve() {
    return new SupportEnumerationSolver().solve(game);
  }
}

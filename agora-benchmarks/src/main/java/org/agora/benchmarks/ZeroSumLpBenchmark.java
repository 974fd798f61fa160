package org.agora.benchmarks;

import java.util.concurrent.TimeUnit;
import org.agora.core.normalform.NormalFormGame;
import org.agora.solvers.nash.ZeroSumLpSolver;
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

/** Value and optimal strategies of a random zero-sum game (payoffs uniform in [-1, 1]) by LP (ojAlgo). */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 2, timeUnit = TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-XX:+IgnoreUnrecognizedVMOptions", "--sun-misc-unsafe-memory-access=allow"})
@State(Scope.Thread)
public class ZeroSumLpBenchmark {

  @Param({"200", "400"})
  public int size;

  private NormalFormGame game;

  @Setup
  public void setUp() {
    game = RandomGames.zeroSum(2026, size);
  }

  @Benchmark
  public ZeroSumLpSolver.ZeroSumSolution solve() {
    return new ZeroSumLpSolver().solve(game);
  }
}

package org.agora.benchmarks;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.agora.learning.bandits.multiplayer.MultiPlayerExperiment;
import org.agora.learning.bandits.multiplayer.MultiPlayerRun;
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

/**
 * SMPyBandits' default multi-player experiment, which its README puts at about 20 minutes per
 * simulation on 4 CPUs: K = 9 Bernoulli arms with means 0.1, ..., 0.9, M = 6 players with collision
 * sensing, T = 10,000 rounds, 100 repetitions. One operation is the whole experiment for the policies
 * given (separated by ';'), through {@link MultiPlayerExperiment#run(int)} on {@code threads} threads,
 * the runner the CLI calls. Run with {@code scripts/bench MultiPlayerBanditBenchmark -wi 2 -i 3 -f 1}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 3, time = 1, timeUnit = TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-XX:+IgnoreUnrecognizedVMOptions", "--sun-misc-unsafe-memory-access=allow"})
@State(Scope.Benchmark)
public class MultiPlayerBanditBenchmark {

  private static final String ARMS = "bernoulli(0.1,0.2,0.3,0.4,0.5,0.6,0.7,0.8,0.9)";

  @Param({"mctopm(index=kl-ucb)", "rhorand(index=kl-ucb)", "mctopm(index=kl-ucb);rhorand(index=kl-ucb)"})
  public String policies;

  @Param({"2"})
  public int threads;

  @Param({"100"})
  public int repetitions;

  private MultiPlayerExperiment experiment;

  @Setup
  public void setUp() {
    List<String> list = Arrays.asList(policies.split(";"));
    experiment = new MultiPlayerExperiment(list, ARMS, 6, "sensing", 10_000, repetitions, 42);
  }

  @Benchmark
  public double experiment() {
    double total = 0;
    for (MultiPlayerRun run : experiment.run(threads)) {
      total += run.finalRegret();
    }
    return total;
  }
}

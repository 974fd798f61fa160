package org.agora.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.agora.learning.bandits.BanditPolicy;
import org.agora.learning.bandits.BanditProblem;
import org.agora.learning.bandits.BanditRegistry;
import org.agora.learning.bandits.BanditSetting;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Single-player bandit pulls per second on one thread: each operation is one round, {@code choose},
 * a Bernoulli reward draw and {@code update}, on K Bernoulli arms with means evenly spaced in (0, 1).
 * The round counter keeps growing across invocations, as in one long run. Run with {@code
 * scripts/bench BanditPolicyBenchmark}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-XX:+IgnoreUnrecognizedVMOptions", "--sun-misc-unsafe-memory-access=allow"})
@State(Scope.Thread)
public class BanditPolicyBenchmark {

  private static final int PULLS = 4096;

  @Param({"ucb1", "kl-ucb", "thompson"})
  public String policy;

  @Param({"10"})
  public int arms;

  private BanditPolicy learner;
  private BanditProblem problem;
  private SplittableRandom rewards;
  private long round;

  @Setup
  public void setUp() {
    StringBuilder means = new StringBuilder("bernoulli(");
    for (int k = 0; k < arms; k++) {
      means.append(k == 0 ? "" : ",").append((k + 0.5) / arms);
    }
    problem = BanditRegistry.createProblem(means.append(')').toString());
    learner = BanditRegistry.createPolicy(policy, new BanditSetting(arms, Long.MAX_VALUE / 2), new SplittableRandom(1));
    rewards = new SplittableRandom(2);
    round = 0;
  }

  @Benchmark
  @OperationsPerInvocation(PULLS)
  public double pulls() {
    double total = 0;
    for (int i = 0; i < PULLS; i++) {
      long t = ++round;
      int arm = learner.choose(t);
      double reward = problem.draw(arm, t, rewards);
      learner.update(arm, reward);
      total += reward;
    }
    return total;
  }
}

package org.agora.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.agora.learning.bandits.contextual.ContextualBanditPolicy;
import org.agora.learning.bandits.contextual.ContextualBanditProblem;
import org.agora.learning.bandits.contextual.ContextualBanditRegistry;
import org.agora.learning.bandits.contextual.ContextualSetting;
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
 * Contextual bandit rounds per second on one thread: each operation is one round, {@code choose} on a
 * context, a reward draw and {@code update}, on {@code linear(arms=K,dimension=d,noise=0.1)}. The
 * contexts are drawn once (a ring of 4096) so that the figure is the policy's cost, O(K d^2) per round
 * for LinUCB and linear Thompson sampling. Run with {@code scripts/bench ContextualBanditBenchmark}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-XX:+IgnoreUnrecognizedVMOptions", "--sun-misc-unsafe-memory-access=allow"})
@State(Scope.Thread)
public class ContextualBanditBenchmark {

  private static final int ROUNDS = 4096;

  @Param({"linucb", "lin-ts", "ridge-epsilon-greedy"})
  public String policy;

  @Param({"10"})
  public int arms;

  @Param({"20"})
  public int dimension;

  private ContextualBanditPolicy learner;
  private ContextualBanditProblem problem;
  private SplittableRandom rewards;
  private double[][] contexts;
  private long round;

  @Setup
  public void setUp() {
    problem = ContextualBanditRegistry.createProblem("linear(arms=" + arms + ",dimension=" + dimension
        + ",noise=0.1,seed=1)");
    learner = ContextualBanditRegistry.createPolicy(policy, new ContextualSetting(arms, dimension, Long.MAX_VALUE / 2),
        new SplittableRandom(1));
    SplittableRandom random = new SplittableRandom(3);
    contexts = new double[ROUNDS][dimension];
    for (long t = 0; t < ROUNDS; t++) {
      problem.drawContext(t + 1, random, contexts[(int) t]);
    }
    rewards = new SplittableRandom(2);
    round = 0;
  }

  @Benchmark
  @OperationsPerInvocation(ROUNDS)
  public double rounds() {
    double total = 0;
    for (int i = 0; i < ROUNDS; i++) {
      long t = ++round;
      double[] context = contexts[i];
      int arm = learner.choose(t, context);
      double reward = problem.draw(arm, context, rewards);
      learner.update(arm, context, reward);
      total += reward;
    }
    return total;
  }
}

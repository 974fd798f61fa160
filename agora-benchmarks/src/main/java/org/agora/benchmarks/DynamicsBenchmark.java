package org.agora.benchmarks;

import java.util.concurrent.TimeUnit;
import org.agora.core.normalform.NormalFormGame;
import org.agora.solvers.dynamics.FictitiousPlay;
import org.agora.solvers.dynamics.Hedge;
import org.agora.solvers.dynamics.LearningDynamics;
import org.agora.solvers.dynamics.RegretMatching;
import org.agora.solvers.dynamics.RegretMatchingPlus;
import org.agora.solvers.dynamics.ReplicatorDynamics;
import org.agora.solvers.dynamics.SwapRegretMinimizer;
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
 * Steps per second of the learning dynamics (one simultaneous update of every player) on a random
 * 3-player 5-action game and a random 2-player 100x100 game.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-XX:+IgnoreUnrecognizedVMOptions", "--sun-misc-unsafe-memory-access=allow"})
@State(Scope.Thread)
public class DynamicsBenchmark {

  @Param({"5x5x5", "100x100"})
  public String shape;

  @Param({"fp", "rm", "rm+", "hedge", "swap", "replicator"})
  public String dynamics;

  private LearningDynamics instance;

  @Setup
  public void setUp() {
    int[] counts = java.util.Arrays.stream(shape.split("x")).mapToInt(Integer::parseInt).toArray();
    NormalFormGame game = RandomGames.integerPayoffs(2026, counts);
    instance = switch (dynamics) {
      case "fp" -> new FictitiousPlay(game);
      case "rm" -> new RegretMatching(game);
      case "rm+" -> new RegretMatchingPlus(game);
      case "hedge" -> Hedge.withLearningRate(game, 0.01);
      case "swap" -> new SwapRegretMinimizer(game);
      case "replicator" -> new ReplicatorDynamics(game, 0.01, ReplicatorDynamics.Integrator.EULER);
      default -> throw new IllegalArgumentException("unknown dynamics " + dynamics);
    };
  }

  @Benchmark
  public int step() {
    instance.step();
    return instance.iteration();
  }
}

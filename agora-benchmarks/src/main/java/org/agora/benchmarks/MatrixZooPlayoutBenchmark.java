package org.agora.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.agora.core.Game;
import org.agora.core.GameRegistry;
import org.agora.core.RandomPlayout;
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
 * One uniformly random playout (new initial state to terminal) of the matrix, repeated, auction and
 * bargaining games. The repeated rock-paper-scissors figure is a whole 1000-throw match.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class MatrixZooPlayoutBenchmark {

  @Param({"repeated_rock_paper_scissors", "iterated_prisoners_dilemma", "first_price_auction",
      "second_price_auction(players=8)", "bargaining", "blotto"})
  public String game;

  private RandomPlayout playout;
  private SplittableRandom random;

  @Setup
  public void setUp() {
    Game created = GameRegistry.create(game);
    playout = new RandomPlayout(created);
    random = new SplittableRandom(42);
  }

  @Benchmark
  public double randomPlayout() {
    return playout.play(random).returns(0);
  }
}

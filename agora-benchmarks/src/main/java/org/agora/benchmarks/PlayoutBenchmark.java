package org.agora.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.agora.core.Game;
import org.agora.core.RandomPlayout;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Random-playout throughput on one thread: complete games per second from a new initial state to
 * the end, every move uniformly random among the legal ones (chance moves with their
 * probabilities), as played by {@link RandomPlayout}. (JMH's {@code @State} annotation shares its simple name with Agora's
 * {@code State}, which is therefore written in full.) The secondary result {@code moves} is the
 * number of moves (decision, chance and simultaneous nodes) per second in the same run.
 *
 * <p>This is the measurement OpenSpiel reports for its C++ random simulation of each game, and the
 * figure the project compares against it (for tic-tac-toe the target is at least 1.5 million games
 * per second). Each game runs in its own fork, so the call sites in the playout loop see one state
 * class only, as in a real single-game workload.
 *
 * <p>The {@code history} parameter plays with history recording on (as before) and off.
 *
 * <p>Run with {@code scripts/bench PlayoutBenchmark -p game=tic_tac_toe}; games whose names contain
 * commas are given with {@code ;} instead (see {@link BenchmarkGames}).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-XX:+IgnoreUnrecognizedVMOptions", "--sun-misc-unsafe-memory-access=allow"})
@State(Scope.Thread)
public class PlayoutBenchmark {

  /** Game string, alias, or game string with {@code ;} for {@code ,}. */
  @Param({
      "tic_tac_toe",
      "connect_four",
      "kuhn_poker",
      "leduc_poker",
      "liars_dice",
      "repeated_rock_paper_scissors"})
  public String game;

  /**
   * Whether states record their history ({@link Game#newInitialState(boolean)}); long simulations
   * turn it off.
   */
  @Param({"true", "false"})
  public boolean history;

  private Game instance;
  private RandomPlayout playout;
  private SplittableRandom random;

  /** Moves made during one measurement iteration, reported per second. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class MoveCounter {
    /** Moves made so far in this iteration. */
    public long moves;

    /** Starts each iteration from zero. */
    @Setup(Level.Iteration)
    public void reset() {
      moves = 0;
    }
  }

  /** Creates the game, the playout buffers and a fixed-seed generator. */
  @Setup(Level.Trial)
  public void setUp() {
    instance = BenchmarkGames.create(game);
    playout = new RandomPlayout(instance);
    random = new SplittableRandom(20261124L);
  }

  /** Plays one complete game and consumes every player's return. */
  @Benchmark
  public void playGame(MoveCounter counter, Blackhole blackhole) {
    org.agora.core.State state = instance.newInitialState(history);
    counter.moves += playout.finish(state, random);
    int players = instance.playerCount();
    for (int player = 0; player < players; player++) {
      blackhole.consume(state.returns(player));
    }
  }
}

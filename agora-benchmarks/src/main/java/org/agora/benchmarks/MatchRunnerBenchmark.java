package org.agora.benchmarks;

import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.agora.core.Game;
import org.agora.core.job.JobContext;
import org.agora.evaluation.match.EpisodeRunner;
import org.agora.evaluation.match.PlayResult;
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
 * Throughput of the match runner ({@link EpisodeRunner}) on one thread with random agents: episodes
 * per second, including what {@code agora play} adds to a bare playout (agents, per-player views,
 * legality checks, statistics, progress and cancellation polls). Each invocation plays
 * {@value #EPISODES} episodes, so the figure is comparable with {@code agora play --episodes}'s
 * episodes/s on long runs; compare it with {@link PlayoutBenchmark} for the runner's own cost.
 *
 * <p>Run with {@code scripts/bench MatchRunnerBenchmark -p game=kuhn_poker}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-XX:+IgnoreUnrecognizedVMOptions", "--sun-misc-unsafe-memory-access=allow"})
@State(Scope.Thread)
public class MatchRunnerBenchmark {

  /** Episodes per invocation: a run of 16 chunks of 256 episodes. */
  static final int EPISODES = 4096;

  @Param({"kuhn_poker", "leduc_poker", "tic_tac_toe"})
  public String game;

  private Game instance;
  private List<String> agents;
  private long seed;

  @Setup
  public void setUp() {
    instance = BenchmarkGames.create(game);
    agents = Collections.nCopies(instance.playerCount(), "random");
  }

  /**
   * Plays {@value #EPISODES} episodes between random agents, with a new seed each time (a repeated
   * seed would replay the same episodes, which the processor's branch predictors partly learn), and
   * returns the mean game length.
   */
  @Benchmark
  @OperationsPerInvocation(EPISODES)
  public double randomAgents() {
    PlayResult result = new EpisodeRunner(instance, agents, seed++).run(EPISODES, JobContext.sequential());
    return result.gameLength().mean();
  }
}

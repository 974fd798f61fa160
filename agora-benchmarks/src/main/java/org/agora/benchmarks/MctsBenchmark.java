package org.agora.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.agora.agents.mcts.MctsAgent;
import org.agora.agents.search.RandomRolloutEvaluator;
import org.agora.agents.search.AlphaBetaSearch;
import org.agora.core.Game;
import org.agora.core.GameRegistry;
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

/**
 * Search-agent throughput on one thread.
 *
 * <ul>
 *   <li>{@code mctsMove}: one {@link MctsAgent} move (UCT with one random rollout per leaf, c =
 *       sqrt(2)) from the initial state with {@value #SIMULATIONS} simulations; the secondary result
 *       {@code simulations} is simulations per second.
 *   <li>{@code alphaBetaSolveTicTacToe}: one exact {@link AlphaBetaSearch} of tic-tac-toe from the
 *       initial state (value 0); the secondary result {@code nodes} is nodes visited per second.
 * </ul>
 *
 * <p>Run with {@code scripts/bench MctsBenchmark}; {@code -p game=connect_four} picks one game.
 * (JMH's {@code @State} shares its simple name with Agora's {@code State}, written in full here.)
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-XX:+IgnoreUnrecognizedVMOptions", "--sun-misc-unsafe-memory-access=allow"})
public class MctsBenchmark {

  /** Simulations per MCTS move. */
  public static final int SIMULATIONS = 1000;

  /** The MCTS setting: a game and an agent with a fixed seed. */
  @State(Scope.Thread)
  public static class MctsSetting {
    /** Game string. */
    @Param({"tic_tac_toe", "connect_four"})
    public String game;

    Game instance;
    MctsAgent agent;

    /** Creates the game and the agent. */
    @Setup(Level.Trial)
    public void setUp() {
      instance = BenchmarkGames.create(game);
      agent = new MctsAgent(instance, 0, SIMULATIONS, Math.sqrt(2.0), new RandomRolloutEvaluator(instance, 1),
          new SplittableRandom(20261124L));
    }
  }

  /** Tic-tac-toe and a reused alpha-beta search. */
  @State(Scope.Thread)
  public static class AlphaBetaSetting {
    Game ticTacToe;
    AlphaBetaSearch search;

    /** Creates the game and the search. */
    @Setup(Level.Trial)
    public void setUp() {
      ticTacToe = GameRegistry.create("tic_tac_toe");
      search = AlphaBetaSearch.exact(ticTacToe);
    }
  }

  /** Simulations or nodes done during one measurement iteration, reported per second. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class WorkCounter {
    /** MCTS simulations so far in this iteration. */
    public long simulations;
    /** Alpha-beta nodes so far in this iteration. */
    public long nodes;

    /** Starts each iteration from zero. */
    @Setup(Level.Iteration)
    public void reset() {
      simulations = 0;
      nodes = 0;
    }
  }

  /** One MCTS move from the initial state. */
  @Benchmark
  public int mctsMove(MctsSetting setting, WorkCounter counter) {
    counter.simulations += SIMULATIONS;
    return setting.agent.step(setting.instance.newInitialState());
  }

  /** One exact alpha-beta solve of tic-tac-toe. */
  @Benchmark
  public double alphaBetaSolveTicTacToe(AlphaBetaSetting setting, WorkCounter counter) {
    AlphaBetaSearch.Result result = setting.search.search(setting.ticTacToe.newInitialState());
    counter.nodes += result.nodes();
    return result.value();
  }
}

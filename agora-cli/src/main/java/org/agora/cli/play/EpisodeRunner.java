package org.agora.cli.play;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.agora.cli.CommandFailure;
import org.agora.cli.output.ProgressBar;
import org.agora.core.Agent;
import org.agora.core.AgentRegistry;
import org.agora.core.Game;
import org.agora.core.State;
import org.agora.core.Turn;

/**
 * Plays many episodes of a game between registered agents and summarizes the players' returns.
 *
 * <p>Determinism: the episodes are cut into chunks whose size depends only on the number of
 * episodes, and chunk {@code c} gets the {@code c}-th {@link SplittableRandom#split() split} of
 * {@code SplittableRandom(seed)}. A chunk creates its own agents (seeded from its generator, one
 * {@link Agent#restart()} per episode) and samples chance with its generator; chunk summaries are
 * merged in chunk order. The result therefore depends on the seed and the episode count, never on
 * the number of threads or on scheduling.
 *
 * <p>Every action an agent returns is checked against the legal actions, and an episode longer than
 * the game's declared maximum length is reported, so a faulty agent or game fails with a message
 * instead of corrupting the statistics or running forever.
 */
public final class EpisodeRunner {

  private static final int MIN_CHUNK = 256;
  private static final int MAX_CHUNKS = 4096;
  private static final long POLL_MILLISECONDS = 100;

  /**
   * Summary of a run.
   *
   * @param returns per player statistics of the final returns
   * @param gameLength statistics of the number of moves per episode
   * @param nanos wall-clock duration of the run
   */
  public record Result(List<RunningStatistics> returns, RunningStatistics gameLength, long nanos) {

    /** Number of episodes played. */
    public long episodes() {
      return gameLength.count();
    }

    /** Episodes per second of wall-clock time. */
    public double episodesPerSecond() {
      return nanos == 0 ? Double.POSITIVE_INFINITY : episodes() / (nanos / 1e9);
    }
  }

  private final Game game;
  private final List<String> agentStrings;
  private final long seed;
  private final long maxLength;

  /**
   * @param agentStrings one agent string per player (see {@link AgentRegistry#create})
   * @throws IllegalArgumentException if the number of agents differs from the number of players
   * @throws org.agora.core.GameSpecException for an unknown agent or a bad option (checked here,
   *     before anything runs)
   */
  public EpisodeRunner(Game game, List<String> agentStrings, long seed) {
    if (agentStrings.size() != game.playerCount()) {
      throw new IllegalArgumentException(game.name() + " has " + game.playerCount() + " players but "
          + agentStrings.size() + " agents were given (" + String.join(",", agentStrings)
          + "); give one agent per player, or a single agent for all");
    }
    this.game = game;
    this.agentStrings = List.copyOf(agentStrings);
    this.seed = seed;
    this.maxLength = game.maxGameLength();
    createAgents(new SplittableRandom(seed));
  }

  /** Episodes per chunk for a run of {@code episodes} (a function of the count alone). */
  static long chunkSize(long episodes) {
    return Math.max(MIN_CHUNK, (episodes + MAX_CHUNKS - 1) / MAX_CHUNKS);
  }

  /**
   * Plays {@code episodes} episodes on {@code threads} threads.
   *
   * @param progress advanced once per episode and refreshed while waiting; may be null
   */
  public Result run(long episodes, int threads, ProgressBar progress) {
    if (episodes < 1) {
      throw new IllegalArgumentException("episodes must be >= 1, got " + episodes);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    long start = System.nanoTime();
    long chunkSize = chunkSize(episodes);
    int chunkCount = (int) ((episodes + chunkSize - 1) / chunkSize);
    SplittableRandom root = new SplittableRandom(seed);
    SplittableRandom[] chunkRandoms = new SplittableRandom[chunkCount];
    for (int c = 0; c < chunkCount; c++) {
      chunkRandoms[c] = root.split();
    }
    ChunkResult[] results = new ChunkResult[chunkCount];
    AtomicInteger nextChunk = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Runnable worker = () -> {
      int chunk;
      while (failure.get() == null && (chunk = nextChunk.getAndIncrement()) < chunkCount) {
        long first = chunk * chunkSize;
        long count = Math.min(chunkSize, episodes - first);
        try {
          results[chunk] = playChunk(chunkRandoms[chunk], count, progress);
        } catch (Throwable t) {
          failure.compareAndSet(null, t);
        }
      }
    };
    int workers = Math.min(threads, chunkCount);
    ExecutorService executor = Executors.newFixedThreadPool(workers, runnable -> {
      Thread thread = new Thread(runnable, "agora-play");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int w = 0; w < workers; w++) {
        futures.add(executor.submit(worker));
      }
      for (Future<?> future : futures) {
        await(future, progress);
      }
    } finally {
      executor.shutdownNow();
      if (progress != null) {
        progress.finish();
      }
    }
    rethrow(failure.get());
    List<RunningStatistics> returns = new ArrayList<>();
    for (int p = 0; p < game.playerCount(); p++) {
      returns.add(new RunningStatistics());
    }
    RunningStatistics lengths = new RunningStatistics();
    for (ChunkResult result : results) {
      for (int p = 0; p < returns.size(); p++) {
        returns.get(p).merge(result.returns[p]);
      }
      lengths.merge(result.lengths);
    }
    return new Result(returns, lengths, System.nanoTime() - start);
  }

  /** Per chunk summaries. */
  private record ChunkResult(RunningStatistics[] returns, RunningStatistics lengths) {}

  private ChunkResult playChunk(SplittableRandom random, long episodes, ProgressBar progress) {
    Agent[] agents = createAgents(random);
    int players = game.playerCount();
    RunningStatistics[] returns = new RunningStatistics[players];
    for (int p = 0; p < players; p++) {
      returns[p] = new RunningStatistics();
    }
    RunningStatistics lengths = new RunningStatistics();
    int[] legal = new int[Math.max(1, game.actionCount())];
    int[] joint = new int[players];
    for (long episode = 0; episode < episodes; episode++) {
      for (Agent agent : agents) {
        agent.restart();
      }
      State state = game.newInitialState();
      long moves = 0;
      while (true) {
        Turn turn = state.turn();
        if (turn == Turn.TERMINAL) {
          break;
        }
        if (turn == Turn.CHANCE) {
          state.apply(state.sampleChanceOutcome(random));
        } else if (turn == Turn.SIMULTANEOUS) {
          for (int p = 0; p < players; p++) {
            joint[p] = checkedStep(agents[p], state, p, legal);
          }
          state.apply(joint);
        } else {
          int player = ((Turn.Decision) turn).player();
          state.apply(checkedStep(agents[player], state, player, legal));
        }
        moves++;
        if (moves > maxLength) {
          throw new CommandFailure(game.name() + " did not end within its declared maximum length of "
              + maxLength + " moves");
        }
      }
      for (int p = 0; p < players; p++) {
        returns[p].add(state.returns(p));
      }
      lengths.add(moves);
      if (progress != null) {
        progress.advance(1);
      }
    }
    return new ChunkResult(returns, lengths);
  }

  private int checkedStep(Agent agent, State state, int player, int[] legal) {
    int action = agent.step(state);
    int count = state.legalActions(player, legal);
    for (int i = 0; i < count; i++) {
      if (legal[i] == action) {
        return action;
      }
    }
    throw new CommandFailure("agent '" + agentStrings.get(player) + "' (" + game.playerName(player)
        + ") chose illegal action " + action + " after history " + Arrays.toString(state.history())
        + "; legal: " + Arrays.toString(Arrays.copyOf(legal, count)));
  }

  private Agent[] createAgents(SplittableRandom random) {
    Agent[] agents = new Agent[agentStrings.size()];
    for (int p = 0; p < agents.length; p++) {
      agents[p] = AgentRegistry.create(agentStrings.get(p), game, p, random.nextLong());
    }
    return agents;
  }

  private static void await(Future<?> future, ProgressBar progress) {
    while (true) {
      try {
        future.get(POLL_MILLISECONDS, TimeUnit.MILLISECONDS);
        return;
      } catch (TimeoutException e) {
        if (progress != null) {
          progress.refresh();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new CommandFailure("interrupted while playing", e);
      } catch (ExecutionException e) {
        rethrow(e.getCause());
      }
    }
  }

  private static void rethrow(Throwable failure) {
    if (failure == null) {
      return;
    }
    if (failure instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (failure instanceof Error error) {
      throw error;
    }
    throw new CommandFailure("playing failed: " + failure, failure);
  }
}

package org.agora.evaluation.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.agora.core.Agent;
import org.agora.core.AgentFactory;
import org.agora.core.AgentRegistry;
import org.agora.core.Game;
import org.agora.core.PlayerView;
import org.agora.core.State;
import org.agora.core.StateAgent;
import org.agora.core.Turn;
import org.agora.core.ViewAgent;
import org.agora.core.job.Cancellation;
import org.agora.core.job.JobCancelledException;
import org.agora.core.job.JobContext;
import org.agora.evaluation.statistics.RunningStatistics;

/**
 * Plays many episodes of a game between registered agents and summarizes the players' returns.
 *
 * <p>Determinism: the episodes are cut into chunks whose size depends only on the number of
 * episodes, and chunk {@code c} gets the {@code c}-th {@link SplittableRandom#split() split} of
 * {@code SplittableRandom(seed)}. A chunk creates its own agents (seeded from its generator, one
 * {@link Agent#restart()} per episode and one {@link Agent#episodeEnded(double[])} after it) and
 * samples chance with its generator; chunk summaries are merged in chunk order. The result
 * therefore depends on the seed and the episode count, never on the parallelism or on scheduling.
 *
 * <p>Threads: {@link #run} uses the {@link JobContext}'s executor, submitting at most
 * {@code parallelism} worker tasks that take chunks from a shared counter; it never creates or shuts
 * down threads. With parallelism 1 everything runs on the calling thread. Progress is the number of
 * episodes finished out of the total (see {@link EpisodeProgress}); the cancellation flag is polled
 * between episodes.
 *
 * <p>Agents see what their type declares: a {@link ViewAgent} is handed a {@link PlayerView} of its
 * seat, never the state; a {@link StateAgent} the state. Every action an agent returns is checked
 * against the legal actions, and an episode longer than the game's declared maximum length is
 * reported, so a faulty agent or game fails with a {@link MatchFailure} instead of corrupting the
 * statistics or running forever.
 */
public final class EpisodeRunner {

  private static final int MIN_CHUNK = 256;
  private static final int MAX_CHUNKS = 4096;

  private final Game game;
  private final List<String> agentStrings;
  private final AgentFactory[] factories;
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
    this.factories = new AgentFactory[agentStrings.size()];
    for (int p = 0; p < factories.length; p++) {
      factories[p] = AgentRegistry.factory(agentStrings.get(p));
    }
    this.seed = seed;
    this.maxLength = game.maxGameLength();
    createAgents(new SplittableRandom(seed));
  }

  /**
   * Episodes per chunk for a run of {@code episodes} (a function of the count alone): at least
   * {@value #MIN_CHUNK}, and large enough that there are at most {@value #MAX_CHUNKS} chunks. Exact for
   * every positive {@code long}.
   */
  static long chunkSize(long episodes) {
    return Math.max(MIN_CHUNK, ceilingDivide(episodes, MAX_CHUNKS));
  }

  /**
   * Number of chunks of {@link #chunkSize(long)} episodes that cover {@code episodes} episodes (the
   * last one may be shorter); between 1 and {@value #MAX_CHUNKS} for every positive {@code long}.
   */
  static int chunkCount(long episodes) {
    return Math.toIntExact(ceilingDivide(episodes, chunkSize(episodes)));
  }

  /** The ceiling of {@code dividend / divisor} for a non-negative dividend and a positive divisor, without overflow. */
  private static long ceilingDivide(long dividend, long divisor) {
    return dividend / divisor + (dividend % divisor == 0 ? 0 : 1);
  }

  /**
   * Plays {@code episodes} episodes under {@code context}.
   *
   * <p>Every positive count is accepted, up to {@link Long#MAX_VALUE}: the work is cut into at most
   * {@value #MAX_CHUNKS} chunks, progress is reported as episodes end and the cancellation flag is
   * polled between episodes, so a run too long to finish can still be watched and stopped.
   *
   * @throws IllegalArgumentException if {@code episodes < 1}
   * @throws MatchFailure if an agent chose an illegal action, an episode exceeded the game's maximum
   *     length, or the calling thread was interrupted while waiting for the workers
   * @throws JobCancelledException if the context's flag was set before the last episode ended
   */
  public PlayResult run(long episodes, JobContext context) {
    if (episodes < 1) {
      throw new IllegalArgumentException("episodes must be >= 1, got " + episodes);
    }
    long start = System.nanoTime();
    long chunkSize = chunkSize(episodes);
    int chunkCount = chunkCount(episodes);
    SplittableRandom root = new SplittableRandom(seed);
    SplittableRandom[] chunkRandoms = new SplittableRandom[chunkCount];
    for (int c = 0; c < chunkCount; c++) {
      chunkRandoms[c] = root.split();
    }
    ChunkResult[] results = new ChunkResult[chunkCount];
    AtomicInteger nextChunk = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    EpisodeProgress progress = new EpisodeProgress(context.progress(), episodes);
    Cancellation cancellation = context.cancellation();
    Runnable worker = () -> {
      int chunk;
      while (failure.get() == null && (chunk = nextChunk.getAndIncrement()) < chunkCount) {
        long first = chunk * chunkSize;
        long count = Math.min(chunkSize, episodes - first);
        try {
          results[chunk] = playChunk(chunkRandoms[chunk], count, progress, cancellation);
        } catch (Throwable t) {
          failure.compareAndSet(null, t);
        }
      }
    };
    int workers = Math.min(context.parallelism(), chunkCount);
    if (workers == 1) {
      worker.run();
    } else {
      runOnExecutor(context, worker, workers, failure);
    }
    rethrow(failure.get());
    progress.finish();
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
    return new PlayResult(returns, lengths, System.nanoTime() - start);
  }

  /**
   * Submits {@code workers} copies of {@code worker} and waits for all of them. If the executor
   * rejects a task, the failure stops the tasks already running, which are awaited before it is
   * thrown.
   */
  private static void runOnExecutor(JobContext context, Runnable worker, int workers, AtomicReference<Throwable> failure) {
    List<Future<?>> futures = new ArrayList<>(workers);
    for (int w = 0; w < workers; w++) {
      FutureTask<Void> task = new FutureTask<>(worker, null);
      try {
        context.executor().execute(task);
      } catch (RuntimeException rejected) {
        failure.compareAndSet(null, rejected);
        break;
      }
      futures.add(task);
    }
    for (Future<?> future : futures) {
      try {
        future.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        MatchFailure interrupted = new MatchFailure("interrupted while playing", e);
        failure.compareAndSet(null, interrupted);
        throw interrupted;
      } catch (ExecutionException e) {
        failure.compareAndSet(null, e.getCause());
      }
    }
  }

  /** Per chunk summaries. */
  private record ChunkResult(RunningStatistics[] returns, RunningStatistics lengths) {}

  private ChunkResult playChunk(SplittableRandom random, long episodes, EpisodeProgress progress,
      Cancellation cancellation) {
    Table table = new Table(createAgents(random), Math.max(1, game.actionCount()));
    int players = game.playerCount();
    RunningStatistics[] returns = new RunningStatistics[players];
    for (int p = 0; p < players; p++) {
      returns[p] = new RunningStatistics();
    }
    RunningStatistics lengths = new RunningStatistics();
    long unreported = 0;
    for (long episode = 0; episode < episodes; episode++) {
      if (cancellation.isCancelled()) {
        throw new JobCancelledException();
      }
      for (Agent agent : table.agents) {
        agent.restart();
      }
      long moves = playEpisode(random, table);
      for (int p = 0; p < players; p++) {
        returns[p].add(table.finalReturns[p]);
      }
      lengths.add(moves);
      for (Agent agent : table.agents) {
        agent.episodeEnded(table.finalReturns);
      }
      if (++unreported >= progress.batch()) {
        progress.add(unreported);
        unreported = 0;
      }
    }
    if (unreported > 0) {
      progress.add(unreported);
    }
    return new ChunkResult(returns, lengths);
  }

  /** A chunk's agents, split by what they see, and the buffers its episodes reuse. */
  private static final class Table {
    final Agent[] agents;
    final ViewAgent[] viewAgents;
    final StateAgent[] stateAgents;
    /** True when some agent is handed the state (and may read its history). */
    final boolean stateSeen;
    final int[] legal;
    final int[] joint;
    final double[] finalReturns;
    /** The moves of the current episode, kept for failure messages (the state need not record them). */
    int[] moves = new int[16];

    Table(Agent[] agents, int actionCount) {
      this.agents = agents;
      int players = agents.length;
      viewAgents = new ViewAgent[players];
      stateAgents = new StateAgent[players];
      boolean stateSeen = false;
      for (int p = 0; p < players; p++) {
        if (agents[p] instanceof ViewAgent viewAgent) {
          viewAgents[p] = viewAgent;
        } else {
          stateAgents[p] = (StateAgent) agents[p];
          stateSeen = true;
        }
      }
      this.stateSeen = stateSeen;
      legal = new int[actionCount];
      joint = new int[players];
      finalReturns = new double[players];
    }

    void record(int index, int move) {
      if (index == moves.length) {
        moves = Arrays.copyOf(moves, moves.length * 2);
      }
      moves[index] = move;
    }
  }

  /**
   * Plays one episode from a new initial state, writes the players' returns into the table's
   * {@code finalReturns} and returns the number of moves made.
   *
   * <p>The state is created here and never leaves this method, and agents get a fresh
   * {@link PlayerView} per move that never leaves {@link #checkedStep}. The state records no history
   * unless an agent is handed the state; the table keeps the moves for failure messages instead. Random
   * play in Kuhn poker allocated 114 bytes an episode with a recording state created by the caller,
   * against 74 now, and a run of two million episodes spent a third of its time touching fresh heap
   * pages for them.
   */
  private long playEpisode(SplittableRandom random, Table table) {
    State state = game.newInitialState(table.stateSeen);
    int recorded = 0;
    long moves = 0;
    while (true) {
      Turn turn = state.turn();
      if (turn == Turn.TERMINAL) {
        break;
      }
      if (turn == Turn.CHANCE) {
        int outcome = state.sampleChanceOutcome(random);
        state.apply(outcome);
        table.record(recorded++, outcome);
      } else if (turn == Turn.SIMULTANEOUS) {
        int[] joint = table.joint;
        for (int p = 0; p < joint.length; p++) {
          joint[p] = checkedStep(table, state, p, recorded);
        }
        state.apply(joint);
        for (int action : joint) {
          table.record(recorded++, action);
        }
      } else {
        int player = ((Turn.Decision) turn).player();
        int action = checkedStep(table, state, player, recorded);
        state.apply(action);
        table.record(recorded++, action);
      }
      moves++;
      if (moves > maxLength) {
        throw tooLong();
      }
    }
    double[] finalReturns = table.finalReturns;
    for (int p = 0; p < finalReturns.length; p++) {
      finalReturns[p] = state.returns(p);
    }
    return moves;
  }

  /**
   * The action of {@code player}'s agent, checked against the legal actions; {@code recorded} is the
   * number of moves the table holds for this episode.
   */
  private int checkedStep(Table table, State state, int player, int recorded) {
    ViewAgent viewAgent = table.viewAgents[player];
    int action = viewAgent != null ? viewAgent.step(PlayerView.of(state, player)) : table.stateAgents[player].step(state);
    int[] legal = table.legal;
    int count = state.legalActions(player, legal);
    for (int i = 0; i < count; i++) {
      if (legal[i] == action) {
        return action;
      }
    }
    throw illegalAction(table, player, action, recorded, count);
  }

  private MatchFailure illegalAction(Table table, int player, int action, int recorded, int legalCount) {
    return new MatchFailure("agent '" + agentStrings.get(player) + "' (" + game.playerName(player)
        + ") chose illegal action " + action + " after history "
        + Arrays.toString(Arrays.copyOf(table.moves, recorded)) + "; legal: "
        + Arrays.toString(Arrays.copyOf(table.legal, legalCount)));
  }

  private MatchFailure tooLong() {
    return new MatchFailure(game.name() + " did not end within its declared maximum length of " + maxLength + " moves");
  }

  private Agent[] createAgents(SplittableRandom random) {
    Agent[] agents = new Agent[agentStrings.size()];
    for (int p = 0; p < agents.length; p++) {
      agents[p] = factories[p].create(game, p, random.nextLong());
    }
    return agents;
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
    throw new MatchFailure("playing failed: " + failure, failure);
  }
}

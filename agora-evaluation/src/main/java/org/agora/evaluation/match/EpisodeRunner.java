package org.agora.evaluation.match;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.agora.core.Agent;
import org.agora.core.AgentFactory;
import org.agora.core.AgentRegistry;
import org.agora.core.Game;
import org.agora.core.PlayerView;
import org.agora.core.StateAgent;
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
 * <p>Threads: {@link #run} hands the chunks to {@link ParallelWork}, which uses the
 * {@link JobContext}'s executor with at most {@code parallelism} workers taking chunks from a shared
 * counter; it never creates or shuts down threads. With parallelism 1 everything runs on the calling thread. Progress is the number of
 * episodes finished out of the total (see {@link EpisodeProgress}); the cancellation flag is polled
 * between episodes.
 *
 * <p>Episodes are played by an {@link EpisodePlayer}: agents see what their type declares (a
 * {@link ViewAgent} is handed a {@link PlayerView} of its seat, never the state; a {@link StateAgent}
 * the state). Every action an agent returns is checked
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
    EpisodeProgress progress = new EpisodeProgress(context.progress(), episodes);
    Cancellation cancellation = context.cancellation();
    ParallelWork.forEach(context, chunkCount, chunk -> {
      long first = chunk * chunkSize;
      long count = Math.min(chunkSize, episodes - first);
      results[chunk] = playChunk(chunkRandoms[chunk], count, progress, cancellation);
    });
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

  /** Per chunk summaries. */
  private record ChunkResult(RunningStatistics[] returns, RunningStatistics lengths) {}

  private ChunkResult playChunk(SplittableRandom random, long episodes, EpisodeProgress progress,
      Cancellation cancellation) {
    Agent[] agents = createAgents(random);
    EpisodePlayer player = new EpisodePlayer(game);
    player.seat(agents, agentStrings);
    double[] finalReturns = player.returns();
    int players = agents.length;
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
      for (Agent agent : agents) {
        agent.restart();
      }
      long moves = player.play(random);
      for (int p = 0; p < players; p++) {
        returns[p].add(finalReturns[p]);
      }
      lengths.add(moves);
      for (Agent agent : agents) {
        agent.episodeEnded(finalReturns);
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

  private Agent[] createAgents(SplittableRandom random) {
    Agent[] agents = new Agent[agentStrings.size()];
    for (int p = 0; p < agents.length; p++) {
      agents[p] = factories[p].create(game, p, random.nextLong());
    }
    return agents;
  }
}

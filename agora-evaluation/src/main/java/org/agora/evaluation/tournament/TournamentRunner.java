package org.agora.evaluation.tournament;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.LongPredicate;
import org.agora.core.Agent;
import org.agora.core.AgentFactory;
import org.agora.core.AgentRegistry;
import org.agora.core.Game;
import org.agora.core.GameRegistry;
import org.agora.core.job.Cancellation;
import org.agora.core.job.JobCancelledException;
import org.agora.core.job.JobContext;
import org.agora.evaluation.match.EpisodePlayer;
import org.agora.evaluation.match.EpisodeProgress;
import org.agora.evaluation.match.MatchFailure;
import org.agora.evaluation.match.ParallelWork;

/**
 * Plays the matches of a {@link TournamentSpec}, in parallel and resumably.
 *
 * <p>Every match is one episode of the game. Match {@code m} of pairing {@code p} seats the pairing's
 * agents rotated by {@code m} seats (see {@link Schedule}), creates fresh agents seeded, seat by seat,
 * from a generator seeded with {@link MatchSeeds#of the match seed}, and samples chance from the same
 * generator. A match is therefore a function of the specification and its index alone: the records
 * are identical on any number of threads and in a resumed run.
 *
 * <p>The matches are cut into blocks of {@value #BLOCK} consecutive indexes, taken by the context's
 * workers ({@link ParallelWork}); a finished block goes to the {@link MatchSink} in one call. Matches
 * the caller marks as done are skipped, so a killed run restarted with the indexes its store holds
 * plays each missing match once. The cancellation flag is polled between matches; progress counts
 * matches out of those to play.
 */
public final class TournamentRunner {

  /** Matches per block handed to the sink. */
  public static final int BLOCK = 64;

  private final TournamentSpec spec;
  private final Game game;
  private final AgentFactory[] factories;
  private final List<int[]> pairings;

  /**
   * Checks the specification: the game and every agent string are resolved, and the schedule is laid
   * out, before anything is played.
   *
   * @throws org.agora.core.GameSpecException for an unknown game or agent, or a bad option
   * @throws IllegalArgumentException when the schedule does not fit the agents or the game
   */
  public TournamentRunner(TournamentSpec spec) {
    this(spec, GameRegistry.create(spec.game()));
  }

  /**
   * Checks the specification as {@link #TournamentRunner(TournamentSpec)} does, playing in a game
   * already built (one read from a file or an upload) instead of creating it from the spec's game
   * string, which then only labels it (e.g. {@code upload-3}) and is never looked up.
   *
   * @throws org.agora.core.GameSpecException for an unknown agent or a bad option
   * @throws IllegalArgumentException when the schedule does not fit the agents or the game
   */
  public TournamentRunner(TournamentSpec spec, Game game) {
    this.spec = Objects.requireNonNull(spec, "spec");
    this.game = Objects.requireNonNull(game, "game");
    this.factories = new AgentFactory[spec.agents().size()];
    for (int a = 0; a < factories.length; a++) {
      factories[a] = AgentRegistry.factory(spec.agents().get(a));
    }
    this.pairings = spec.schedule().pairings(factories.length, game.playerCount());
    if (pairings.isEmpty()) {
      throw new IllegalArgumentException("the schedule has no pairings");
    }
    long total = (long) pairings.size() * spec.matchesPerPairing();
    if (total > (long) Integer.MAX_VALUE * BLOCK) {
      throw new IllegalArgumentException("the tournament has " + total + " matches; at most "
          + (long) Integer.MAX_VALUE * BLOCK + " are supported");
    }
    // every agent must be able to play the game in every seat it will take (fails here, not mid-run)
    int rotations = Math.min(game.playerCount(), spec.matchesPerPairing());
    for (int[] seating : pairings) {
      for (int shift = 0; shift < rotations; shift++) {
        createAgents(rotate(seating, shift), new SplittableRandom(spec.seed()));
      }
    }
  }

  /** The game the tournament is played in. */
  public Game game() {
    return game;
  }

  /** The base seatings, one per pairing. */
  public List<int[]> pairings() {
    List<int[]> copies = new ArrayList<>(pairings.size());
    for (int[] seating : pairings) {
      copies.add(seating.clone());
    }
    return copies;
  }

  /** All matches of the tournament. */
  public long matchCount() {
    return (long) pairings.size() * spec.matchesPerPairing();
  }

  /** Plays every match; see {@link #run(JobContext, MatchSink, LongPredicate)}. */
  public List<MatchRecord> run(JobContext context, MatchSink sink) {
    return run(context, sink, index -> false);
  }

  /**
   * Plays every match whose index {@code done} rejects, hands the records to {@code sink} block by
   * block, and returns them in index order.
   *
   * @throws MatchFailure if an agent chose an illegal action or a match exceeded the game's maximum length
   * @throws JobCancelledException if the context's flag was set before the last match ended
   */
  public List<MatchRecord> run(JobContext context, MatchSink sink, LongPredicate done) {
    long total = matchCount();
    int blocks = (int) ((total + BLOCK - 1) / BLOCK);
    long toPlay = 0;
    for (long index = 0; index < total; index++) {
      if (!done.test(index)) {
        toPlay++;
      }
    }
    EpisodeProgress progress = new EpisodeProgress(context.progress(), Math.max(1, toPlay));
    Cancellation cancellation = context.cancellation();
    List<List<MatchRecord>> played = new ArrayList<>();
    Object sinkLock = new Object();
    ParallelWork.forEach(context, blocks, block -> {
      EpisodePlayer player = new EpisodePlayer(game);
      List<MatchRecord> records = new ArrayList<>(BLOCK);
      long first = (long) block * BLOCK;
      long last = Math.min(total, first + BLOCK);
      for (long index = first; index < last; index++) {
        if (done.test(index)) {
          continue;
        }
        if (cancellation.isCancelled()) {
          throw new JobCancelledException();
        }
        records.add(play(player, index));
        progress.add(1);
      }
      if (!records.isEmpty()) {
        synchronized (sinkLock) {
          sink.accept(List.copyOf(records));
          played.add(records);
        }
      }
    });
    progress.finish();
    List<MatchRecord> all = new ArrayList<>();
    for (List<MatchRecord> block : played) {
      all.addAll(block);
    }
    all.sort(Comparator.comparingLong(MatchRecord::index));
    return all;
  }

  /** Blocks of {@value #BLOCK} consecutive match indexes; the last may be shorter. */
  public int blockCount() {
    return (int) ((matchCount() + BLOCK - 1) / BLOCK);
  }

  /**
   * Plays the matches of one block, in index order: the unit of work another engine distributes (a
   * Spark task plays blocks). Each match is seeded from (tournament seed, pairing, match) alone, so a
   * block gives the records {@link #run} gives for its indexes, on any machine.
   *
   * @throws IllegalArgumentException for a block outside {@code [0, blockCount())}
   * @throws MatchFailure if an agent chose an illegal action or a match exceeded the game's maximum length
   */
  public List<MatchRecord> playBlock(int block) {
    if (block < 0 || block >= blockCount()) {
      throw new IllegalArgumentException("block " + block + " is outside [0, " + blockCount() + ")");
    }
    EpisodePlayer player = new EpisodePlayer(game);
    long first = (long) block * BLOCK;
    long last = Math.min(matchCount(), first + BLOCK);
    List<MatchRecord> records = new ArrayList<>((int) (last - first));
    for (long index = first; index < last; index++) {
      records.add(play(player, index));
    }
    return records;
  }

  private MatchRecord play(EpisodePlayer player, long index) {
    int pairing = (int) (index / spec.matchesPerPairing());
    int match = (int) (index % spec.matchesPerPairing());
    int[] seats = rotate(pairings.get(pairing), match);
    long seed = MatchSeeds.of(spec.seed(), pairing, match);
    SplittableRandom random = new SplittableRandom(seed);
    Agent[] agents = createAgents(seats, random);
    List<String> names = new ArrayList<>(seats.length);
    for (int agent : seats) {
      names.add(spec.agents().get(agent));
    }
    player.seat(agents, names);
    for (Agent agent : agents) {
      agent.restart();
    }
    long start = System.nanoTime();
    long length = player.play(random);
    long nanos = System.nanoTime() - start;
    double[] returns = player.returns().clone();
    for (Agent agent : agents) {
      agent.episodeEnded(returns);
    }
    return new MatchRecord(index, pairing, match, seats, seed, returns, length, nanos);
  }

  /** Seat {@code s} gets {@code base[(s + shift) mod players]}. */
  static int[] rotate(int[] base, int shift) {
    int players = base.length;
    int[] seats = new int[players];
    for (int s = 0; s < players; s++) {
      seats[s] = base[(int) ((s + (long) shift) % players)];
    }
    return seats;
  }

  private Agent[] createAgents(int[] seats, SplittableRandom random) {
    Agent[] agents = new Agent[seats.length];
    for (int s = 0; s < seats.length; s++) {
      agents[s] = factories[seats[s]].create(game, s, random.nextLong());
    }
    return agents;
  }
}

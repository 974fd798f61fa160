package org.agora.evaluation.sweep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.agora.core.job.JobCancelledException;
import org.agora.core.job.JobContext;
import org.agora.evaluation.match.EpisodeProgress;
import org.agora.evaluation.match.ParallelWork;
import org.agora.evaluation.statistics.RunningStatistics;
import org.agora.evaluation.tournament.MatchRecord;
import org.agora.evaluation.tournament.TournamentRunner;
import org.agora.evaluation.tournament.TournamentSpec;

/**
 * Runs an {@link EvaluationSweepSpec} on the local engine and summarises any engine's rows.
 *
 * <p>The work is the (seed index, block) pairs of the spec's per-seed tournaments, taken by the
 * context's workers ({@link ParallelWork}); each block is played by
 * {@link TournamentRunner#playBlock}, so the rows are those any other engine playing the same blocks
 * gets. Progress counts matches, reported from the workers as blocks finish; cancellation is polled
 * between blocks.
 */
public final class EvaluationSweep {

  private EvaluationSweep() {}

  /**
   * Plays every match of the sweep and summarises them.
   *
   * @throws org.agora.core.GameSpecException for an unknown game or agent, or a bad option
   * @throws IllegalArgumentException when the game is not a two-player game
   * @throws JobCancelledException when cancelled
   */
  public static EvaluationSweepResult run(EvaluationSweepSpec spec, JobContext context) {
    List<TournamentSpec> tournaments = spec.tournaments();
    List<TournamentRunner> runners = new ArrayList<>(tournaments.size());
    for (TournamentSpec tournament : tournaments) {
      runners.add(runner(tournament));
    }
    int blocksPerSeed = runners.get(0).blockCount();
    int units = Math.multiplyExact(blocksPerSeed, runners.size());
    AtomicReferenceArray<List<MatchRecord>> played = new AtomicReferenceArray<>(units);
    EpisodeProgress progress = new EpisodeProgress(context.progress(), spec.matchCount());
    ParallelWork.forEach(context, units, unit -> {
      context.cancellation().throwIfCancelled();
      List<MatchRecord> block = runners.get(unit / blocksPerSeed).playBlock(unit % blocksPerSeed);
      played.set(unit, block);
      progress.add(block.size());
    });
    progress.finish();
    List<SweepMatch> rows = new ArrayList<>((int) Math.min(Integer.MAX_VALUE, spec.matchCount()));
    for (int unit = 0; unit < units; unit++) {
      for (MatchRecord match : played.get(unit)) {
        rows.add(new SweepMatch(unit / blocksPerSeed, match));
      }
    }
    return summarise(spec, rows);
  }

  /**
   * Builds and checks the runner of one of the sweep's tournaments.
   *
   * @throws IllegalArgumentException when the game is not a two-player game, or for a bad agent
   */
  public static TournamentRunner runner(TournamentSpec tournament) {
    TournamentRunner runner = new TournamentRunner(tournament);
    if (runner.game().playerCount() != 2) {
      throw new IllegalArgumentException("an evaluation sweep needs a two-player game; " + tournament.game()
          + " has " + runner.game().playerCount() + " players");
    }
    return runner;
  }

  /**
   * Summarises the rows of a sweep, whoever played them and in whatever order they come: they are
   * first sorted by (seed index, match index) and then folded in that order ({@link Summariser}), so
   * every engine gets the same doubles. Pairing {@code p} of a seed's tournament is agent
   * {@code p / opponents} against opponent {@code p % opponents}; the agent's return is that of the
   * seat it took.
   *
   * @throws IllegalArgumentException for a repeated or out-of-range row, or a missing one
   */
  public static EvaluationSweepResult summarise(EvaluationSweepSpec spec, List<SweepMatch> rows) {
    List<SweepMatch> sorted = new ArrayList<>(rows);
    sorted.sort(Comparator.comparingInt(SweepMatch::seedIndex).thenComparingLong(row -> row.match().index()));
    Summariser summariser = new Summariser(spec, true);
    sorted.forEach(summariser::add);
    return summariser.result();
  }

  /**
   * The fold behind {@link #summarise}, for rows that arrive already in (seed index, match index) order
   * (an engine reading its stored blocks in order): it holds the per-pairing statistics, and the rows
   * only when asked to, so a sweep of tens of millions of matches is summarised in constant memory
   * with the same doubles as {@link #summarise}.
   */
  public static final class Summariser {

    private final EvaluationSweepSpec spec;
    private final int agents;
    private final int opponents;
    private final long perSeed;
    private final RunningStatistics[] cells;
    private final List<SweepMatch> kept;
    private SweepMatch previous;
    private long count;

    /** A fold over {@code spec}'s rows; {@code keepRows}: whether the result lists them. */
    public Summariser(EvaluationSweepSpec spec, boolean keepRows) {
      this.spec = spec;
      this.agents = spec.agents().size();
      this.opponents = spec.opponents().size();
      this.perSeed = (long) agents * opponents * spec.matchesPerPairing();
      this.cells = new RunningStatistics[agents * opponents];
      for (int c = 0; c < cells.length; c++) {
        cells[c] = new RunningStatistics();
      }
      this.kept = keepRows ? new ArrayList<>() : null;
    }

    /**
     * Folds the next row.
     *
     * @throws IllegalArgumentException for a row out of (seed index, match index) order, repeated, or
     *     not of this sweep
     */
    public void add(SweepMatch row) {
      MatchRecord match = row.match();
      if (row.seedIndex() < 0 || row.seedIndex() >= spec.seeds().size()) {
        throw new IllegalArgumentException("a row has seed index " + row.seedIndex() + "; the sweep has "
            + spec.seeds().size() + " seeds");
      }
      if (match.index() < 0 || match.index() >= perSeed || match.players() != 2) {
        throw new IllegalArgumentException("match " + match.index() + " of seed index " + row.seedIndex()
            + " is not a match of this sweep (" + perSeed + " two-player matches per seed)");
      }
      if (previous != null) {
        int order = Comparator.comparingInt(SweepMatch::seedIndex).thenComparingLong((SweepMatch r) -> r.match().index())
            .compare(previous, row);
        if (order == 0) {
          throw new IllegalArgumentException("match " + match.index() + " of seed index " + row.seedIndex()
              + " appears twice");
        }
        if (order > 0) {
          throw new IllegalArgumentException("match " + match.index() + " of seed index " + row.seedIndex()
              + " comes after match " + previous.match().index() + " of seed index " + previous.seedIndex());
        }
      }
      previous = row;
      int seat = match.agentAt(0) < agents ? 0 : 1;
      int agent = match.agentAt(seat);
      int opponent = match.agentAt(1 - seat) - agents;
      if (agent >= agents || opponent < 0 || opponent >= opponents) {
        throw new IllegalArgumentException("match " + match.index() + " of seed index " + row.seedIndex()
            + " does not seat an agent against an opponent");
      }
      cells[agent * opponents + opponent].add(match.returnAt(seat));
      count++;
      if (kept != null) {
        kept.add(row);
      }
    }

    /**
     * The figures of every row folded.
     *
     * @throws IllegalArgumentException when rows are missing
     */
    public EvaluationSweepResult result() {
      if (count != spec.matchCount()) {
        throw new IllegalArgumentException("the sweep has " + spec.matchCount() + " matches; " + count
            + " rows were given");
      }
      List<EvaluationSweepResult.Pairing> pairings = new ArrayList<>(cells.length);
      for (int c = 0; c < cells.length; c++) {
        RunningStatistics cell = cells[c];
        double standardError = cell.count() < 2 ? Double.NaN : cell.standardDeviation() / Math.sqrt(cell.count());
        pairings.add(new EvaluationSweepResult.Pairing(c / opponents, c % opponents, cell.count(), cell.mean(),
            standardError));
      }
      List<EvaluationSweepResult.AgentSummary> unranked = new ArrayList<>(agents);
      for (int a = 0; a < agents; a++) {
        double sum = 0;
        long matches = 0;
        for (int o = 0; o < opponents; o++) {
          EvaluationSweepResult.Pairing pairing = pairings.get(a * opponents + o);
          sum += pairing.meanReturn();
          matches += pairing.matches();
        }
        unranked.add(new EvaluationSweepResult.AgentSummary(0, a, spec.agents().get(a), matches, sum / opponents));
      }
      unranked.sort(Comparator.comparingDouble((EvaluationSweepResult.AgentSummary s) -> -s.meanReturn())
          .thenComparingInt(EvaluationSweepResult.AgentSummary::agent));
      List<EvaluationSweepResult.AgentSummary> ranking = new ArrayList<>(agents);
      for (EvaluationSweepResult.AgentSummary summary : unranked) {
        ranking.add(new EvaluationSweepResult.AgentSummary(ranking.size() + 1, summary.agent(), summary.name(),
            summary.matches(), summary.meanReturn()));
      }
      return new EvaluationSweepResult(spec, pairings, ranking, kept == null ? List.of() : kept);
    }
  }
}

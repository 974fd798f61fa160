package org.agora.evaluation.tournament;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.agora.evaluation.population.CrossTable;
import org.agora.evaluation.population.CrossTableBuilder;
import org.agora.evaluation.statistics.RunningStatistics;

/**
 * The summary of a tournament's match records: each agent's returns over all its matches and, for
 * two-player games, the cross-table of agent {@code i}'s returns against agent {@code j} over both
 * seatings. Records are folded in index order, so the figures do not depend on which thread played
 * which match or on how a run was resumed.
 */
public final class TournamentResult {

  private final List<String> agents;
  private final int players;
  private final long matches;
  private final RunningStatistics[] overall;
  /** Row-major agents x agents, two-player games only (else null). */
  private final RunningStatistics[] cells;

  private TournamentResult(List<String> agents, int players, long matches, RunningStatistics[] overall,
      RunningStatistics[] cells) {
    this.agents = agents;
    this.players = players;
    this.matches = matches;
    this.overall = overall;
    this.cells = cells;
  }

  /**
   * Summarises {@code records} of a tournament between {@code agents} in a game of {@code players}
   * players (records in any order; duplicates of an index are an error).
   *
   * @throws IllegalArgumentException for a record of another size, an unknown agent or a repeated index
   */
  public static TournamentResult of(List<String> agents, int players, List<MatchRecord> records) {
    List<MatchRecord> sorted = new ArrayList<>(records);
    sorted.sort(Comparator.comparingLong(MatchRecord::index));
    int n = agents.size();
    RunningStatistics[] overall = new RunningStatistics[n];
    for (int a = 0; a < n; a++) {
      overall[a] = new RunningStatistics();
    }
    RunningStatistics[] cells = null;
    if (players == 2) {
      cells = new RunningStatistics[n * n];
      for (int c = 0; c < cells.length; c++) {
        cells[c] = new RunningStatistics();
      }
    }
    long previous = -1;
    for (MatchRecord record : sorted) {
      if (record.index() == previous) {
        throw new IllegalArgumentException("match " + record.index() + " appears twice");
      }
      previous = record.index();
      if (record.players() != players) {
        throw new IllegalArgumentException("match " + record.index() + " has " + record.players()
            + " seats; the game has " + players + " players");
      }
      for (int s = 0; s < players; s++) {
        int agent = record.agentAt(s);
        if (agent < 0 || agent >= n) {
          throw new IllegalArgumentException("match " + record.index() + " names agent " + agent + "; there are " + n);
        }
        overall[agent].add(record.returnAt(s));
        if (cells != null) {
          cells[agent * n + record.agentAt(1 - s)].add(record.returnAt(s));
        }
      }
    }
    return new TournamentResult(List.copyOf(agents), players, sorted.size(), overall, cells);
  }

  /** The agents' strings, index order. */
  public List<String> agents() {
    return agents;
  }

  /** Players of the game. */
  public int players() {
    return players;
  }

  /** Matches summarised. */
  public long matches() {
    return matches;
  }

  /** Agent {@code agent}'s returns over all its matches (a copy). */
  public RunningStatistics returns(int agent) {
    return copy(overall[agent]);
  }

  /**
   * Agent {@code agent}'s returns against {@code opponent} over both seatings (a copy; self-play
   * counts both seats).
   *
   * @throws IllegalStateException when the game is not a two-player game
   */
  public RunningStatistics returns(int agent, int opponent) {
    if (cells == null) {
      throw new IllegalStateException("a cross-table needs a two-player game; this one has " + players + " players");
    }
    return copy(cells[agent * agents.size() + opponent]);
  }

  /** The mean of {@link #returns(int, int)}, or NaN when the two never met. */
  public double meanReturn(int agent, int opponent) {
    RunningStatistics cell = returns(agent, opponent);
    return cell.count() == 0 ? Double.NaN : cell.mean();
  }

  /**
   * The cross-table of a two-player tournament in which every two distinct agents met, for the
   * population metrics ({@link org.agora.evaluation.population.PopulationMetrics}): cell (i, j) holds
   * agent i's matches against agent j, with their count and spread. The diagonal is filled only when
   * every agent played itself. An agent string given more than once is named with {@code #k} after its
   * second and later occurrences ({@code random}, {@code random #2}).
   *
   * @throws IllegalStateException for a game of more than two players, or when some pair never met
   */
  public CrossTable crossTable() {
    if (cells == null) {
      throw new IllegalStateException("a cross-table needs a two-player game; this one has " + players + " players");
    }
    List<String> names = uniqueNames(agents);
    int n = agents.size();
    boolean selfPlay = true;
    for (int a = 0; a < n; a++) {
      selfPlay &= cells[a * n + a].count() > 0;
    }
    CrossTableBuilder builder = new CrossTableBuilder(names);
    for (int a = 0; a < n; a++) {
      for (int b = 0; b < n; b++) {
        if (a == b && !selfPlay) {
          continue;
        }
        if (cells[a * n + b].count() == 0) {
          throw new IllegalStateException(names.get(a) + " never met " + names.get(b)
              + "; a cross-table needs every pair (a round robin)");
        }
        builder.put(names.get(a), names.get(b), copy(cells[a * n + b]));
      }
    }
    return builder.build();
  }

  static List<String> uniqueNames(List<String> agents) {
    Map<String, Integer> seen = new HashMap<>();
    List<String> names = new java.util.ArrayList<>(agents.size());
    for (String agent : agents) {
      int occurrence = seen.merge(agent, 1, Integer::sum);
      names.add(occurrence == 1 ? agent : agent + " #" + occurrence);
    }
    return names;
  }

  private static RunningStatistics copy(RunningStatistics statistics) {
    RunningStatistics copy = new RunningStatistics();
    copy.merge(statistics);
    return copy;
  }
}

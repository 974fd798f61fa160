package org.agora.cli.evaluate;

import java.util.ArrayList;
import java.util.List;
import org.agora.evaluation.population.CrossTable;
import org.agora.evaluation.population.MetricIntervals;
import org.agora.evaluation.population.PopulationBootstrap;
import org.agora.evaluation.rating.MatchStreamRatings;
import org.agora.evaluation.tournament.MatchRecord;
import org.agora.evaluation.tournament.TournamentResult;

/**
 * Everything the evaluate and rate commands compute from a tournament's match records: the
 * cross-table (two-player games), the bootstrap intervals of its population metrics, and the
 * match-stream ratings. The records are read once into memory.
 *
 * @param agents the agents' names as the cross-table gives them (repeated strings numbered)
 * @param table the cross-table, or {@code null} for a game of more than two players
 * @param intervals the metrics' bootstrap intervals, table order (empty without a table)
 * @param streamRatings Elo, Glicko-2 and Weng–Lin from the records
 * @param matches the number of records
 */
public record MatchEvaluation(List<String> agents, CrossTable table, List<MetricIntervals> intervals,
    MatchStreamRatings streamRatings, long matches) {

  /**
   * Evaluates {@code input}'s records.
   *
   * @param resamples bootstrap resamples (0 for no intervals)
   * @param seed the bootstrap seed
   * @throws IllegalArgumentException for inconsistent records (unknown agent, repeated index, wrong seat count)
   * @throws IllegalStateException when a two-player tournament is not a full round robin
   */
  public static MatchEvaluation of(EvaluationInput.Matches input, int resamples, long seed) {
    List<MatchRecord> records = new ArrayList<>();
    input.records().forEach(records::add);
    if (records.isEmpty()) {
      throw new IllegalArgumentException(input.source() + " has no matches to evaluate");
    }
    TournamentResult result = TournamentResult.of(input.agents(), input.players(), records);
    if (input.players() != 2) {
      List<String> names = uniqueNames(input.agents());
      return new MatchEvaluation(names, null, List.of(), MatchStreamRatings.of(names, records), records.size());
    }
    CrossTable table = result.crossTable();
    List<MetricIntervals> intervals = resamples == 0 ? List.of()
        : new PopulationBootstrap(resamples, PopulationBootstrap.DEFAULT_LEVEL, seed).intervals(input.agents(), records);
    return new MatchEvaluation(table.agents(), table, intervals, MatchStreamRatings.of(table.agents(), records),
        records.size());
  }

  /** The names {@link TournamentResult#crossTable()} uses: a repeated string gets {@code #k}. */
  static List<String> uniqueNames(List<String> agents) {
    java.util.Map<String, Integer> seen = new java.util.HashMap<>();
    List<String> names = new ArrayList<>(agents.size());
    for (String agent : agents) {
      int occurrence = seen.merge(agent, 1, Integer::sum);
      names.add(occurrence == 1 ? agent : agent + " #" + occurrence);
    }
    return List.copyOf(names);
  }
}

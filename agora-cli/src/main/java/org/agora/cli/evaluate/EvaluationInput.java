package org.agora.cli.evaluate;

import java.util.List;
import org.agora.evaluation.population.CrossTable;
import org.agora.evaluation.tournament.MatchRecord;

/**
 * What {@code agora evaluate} and {@code agora rate} evaluate: a cross-table of mean returns (a
 * file) or the match records of a tournament (a stored tournament, or a run in memory).
 */
public sealed interface EvaluationInput {

  /** Where the data came from, for headers and reports. */
  String source();

  /**
   * A cross-table of mean returns, without matches.
   *
   * @param source e.g. the file name
   * @param table the table
   */
  record Table(String source, CrossTable table) implements EvaluationInput {}

  /**
   * A tournament's match records.
   *
   * @param source e.g. {@code tournament 7}
   * @param agents the tournament's agent strings, index order (the records' agent indexes)
   * @param players the game's player count
   * @param records the records, any order (index order when streamed from a store)
   */
  record Matches(String source, List<String> agents, int players, Iterable<MatchRecord> records)
      implements EvaluationInput {

    public Matches {
      agents = List.copyOf(agents);
    }
  }
}

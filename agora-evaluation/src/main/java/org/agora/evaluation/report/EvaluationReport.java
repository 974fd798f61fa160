package org.agora.evaluation.report;

import java.util.List;
import java.util.Objects;
import org.agora.evaluation.population.CrossTable;
import org.agora.evaluation.population.MetricIntervals;
import org.agora.evaluation.population.PopulationMetrics;
import org.agora.evaluation.rating.MatchStreamRatings;

/**
 * What an evaluation report shows: a cross-table with its population metrics, and whatever else
 * the input allowed: bootstrap intervals and match-stream ratings need match records, which a
 * published table of means does not have.
 *
 * @param title the report's title (plain text; escaped when written)
 * @param source where the data came from, e.g. a file name or a tournament id (plain text)
 * @param table the cross-table
 * @param intervals bootstrap intervals of the metrics, table order; empty when there are no matches
 * @param tableRatings Nash averaging and alpha-rank of the table, or {@code null} when not computed
 * @param streamRatings Elo, Glicko-2 and Weng–Lin from the matches, or {@code null} without matches
 */
public record EvaluationReport(String title, String source, CrossTable table, List<MetricIntervals> intervals,
    CrossTableRatings tableRatings, MatchStreamRatings streamRatings) {

  public EvaluationReport {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(table, "table");
    intervals = List.copyOf(intervals);
    if (!intervals.isEmpty() && intervals.size() != table.size()) {
      throw new IllegalArgumentException("the report has " + intervals.size() + " intervals for " + table.size()
          + " agents");
    }
  }

  /** The population metrics of the table. */
  public PopulationMetrics metrics() {
    return PopulationMetrics.of(table);
  }
}

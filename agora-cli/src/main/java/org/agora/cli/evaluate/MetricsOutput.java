package org.agora.cli.evaluate;

import java.util.List;
import org.agora.cli.output.CsvWriter;
import org.agora.cli.output.JsonWriter;
import org.agora.cli.output.Numbers;
import org.agora.cli.output.TextTable;
import org.agora.evaluation.population.AgentMetrics;
import org.agora.evaluation.population.CrossTable;
import org.agora.evaluation.population.Interval;
import org.agora.evaluation.population.MetricIntervals;
import org.agora.evaluation.population.PopulationMetrics;

/**
 * The population metrics of a cross-table, ranked by aggregate score, as a text table, JSON or
 * CSV; with bootstrap intervals when there are any.
 *
 * @param source where the table came from
 * @param table the cross-table
 * @param intervals the intervals, table order, or empty
 * @param matches the number of matches behind the table, or -1 when unknown (a table of means)
 */
public record MetricsOutput(String source, CrossTable table, List<MetricIntervals> intervals, long matches) {

  public MetricsOutput {
    intervals = List.copyOf(intervals);
  }

  private List<AgentMetrics> ranked() {
    return PopulationMetrics.of(table).rankedByAggregateScore();
  }

  private MetricIntervals intervalsOf(AgentMetrics agent) {
    return intervals.isEmpty() ? null : intervals.get(table.indexOf(agent.agent()));
  }

  /** A ranked text table with a one-line header. */
  public String text() {
    StringBuilder out = new StringBuilder();
    out.append(source).append(": ").append(table.size()).append(" agents")
        .append(matches >= 0 ? ", " + Numbers.grouped(matches) + " matches" : ", a table of mean returns (no matches)")
        .append(intervals.isEmpty() ? "" : "; 95% bootstrap intervals").append("\n\n");
    boolean withIntervals = !intervals.isEmpty();
    TextTable ranking = withIntervals
        ? TextTable.withHeaders("RANK", "AGENT", "AGGREGATE SCORE", "95% INTERVAL", "POPULATION RETURN", "95% INTERVAL",
            "EXPLOITABILITY", "95% INTERVAL").align(TextTable.Alignment.RIGHT, 0, 2, 3, 4, 5, 6, 7)
        : TextTable.withHeaders("RANK", "AGENT", "AGGREGATE SCORE", "POPULATION RETURN", "EXPLOITABILITY")
            .align(TextTable.Alignment.RIGHT, 0, 2, 3, 4);
    int rank = 1;
    for (AgentMetrics agent : ranked()) {
      MetricIntervals bounds = intervalsOf(agent);
      if (bounds == null) {
        ranking.addRow(rank++, agent.agent(), Numbers.fixed(agent.aggregateScore(), 2),
            Numbers.fixed(agent.populationReturn(), 2), Numbers.fixed(agent.withinPopulationExploitability(), 2));
      } else {
        ranking.addRow(rank++, agent.agent(), Numbers.fixed(agent.aggregateScore(), 2), text(bounds.aggregateScore()),
            Numbers.fixed(agent.populationReturn(), 2), text(bounds.populationReturn()),
            Numbers.fixed(agent.withinPopulationExploitability(), 2), text(bounds.withinPopulationExploitability()));
      }
    }
    return out.append(ranking.render()).toString();
  }

  private static String text(Interval interval) {
    return "[" + Numbers.fixed(interval.lower(), 2) + ", " + Numbers.fixed(interval.upper(), 2) + "]";
  }

  /** JSON: the source, counts and the ranked agents. */
  public String json() {
    JsonWriter writer = new JsonWriter().beginObject().field("source", source).field("agentCount", table.size());
    if (matches >= 0) {
      writer.field("matches", matches);
    }
    writer.name("agents").beginArray();
    int rank = 1;
    for (AgentMetrics agent : ranked()) {
      writer.beginObject().field("rank", rank++).field("agent", agent.agent())
          .field("aggregateScore", agent.aggregateScore())
          .field("populationReturn", agent.populationReturn())
          .field("withinPopulationExploitability", agent.withinPopulationExploitability());
      MetricIntervals bounds = intervalsOf(agent);
      if (bounds != null) {
        writer.name("intervals").beginObject();
        interval(writer, "aggregateScore", bounds.aggregateScore());
        interval(writer, "populationReturn", bounds.populationReturn());
        interval(writer, "withinPopulationExploitability", bounds.withinPopulationExploitability());
        writer.endObject();
      }
      writer.endObject();
    }
    return writer.endArray().endObject().toString();
  }

  private static void interval(JsonWriter writer, String name, Interval interval) {
    writer.name(name).beginArray().value(interval.lower()).value(interval.upper()).endArray();
  }

  /** CSV: one line per agent, ranked; interval columns empty without intervals. */
  public String csv() {
    CsvWriter csv = new CsvWriter("rank", "agent", "aggregate_score", "aggregate_score_lower", "aggregate_score_upper",
        "population_return", "population_return_lower", "population_return_upper",
        "within_population_exploitability", "within_population_exploitability_lower",
        "within_population_exploitability_upper");
    int rank = 1;
    for (AgentMetrics agent : ranked()) {
      MetricIntervals bounds = intervalsOf(agent);
      csv.row(rank++, agent.agent(), agent.aggregateScore(), lower(bounds == null ? null : bounds.aggregateScore()),
          upper(bounds == null ? null : bounds.aggregateScore()), agent.populationReturn(),
          lower(bounds == null ? null : bounds.populationReturn()), upper(bounds == null ? null : bounds.populationReturn()),
          agent.withinPopulationExploitability(),
          lower(bounds == null ? null : bounds.withinPopulationExploitability()),
          upper(bounds == null ? null : bounds.withinPopulationExploitability()));
    }
    return csv.toString();
  }

  private static Double lower(Interval interval) {
    return interval == null ? null : interval.lower();
  }

  private static Double upper(Interval interval) {
    return interval == null ? null : interval.upper();
  }
}

package org.agora.evaluation.population;

/**
 * One agent's population metrics with their bootstrap confidence intervals
 * ({@link PopulationBootstrap}).
 *
 * @param estimate the metrics of the matches as played (the point estimate)
 * @param populationReturn the interval of the population return
 * @param withinPopulationExploitability the interval of the within-population exploitability
 * @param aggregateScore the interval of the aggregate score
 */
public record MetricIntervals(AgentMetrics estimate, Interval populationReturn, Interval withinPopulationExploitability,
    Interval aggregateScore) {

  /** The agent's name. */
  public String agent() {
    return estimate.agent();
  }
}

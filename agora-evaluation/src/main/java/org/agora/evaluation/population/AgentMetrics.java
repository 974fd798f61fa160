package org.agora.evaluation.population;

/**
 * The three population metrics of one agent (see {@link PopulationMetrics} for the definitions).
 *
 * @param agent the agent's name
 * @param populationReturn mean return against the members of the population
 * @param withinPopulationExploitability the largest loss against any member of the population
 * @param aggregateScore population return minus within-population exploitability
 */
public record AgentMetrics(String agent, double populationReturn, double withinPopulationExploitability,
    double aggregateScore) {}

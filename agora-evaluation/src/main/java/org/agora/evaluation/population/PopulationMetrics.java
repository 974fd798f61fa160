package org.agora.evaluation.population;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * The population-based evaluation metrics of Lanctot, Schultz, Burch, Smith, Hennes, Anthony and
 * Pérolat, "Population-based Evaluation in Repeated Rock-Paper-Scissors as a Benchmark for
 * Multiagent Reinforcement Learning" (Transactions on Machine Learning Research, 2023), computed
 * from a {@link CrossTable}.
 *
 * <p>For a population {@code B} of {@code n} agents and an agent {@code p} with mean return
 * {@code r(p, b)} against each {@code b} in {@code B}:
 * <ul>
 *   <li><b>population return</b> {@code PopRet(p) = (1/n) sum_b r(p, b)}, the expected return
 *       against an opponent drawn uniformly from the population;
 *   <li><b>within-population exploitability</b> {@code PopExpl(p) = max_b -r(p, b)}, the most any
 *       member of the population wins from {@code p}: in a zero-sum game {@code -r(p, b)} is
 *       {@code b}'s return in the same matches, so this is exploitability with best responses
 *       restricted to the population, a lower bound on true exploitability;
 *   <li><b>aggregate score</b> {@code Agg(p) = PopRet(p) - PopExpl(p)}, which rewards exploiting
 *       the population and penalizes being exploited by it.
 * </ul>
 * A member of the table is evaluated against the whole population, itself included (the diagonal
 * cell, its self-play return); an agent outside the population ({@link #evaluate}) is evaluated
 * from its row of returns against the {@code n} members. Both metrics use only the agent's own row,
 * so a table that is not exactly antisymmetric (seatings measured separately) is read the same
 * way as the paper's published table.
 *
 * <p>Consequences of the definitions, checked by the property tests: {@code PopExpl(p) >= -PopRet(p)}
 * (a maximum is at least the mean), hence {@code Agg(p) <= 2 PopRet(p)}; for a member of a table
 * with a zero diagonal, {@code PopExpl(p) >= 0} and {@code Agg(p) <= PopRet(p)}; adding a constant
 * {@code c} to every cell adds {@code c} to every population return, subtracts it from every
 * exploitability and adds {@code 2c} to every aggregate score.
 *
 * <p>Cost: {@code O(n^2)} for the whole table, {@code O(n)} per outside agent.
 */
public final class PopulationMetrics {

  private final CrossTable table;
  private final List<AgentMetrics> metrics;

  private PopulationMetrics(CrossTable table, List<AgentMetrics> metrics) {
    this.table = table;
    this.metrics = metrics;
  }

  /** The metrics of every agent of {@code table} against the table's whole population. */
  public static PopulationMetrics of(CrossTable table) {
    List<AgentMetrics> metrics = new ArrayList<>(table.size());
    for (int row = 0; row < table.size(); row++) {
      metrics.add(fromRow(table.agent(row), table.row(row)));
    }
    return new PopulationMetrics(table, Collections.unmodifiableList(metrics));
  }

  /**
   * The metrics of an agent outside the population of {@code population}, from its mean returns
   * against each member in table order.
   *
   * @throws IllegalArgumentException (one line) when the row's length differs from the
   *     population's size or a return is not finite
   */
  public static AgentMetrics evaluate(CrossTable population, String agent, double[] returnsAgainstPopulation) {
    if (returnsAgainstPopulation.length != population.size()) {
      throw new IllegalArgumentException("agent '" + agent + "' has " + returnsAgainstPopulation.length
          + " returns; the population has " + population.size() + " agents");
    }
    for (int column = 0; column < returnsAgainstPopulation.length; column++) {
      if (!Double.isFinite(returnsAgainstPopulation[column])) {
        throw new IllegalArgumentException("return of '" + agent + "' against '" + population.agent(column) + "' is "
            + returnsAgainstPopulation[column] + "; returns must be finite");
      }
    }
    return fromRow(agent, returnsAgainstPopulation);
  }

  private static AgentMetrics fromRow(String agent, double[] row) {
    double sum = 0;
    double exploitability = Double.NEGATIVE_INFINITY;
    for (double value : row) {
      sum += value;
      exploitability = Math.max(exploitability, -value);
    }
    double populationReturn = sum / row.length;
    exploitability += 0.0; // a row of zeros loses at most 0, not -0
    return new AgentMetrics(agent, populationReturn, exploitability, populationReturn - exploitability);
  }

  /** The table the metrics were computed from. */
  public CrossTable table() {
    return table;
  }

  /** The metrics of every agent, in table order. */
  public List<AgentMetrics> agents() {
    return metrics;
  }

  /** The metrics of the named agent. */
  public AgentMetrics agent(String name) {
    return metrics.get(table.indexOf(name));
  }

  /** The agents by aggregate score, best first; ties by population return, then by name. */
  public List<AgentMetrics> rankedByAggregateScore() {
    List<AgentMetrics> ranked = new ArrayList<>(metrics);
    ranked.sort(Comparator.comparingDouble(AgentMetrics::aggregateScore).reversed()
        .thenComparing(Comparator.comparingDouble(AgentMetrics::populationReturn).reversed())
        .thenComparing(AgentMetrics::agent));
    return ranked;
  }

  /** The mean population return over the population (0 for an antisymmetric table). */
  public double meanPopulationReturn() {
    return metrics.stream().mapToDouble(AgentMetrics::populationReturn).average().orElseThrow();
  }

  /** The mean within-population exploitability over the population (the paper's population summary). */
  public double meanWithinPopulationExploitability() {
    return metrics.stream().mapToDouble(AgentMetrics::withinPopulationExploitability).average().orElseThrow();
  }

  /** The mean aggregate score over the population. */
  public double meanAggregateScore() {
    return metrics.stream().mapToDouble(AgentMetrics::aggregateScore).average().orElseThrow();
  }
}

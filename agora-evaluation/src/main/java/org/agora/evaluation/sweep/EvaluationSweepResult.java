package org.agora.evaluation.sweep;

import java.util.List;

/**
 * The summary of an evaluation sweep ({@link EvaluationSweep#summarise}): per (agent, opponent) the
 * agent's returns over every match and seed, per agent the mean of those means over its opponents,
 * ranked, and the match rows sorted by (seed index, match index).
 *
 * @param spec the specification
 * @param pairings one per (agent, opponent), agent-major
 * @param ranking the agents, best mean over opponents first (ties: lower agent index first)
 * @param rows every match, sorted by (seed index, match index); empty when the engine did not keep them
 *     (the Spark engine keeps at most a million: a larger sweep's rows are in its Parquet files)
 */
public record EvaluationSweepResult(EvaluationSweepSpec spec, List<Pairing> pairings, List<AgentSummary> ranking,
    List<SweepMatch> rows) {

  public EvaluationSweepResult {
    pairings = List.copyOf(pairings);
    ranking = List.copyOf(ranking);
    rows = List.copyOf(rows);
  }

  /**
   * One agent against one opponent over all seeds.
   *
   * @param agent index into the spec's agents
   * @param opponent index into the spec's opponents
   * @param matches matches played
   * @param meanReturn the agent's mean return (NaN with no match)
   * @param standardError the standard error of that mean (NaN with fewer than two matches)
   */
  public record Pairing(int agent, int opponent, long matches, double meanReturn, double standardError) {}

  /**
   * One agent's figures.
   *
   * @param rank 1 for the best
   * @param agent index into the spec's agents
   * @param name the agent string
   * @param matches matches it played
   * @param meanReturn the mean over its opponents of its mean return against each
   */
  public record AgentSummary(int rank, int agent, String name, long matches, double meanReturn) {}

  /** The pairing of agent {@code agent} and opponent {@code opponent}. */
  public Pairing pairing(int agent, int opponent) {
    return pairings.get(agent * spec.opponents().size() + opponent);
  }

  /** Matches summarised. */
  public long matches() {
    return rows.size();
  }
}

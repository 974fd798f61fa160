package org.agora.evaluation.report;

import java.util.List;
import org.agora.evaluation.alpharank.AlphaRank;
import org.agora.evaluation.alpharank.AlphaRankResult;
import org.agora.evaluation.nashaveraging.AgentVsAgentRatings;
import org.agora.evaluation.nashaveraging.NashAveraging;
import org.agora.evaluation.population.CrossTable;

/**
 * The game-theoretic ratings of a cross-table's agents: Nash averaging (Balduzzi et al.,
 * "Re-evaluating Evaluation", NeurIPS 2018) and single-population alpha-rank (Omidshafiei et al.,
 * "α-Rank: Multi-Agent Evaluation by Evolution", Scientific Reports 2019).
 *
 * <p>Nash averaging needs an antisymmetric matrix; a measured table is antisymmetric only up to
 * noise (the two seatings are measured separately), so it is applied to the table's antisymmetric
 * part {@code A = (M - M^T) / 2}, which equals {@code M} for an exactly antisymmetric table.
 * Alpha-rank reads the table itself as the symmetric game's meta-payoff matrix
 * ({@code M[i][j]} is i's payoff against j).
 *
 * @param agents the agents' names, table order
 * @param nashWeights the maximum-entropy Nash equilibrium of {@code A} (mass per agent)
 * @param nashRatings the Nash average {@code A p} per agent (at most 0; 0 on the support)
 * @param alpha alpha-rank's ranking intensity
 * @param populationSize alpha-rank's population size m
 * @param alphaRankMass each agent's mass in alpha-rank's stationary distribution
 */
public record CrossTableRatings(List<String> agents, double[] nashWeights, double[] nashRatings, double alpha,
    int populationSize, double[] alphaRankMass) {

  /** Default alpha-rank population size (as in OpenSpiel's alpha-rank examples). */
  public static final int DEFAULT_POPULATION_SIZE = 50;

  /** Default ranking intensity. */
  public static final double DEFAULT_ALPHA = 1.0;

  public CrossTableRatings {
    agents = List.copyOf(agents);
    nashWeights = nashWeights.clone();
    nashRatings = nashRatings.clone();
    alphaRankMass = alphaRankMass.clone();
  }

  /**
   * Both ratings of {@code table}.
   *
   * @throws IllegalArgumentException for a bad alpha or population size, or a table too large for
   *     alpha-rank ({@link AlphaRank#MAXIMUM_PROFILES} agents)
   */
  public static CrossTableRatings of(CrossTable table, double alpha, int populationSize) {
    AlphaRank alphaRank = new AlphaRank(alpha, populationSize);
    int n = table.size();
    double[] matrix = table.meanReturns();
    double[] antisymmetric = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        antisymmetric[i * n + j] = 0.5 * (matrix[i * n + j] - matrix[j * n + i]);
      }
    }
    AgentVsAgentRatings nash = new NashAveraging().agentVsAgent(antisymmetric, n);
    AlphaRankResult ranking = alphaRank.singlePopulation(matrix, n);
    return new CrossTableRatings(table.agents(), nash.weights(), nash.ratings(), alpha, populationSize,
        ranking.marginal(0));
  }

  @Override
  public double[] nashWeights() {
    return nashWeights.clone();
  }

  @Override
  public double[] nashRatings() {
    return nashRatings.clone();
  }

  @Override
  public double[] alphaRankMass() {
    return alphaRankMass.clone();
  }
}

package org.agora.evaluation.psro;

import org.agora.evaluation.alpharank.AlphaRank;
import org.agora.evaluation.alpharank.AlphaRankResult;

/**
 * Alpha-rank as a PSRO meta-solver (Muller et al., "A Generalized Training Approach for Multiagent
 * Learning", ICLR 2020): the meta-strategy of each player is its marginal of the multi-population
 * alpha-rank stationary distribution over the meta-game's pure profiles ({@link AlphaRank}, Omidshafiei
 * et al., Scientific Reports 2019). Cost O((n^2)^3) for n policies per player, so the meta-game may
 * hold at most 50 policies per player ({@link AlphaRank#MAXIMUM_PROFILES} profiles). The default
 * intensity is 10: at 100, Kuhn poker's meta-games make the stationary solve fail its residual
 * check with a NaN residual ({@code AlphaRank} at that intensity is a known limitation).
 */
public final class AlphaRankMetaSolver implements MetaSolver {

  /** Default ranking intensity. */
  public static final double DEFAULT_ALPHA = 10.0;
  /** Default population size m. */
  public static final int DEFAULT_POPULATION = 50;

  private final AlphaRank alphaRank;

  /** Alpha-rank with the default intensity and population size. */
  public AlphaRankMetaSolver() {
    this(DEFAULT_ALPHA, DEFAULT_POPULATION);
  }

  /**
   * Alpha-rank with ranking intensity {@code alpha} and population size {@code population}.
   *
   * @throws IllegalArgumentException as {@link AlphaRank#AlphaRank(double, int)}
   */
  public AlphaRankMetaSolver(double alpha, int population) {
    this.alphaRank = new AlphaRank(alpha, population);
  }

  @Override
  public String name() {
    return "alpharank(alpha=" + alphaRank.alpha() + ",population=" + alphaRank.populationSize() + ")";
  }

  @Override
  public double[][] solve(MetaGame game) {
    int n = game.size();
    if (n == 1) {
      return new double[][] {{1.0}, {1.0}};
    }
    if ((long) n * n > AlphaRank.MAXIMUM_PROFILES) {
      throw new IllegalArgumentException("alpha-rank handles at most " + AlphaRank.MAXIMUM_PROFILES
          + " meta-game profiles; " + n + " policies per player make " + n * n + " (use fewer iterations)");
    }
    double[] payoffs = new double[2 * n * n];
    for (int player = 0; player < 2; player++) {
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          payoffs[player * n * n + i * n + j] = game.payoff(player, i, j);
        }
      }
    }
    AlphaRankResult result = alphaRank.multiPopulation(new int[] {n, n}, payoffs);
    return new double[][] {MetaStrategies.normalise(result.marginal(0)), MetaStrategies.normalise(result.marginal(1))};
  }
}

package org.agora.evaluation.alpharank;

/**
 * Alpha-rank: ranks strategies (agents) by the stationary distribution of an evolutionary Markov
 * chain over pure strategy profiles.
 *
 * <p>Reference: S. Omidshafiei, C. Papadimitriou, G. Piliouras, K. Tuyls, M. Rowland, J.-B. Lespiau,
 * W. M. Czarnecki, M. Lanctot, J. Perolat and R. Munos, "α-Rank: Multi-Agent Evaluation by
 * Evolution", Scientific Reports 9, 9937, 2019. Each population of m individuals is monomorphic
 * (all play one strategy) most of the time; a mutant strategy appears in one population and fixes
 * there with the probability of {@link FixationProbabilities} (Fermi selection at ranking intensity
 * alpha). The chain's states are the pure profiles; from profile s it moves to each profile t that
 * differs in exactly one population k with probability {@code eta rho_k(s -> t)}, where
 * {@code eta = 1 / sum_k (|S_k| - 1)}, and stays with the remaining probability. The ranking is the
 * stationary distribution pi, and a strategy's score is its marginal mass.
 *
 * <ul>
 *   <li>Multi-population ({@link #multiPopulation}): k populations, one payoff tensor each; the
 *       mutant's fitness is population k's payoff at t, the resident's at s, independent of the
 *       number of mutants.
 *   <li>Single-population ({@link #singlePopulation}): a symmetric two-player game with meta-payoff
 *       matrix M; with k mutants of strategy tau among m, the mutant's fitness is
 *       {@code ((k-1) M[tau][tau] + (m-k) M[tau][sigma]) / (m-1)} and the resident's
 *       {@code (k M[sigma][tau] + (m-k-1) M[sigma][sigma]) / (m-1)}.
 * </ul>
 *
 * <p>The stationary distribution is solved directly and checked ({@link StationaryDistribution}).
 * Departures: the infinite-alpha limit is not offered (take a large finite alpha: the solve stays
 * accurate when transition probabilities underflow). Cost: {@code O(N^3)} for N profiles, at most
 * {@link #MAXIMUM_PROFILES}.
 */
public final class AlphaRank {

  /** Largest number of pure profiles (the dense transition matrix is N x N). */
  public static final int MAXIMUM_PROFILES = 2500;

  private final double alpha;
  private final int populationSize;

  /**
   * Alpha-rank with ranking intensity {@code alpha} and population size {@code populationSize}.
   *
   * @throws IllegalArgumentException if alpha is negative or not finite, or the population has fewer
   *     than 2 individuals
   */
  public AlphaRank(double alpha, int populationSize) {
    if (!(alpha >= 0.0) || !Double.isFinite(alpha)) {
      throw new IllegalArgumentException("the ranking intensity alpha must be a finite number >= 0, got " + alpha);
    }
    if (populationSize < 2) {
      throw new IllegalArgumentException("the population size m must be at least 2, got " + populationSize);
    }
    this.alpha = alpha;
    this.populationSize = populationSize;
  }

  /** The ranking intensity. */
  public double alpha() {
    return alpha;
  }

  /** The population size m. */
  public int populationSize() {
    return populationSize;
  }

  /**
   * Single-population alpha-rank of a symmetric game: {@code payoffs[sigma * strategies + tau]} is
   * the payoff of strategy sigma against tau.
   *
   * @throws IllegalArgumentException on a size mismatch, a non-finite payoff or too many strategies
   */
  public AlphaRankResult singlePopulation(double[] payoffs, int strategies) {
    if (strategies < 1) {
      throw new IllegalArgumentException("alpha-rank needs at least 1 strategy, got " + strategies);
    }
    if (payoffs.length != strategies * strategies) {
      throw new IllegalArgumentException("the meta-payoff matrix has " + payoffs.length + " entries, expected "
          + strategies + " x " + strategies + " = " + strategies * strategies);
    }
    checkFinite(payoffs);
    checkSize(strategies);
    int m = populationSize;
    double[] transitions = new double[strategies * strategies];
    double eta = strategies > 1 ? 1.0 / (strategies - 1) : 0.0;
    double[] gaps = new double[m - 1];
    for (int resident = 0; resident < strategies; resident++) {
      double leave = 0.0;
      for (int mutant = 0; mutant < strategies; mutant++) {
        if (mutant == resident) {
          continue;
        }
        double mutantSelf = payoffs[mutant * strategies + mutant];
        double mutantOther = payoffs[mutant * strategies + resident];
        double residentOther = payoffs[resident * strategies + mutant];
        double residentSelf = payoffs[resident * strategies + resident];
        for (int k = 1; k < m; k++) {
          double mutantFitness = ((k - 1) * mutantSelf + (m - k) * mutantOther) / (m - 1);
          double residentFitness = (k * residentOther + (m - k - 1) * residentSelf) / (m - 1);
          gaps[k - 1] = mutantFitness - residentFitness;
        }
        double probability = eta * FixationProbabilities.varyingGap(alpha, gaps, m);
        transitions[resident * strategies + mutant] = probability;
        leave += probability;
      }
      transitions[resident * strategies + resident] = Math.max(0.0, 1.0 - leave);
    }
    double[] stationary = StationaryDistribution.of(transitions, strategies);
    return new AlphaRankResult(new int[] {strategies}, alpha, m, stationary, stationary.clone());
  }

  /**
   * Multi-population alpha-rank: population k has {@code strategyCounts[k]} strategies and receives
   * {@code payoffs[k * P + profile]} at each pure profile (P profiles; the first population's strategy
   * most significant in the profile index, as in Agora's normal-form payoff tensors).
   *
   * @throws IllegalArgumentException on a size mismatch, a non-finite payoff or too many profiles
   */
  public AlphaRankResult multiPopulation(int[] strategyCounts, double[] payoffs) {
    int populations = strategyCounts.length;
    if (populations < 1) {
      throw new IllegalArgumentException("alpha-rank needs at least 1 population");
    }
    double profileCount = 1;
    int mutations = 0;
    for (int k = 0; k < populations; k++) {
      if (strategyCounts[k] < 1) {
        throw new IllegalArgumentException("population " + k + " has " + strategyCounts[k]
            + " strategies; each needs at least 1");
      }
      profileCount *= strategyCounts[k];
      mutations += strategyCounts[k] - 1;
    }
    checkSize(profileCount);
    int profiles = (int) profileCount;
    if (payoffs.length != populations * profiles) {
      throw new IllegalArgumentException("the payoff tensors have " + payoffs.length + " entries, expected "
          + populations + " populations x " + profiles + " profiles = " + populations * profiles);
    }
    checkFinite(payoffs);
    int[] strides = new int[populations];
    int stride = 1;
    for (int k = populations - 1; k >= 0; k--) {
      strides[k] = stride;
      stride *= strategyCounts[k];
    }
    double eta = mutations > 0 ? 1.0 / mutations : 0.0;
    double[] transitions = new double[profiles * profiles];
    for (int profile = 0; profile < profiles; profile++) {
      double leave = 0.0;
      for (int k = 0; k < populations; k++) {
        int current = (profile / strides[k]) % strategyCounts[k];
        double residentFitness = payoffs[k * profiles + profile];
        for (int strategy = 0; strategy < strategyCounts[k]; strategy++) {
          if (strategy == current) {
            continue;
          }
          int target = profile + (strategy - current) * strides[k];
          double gap = payoffs[k * profiles + target] - residentFitness;
          double probability = eta * FixationProbabilities.constantGap(alpha, gap, populationSize);
          transitions[profile * profiles + target] = probability;
          leave += probability;
        }
      }
      transitions[profile * profiles + profile] = Math.max(0.0, 1.0 - leave);
    }
    double[] stationary = StationaryDistribution.of(transitions, profiles);
    int totalStrategies = 0;
    for (int count : strategyCounts) {
      totalStrategies += count;
    }
    double[] marginals = new double[totalStrategies];
    for (int profile = 0; profile < profiles; profile++) {
      int offset = 0;
      for (int k = 0; k < populations; k++) {
        marginals[offset + (profile / strides[k]) % strategyCounts[k]] += stationary[profile];
        offset += strategyCounts[k];
      }
    }
    return new AlphaRankResult(strategyCounts.clone(), alpha, populationSize, stationary, marginals);
  }

  private static void checkSize(double profiles) {
    if (profiles > MAXIMUM_PROFILES) {
      throw new IllegalArgumentException("alpha-rank here handles at most " + MAXIMUM_PROFILES
          + " pure profiles (a dense transition matrix); this game has " + String.format("%.0f", profiles));
    }
  }

  private static void checkFinite(double[] payoffs) {
    for (int k = 0; k < payoffs.length; k++) {
      if (!Double.isFinite(payoffs[k])) {
        throw new IllegalArgumentException("payoff entry " + k + " is " + payoffs[k] + "; payoffs must be finite");
      }
    }
  }
}

package org.agora.solvers.testing;

import java.util.Objects;
import java.util.random.RandomGenerator;
import org.agora.core.normalform.NormalFormGame;

/**
 * Tests from sampled play whether a distribution over pure profiles is an epsilon-equilibrium, with
 * confidence {@code 1 - delta}: the tester draws joint actions from the distribution and, for each
 * draw, reads from the payoff table the reward each player would have had by deviating. This is the
 * sampling test of Babichenko, Barman and Peretz, "Empirical Distribution of Equilibrium Play and
 * Its Testing Application" (arXiv:1310.7654, 2013): sample the candidate's play a small number of
 * times and check the deviation gains of the empirical play, for Nash, correlated and coarse
 * correlated equilibria.
 *
 * <p>Deviations: {@link Concept#NASH} and {@link Concept#COARSE_CORRELATED} use the constant
 * deviations (player p plays s' whatever it was told; for a product distribution this is the Nash
 * gap), {@link Concept#CORRELATED} the pairwise swaps (told s, play s'; the gap tested is the largest
 * single swap's gain, as {@code CorrelatedMeasures.correlatedGap}, not the sum over s of a swap
 * function's gains). {@link Concept#NASH} requires a product distribution (checked). Each
 * deviation's gain is the mean of n i.i.d. terms in {@code [-R, R]} with R the game's payoff range,
 * so by Hoeffding's inequality and a union bound over the K deviations every estimate is within
 * {@code t = R sqrt(2 ln(2K/delta) / n)} of its mean with probability at least {@code 1 - delta}.
 * The tester takes {@code n = ceil(8 R^2 ln(2K/delta) / epsilon^2)} samples, so that t is at most
 * epsilon/2, and passes when every estimated gain is at most epsilon/2. Then, with probability at
 * least {@code 1 - delta}: an exact equilibrium passes, and a distribution whose gap exceeds epsilon
 * fails (gaps in between may go either way, as in any property tester).
 *
 * <p>Relation to Jiang, Cui, Xiong, Fazel and Du, "A Black-box Approach for Non-stationary
 * Multi-agent Reinforcement Learning", ICLR 2024 (arXiv:2306.07465): their black-box algorithm
 * interleaves learning with equilibrium tests (NE, CE and CCE) under bandit feedback, where a
 * player sees only the reward of the joint action actually played, and they test by a black-box
 * reduction to single-agent learning (a learner per player against the others' fixed policy), so
 * the test's samples and the regret it incurs are those of that learner. Departures from that
 * setting: this tester has full information (every deviation's reward at a sampled profile is read
 * from the payoff table, one look-up per deviation, no learning), so it needs only Hoeffding's bound
 * and no exploration; it is one stand-alone test, not their scheduled tests with an accuracy
 * schedule inside a non-stationary learning loop. Rewards are the game's deterministic payoffs at
 * the sampled profiles (bounded noisy rewards in {@code [min, max]} would give the same guarantee).
 *
 * <p>Cost: {@code O(n sum_p m_p)} payoff look-ups plus {@code O(n log profiles)} to sample.
 */
public final class EquilibriumTester {

  /** Which equilibrium is tested. */
  public enum Concept {
    /** Nash (the distribution must be a product of mixed strategies): constant deviations. */
    NASH,
    /** Correlated: swap deviations, told s play s'. */
    CORRELATED,
    /** Coarse correlated: constant deviations. */
    COARSE_CORRELATED
  }

  /**
   * The test's outcome.
   *
   * @param passed whether every estimated gain is at most epsilon / 2
   * @param largestEstimatedGain the largest estimated deviation gain
   * @param player the player of that deviation
   * @param recommended the recommended strategy of that deviation (-1 for constant deviations)
   * @param deviation the strategy deviated to
   * @param samples the number of sampled joint actions n
   * @param deviations the number K of deviations tested
   * @param halfWidth the Hoeffding half-width t (at most epsilon / 2)
   */
  public record Outcome(boolean passed, double largestEstimatedGain, int player, int recommended, int deviation,
      int samples, int deviations, double halfWidth) {}

  private final Concept concept;
  private final double epsilon;
  private final double delta;

  /**
   * A tester.
   *
   * @param epsilon the tolerated gap, in payoff units ({@code > 0})
   * @param delta the allowed error probability, in {@code (0, 1)}
   */
  public EquilibriumTester(Concept concept, double epsilon, double delta) {
    this.concept = Objects.requireNonNull(concept, "concept");
    if (!(epsilon > 0.0) || !Double.isFinite(epsilon)) {
      throw new IllegalArgumentException("epsilon must be a finite number > 0, got " + epsilon);
    }
    if (!(delta > 0.0 && delta < 1.0)) {
      throw new IllegalArgumentException("delta must be in (0, 1), got " + delta);
    }
    this.epsilon = epsilon;
    this.delta = delta;
  }

  /** The number K of deviations tested in {@code game}. */
  public int deviationCount(NormalFormGame game) {
    int count = 0;
    for (int p = 0; p < game.playerCount(); p++) {
      int strategies = game.strategyCount(p);
      count += concept == Concept.CORRELATED ? strategies * (strategies - 1) : strategies;
    }
    return count;
  }

  /** The sample count {@code ceil(8 R^2 ln(2K/delta) / epsilon^2)} (at least 1). */
  public long sampleCount(NormalFormGame game) {
    double range = game.maxUtility() - game.minUtility();
    double samples = Math.ceil(8.0 * range * range * Math.log(2.0 * deviationCount(game) / delta) / (epsilon * epsilon));
    return Math.max(1L, (long) Math.min(samples, (double) Long.MAX_VALUE));
  }

  /**
   * Tests {@code distribution} (payoff-tensor order) with samples drawn from {@code random}.
   *
   * @throws IllegalArgumentException if the distribution does not fit the game or the sample count
   *     is above {@code maxSamples}
   */
  public Outcome test(NormalFormGame game, double[] distribution, RandomGenerator random, long maxSamples) {
    if (distribution.length != game.profileCount()) {
      throw new IllegalArgumentException("distribution has " + distribution.length + " entries, the game has "
          + game.profileCount() + " pure profiles");
    }
    if (concept == Concept.NASH && !isProduct(game, distribution)) {
      throw new IllegalArgumentException("a Nash test needs a product of mixed strategies, and this distribution "
          + "is correlated; test it as a CE or CCE");
    }
    long needed = sampleCount(game);
    if (needed > maxSamples) {
      throw new IllegalArgumentException("the test needs " + needed + " samples (epsilon " + epsilon + ", delta "
          + delta + ", payoff range " + (game.maxUtility() - game.minUtility()) + "), above the limit " + maxSamples
          + "; use a larger epsilon or delta");
    }
    int samples = (int) needed;
    double[] cumulative = new double[distribution.length];
    double sum = 0.0;
    for (int profile = 0; profile < distribution.length; profile++) {
      sum += distribution[profile];
      cumulative[profile] = sum;
    }
    int players = game.playerCount();
    int[] offsets = new int[players];
    int[] strides = new int[players];
    int width = 0;
    for (int p = 0; p < players; p++) {
      offsets[p] = width;
      int strategies = game.strategyCount(p);
      width += concept == Concept.CORRELATED ? strategies * strategies : strategies;
      int stride = 1;
      for (int q = players - 1; q > p; q--) {
        stride *= game.strategyCount(q);
      }
      strides[p] = stride;
    }
    double[] gains = new double[width];
    for (int n = 0; n < samples; n++) {
      int profile = draw(cumulative, random.nextDouble() * sum);
      for (int p = 0; p < players; p++) {
        int played = game.strategyInProfile(profile, p);
        int strategies = game.strategyCount(p);
        double reward = game.payoff(p, profile);
        int base = offsets[p] + (concept == Concept.CORRELATED ? played * strategies : 0);
        for (int deviation = 0; deviation < strategies; deviation++) {
          gains[base + deviation] += game.payoff(p, profile + (deviation - played) * strides[p]) - reward;
        }
      }
    }
    double largest = Double.NEGATIVE_INFINITY;
    int worstPlayer = -1;
    int worstRecommended = -1;
    int worstDeviation = -1;
    for (int p = 0; p < players; p++) {
      int strategies = game.strategyCount(p);
      int rows = concept == Concept.CORRELATED ? strategies : 1;
      for (int recommended = 0; recommended < rows; recommended++) {
        for (int deviation = 0; deviation < strategies; deviation++) {
          if (concept == Concept.CORRELATED && deviation == recommended) {
            continue;
          }
          double gain = gains[offsets[p] + recommended * strategies + deviation] / samples;
          if (gain > largest) {
            largest = gain;
            worstPlayer = p;
            worstRecommended = concept == Concept.CORRELATED ? recommended : -1;
            worstDeviation = deviation;
          }
        }
      }
    }
    double range = game.maxUtility() - game.minUtility();
    double halfWidth = range * Math.sqrt(2.0 * Math.log(2.0 * deviationCount(game) / delta) / samples);
    return new Outcome(largest <= epsilon / 2.0, largest, worstPlayer, worstRecommended, worstDeviation, samples,
        deviationCount(game), halfWidth);
  }

  /**
   * Whether {@code distribution} is the product of its marginals, to 1e-9 per profile (a correlated
   * distribution's constant deviations measure its CCE gap, not a Nash gap).
   */
  private static boolean isProduct(NormalFormGame game, double[] distribution) {
    int players = game.playerCount();
    double[][] marginals = new double[players][];
    for (int p = 0; p < players; p++) {
      marginals[p] = new double[game.strategyCount(p)];
    }
    double total = 0.0;
    for (int profile = 0; profile < distribution.length; profile++) {
      total += distribution[profile];
      for (int p = 0; p < players; p++) {
        marginals[p][game.strategyInProfile(profile, p)] += distribution[profile];
      }
    }
    for (int profile = 0; profile < distribution.length; profile++) {
      double product = total;
      for (int p = 0; p < players; p++) {
        product *= marginals[p][game.strategyInProfile(profile, p)] / total;
      }
      if (Math.abs(product - distribution[profile]) > 1e-9 * Math.max(1.0, total)) {
        return false;
      }
    }
    return true;
  }

  /** The first profile whose cumulative probability exceeds {@code u} (binary search). */
  private static int draw(double[] cumulative, double u) {
    int low = 0;
    int high = cumulative.length - 1;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (cumulative[middle] > u) {
        high = middle;
      } else {
        low = middle + 1;
      }
    }
    return low;
  }
}

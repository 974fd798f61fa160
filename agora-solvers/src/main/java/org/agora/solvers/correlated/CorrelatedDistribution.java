package org.agora.solvers.correlated;

import java.util.Arrays;
import org.agora.core.normalform.NormalFormGame;
import org.agora.solvers.MixedProfile;

/**
 * A probability distribution over the pure strategy profiles of a normal-form game: the object a
 * correlation device (a mediator) draws a recommended profile from. {@code probability(profile)}
 * is indexed exactly like the game's payoff tensor (row-major, the last player varying fastest; see
 * {@link NormalFormGame}).
 *
 * <p>Immutable; arrays are copied in and out. Validation: every probability is finite and
 * non-negative and they sum to 1 within {@code 1e-9}.
 *
 * <p>Cost: marginals, expected payoffs and entropy are one pass over the profiles,
 * {@code O(profiles * players)}.
 */
public final class CorrelatedDistribution {

  /** Tolerance on the sum of the probabilities. */
  public static final double SUM_TOLERANCE = 1e-9;

  private final int[] strategyCounts;
  private final double[] probabilities;

  private CorrelatedDistribution(int[] strategyCounts, double[] probabilities) {
    this.strategyCounts = strategyCounts;
    this.probabilities = probabilities;
  }

  /**
   * A distribution over the profiles of {@code game}.
   *
   * @throws IllegalArgumentException if the length is not the game's profile count, a probability
   *     is negative or not finite, or the probabilities do not sum to 1 within {@code 1e-9}
   */
  public static CorrelatedDistribution of(NormalFormGame game, double[] probabilities) {
    if (probabilities.length != game.profileCount()) {
      throw new IllegalArgumentException("distribution has " + probabilities.length + " entries, the game has "
          + game.profileCount() + " pure profiles");
    }
    double sum = 0.0;
    for (int profile = 0; profile < probabilities.length; profile++) {
      double value = probabilities[profile];
      if (!(value >= 0.0) || !Double.isFinite(value)) {
        throw new IllegalArgumentException("profile " + profile + " has probability " + value
            + "; probabilities must be finite and non-negative");
      }
      sum += value;
    }
    if (Math.abs(sum - 1.0) > SUM_TOLERANCE) {
      throw new IllegalArgumentException("probabilities sum to " + sum + ", not 1 (tolerance " + SUM_TOLERANCE + ")");
    }
    return new CorrelatedDistribution(game.strategyCounts(), probabilities.clone());
  }

  /**
   * A distribution from a numerical solver's output: entries below zero (round-off) are set to 0
   * and the rest rescaled to sum to 1.
   *
   * @throws IllegalStateException if an entry is below {@code -tolerance} or the sum is off by more
   *     than {@code tolerance} (the solver's answer is then not a distribution)
   */
  static CorrelatedDistribution fromSolver(NormalFormGame game, double[] values, double tolerance) {
    double[] cleaned = new double[values.length];
    double sum = 0.0;
    for (int profile = 0; profile < values.length; profile++) {
      double value = values[profile];
      if (!Double.isFinite(value) || value < -tolerance) {
        throw new IllegalStateException("solver returned probability " + value + " for profile " + profile);
      }
      cleaned[profile] = Math.max(0.0, value);
      sum += cleaned[profile];
    }
    if (Math.abs(sum - 1.0) > tolerance) {
      throw new IllegalStateException("solver returned probabilities summing to " + sum);
    }
    for (int profile = 0; profile < cleaned.length; profile++) {
      cleaned[profile] /= sum;
    }
    return of(game, cleaned);
  }

  /** The product distribution of a mixed profile: the players randomise independently. */
  public static CorrelatedDistribution fromProfile(NormalFormGame game, MixedProfile profile) {
    int players = game.playerCount();
    if (profile.playerCount() != players) {
      throw new IllegalArgumentException("profile has " + profile.playerCount() + " players, the game " + players);
    }
    for (int p = 0; p < players; p++) {
      if (profile.strategyCount(p) != game.strategyCount(p)) {
        throw new IllegalArgumentException("player " + p + " has " + profile.strategyCount(p)
            + " strategies in the profile, " + game.strategyCount(p) + " in the game");
      }
    }
    double[] probabilities = new double[game.profileCount()];
    double sum = 0.0;
    for (int index = 0; index < probabilities.length; index++) {
      double weight = 1.0;
      for (int p = 0; p < players && weight != 0.0; p++) {
        weight *= profile.probability(p, game.strategyInProfile(index, p));
      }
      probabilities[index] = weight;
      sum += weight;
    }
    for (int index = 0; index < probabilities.length; index++) {
      probabilities[index] /= sum;
    }
    return of(game, probabilities);
  }

  /** The distribution putting probability 1 on one pure profile. */
  public static CorrelatedDistribution pure(NormalFormGame game, int... strategies) {
    double[] probabilities = new double[game.profileCount()];
    probabilities[game.profileIndex(strategies)] = 1.0;
    return of(game, probabilities);
  }

  /** The uniform distribution over all pure profiles. */
  public static CorrelatedDistribution uniform(NormalFormGame game) {
    double[] probabilities = new double[game.profileCount()];
    Arrays.fill(probabilities, 1.0 / probabilities.length);
    return of(game, probabilities);
  }

  /** Number of players. */
  public int playerCount() {
    return strategyCounts.length;
  }

  /** Number of pure profiles. */
  public int profileCount() {
    return probabilities.length;
  }

  /** Probability of the profile with index {@code profile}. */
  public double probability(int profile) {
    return probabilities[profile];
  }

  /** A copy of all probabilities, indexed like the game's tensor. */
  public double[] probabilities() {
    return probabilities.clone();
  }

  /** Number of profiles with probability above {@code tolerance}. */
  public int supportSize(double tolerance) {
    int size = 0;
    for (double value : probabilities) {
      if (value > tolerance) {
        size++;
      }
    }
    return size;
  }

  /** The marginal distribution of {@code player}'s recommended strategy. */
  public double[] marginal(int player) {
    double[] marginal = new double[strategyCounts[player]];
    int stride = 1;
    for (int p = strategyCounts.length - 1; p > player; p--) {
      stride *= strategyCounts[p];
    }
    for (int profile = 0; profile < probabilities.length; profile++) {
      marginal[(profile / stride) % strategyCounts[player]] += probabilities[profile];
    }
    return marginal;
  }

  /**
   * The marginals as a mixed profile (the product of the marginals is the distribution itself only
   * when the players' recommendations are independent).
   */
  public MixedProfile marginals() {
    double[][] marginals = new double[strategyCounts.length][];
    for (int p = 0; p < marginals.length; p++) {
      marginals[p] = marginal(p);
      double sum = Arrays.stream(marginals[p]).sum();
      for (int s = 0; s < marginals[p].length; s++) {
        marginals[p][s] /= sum;
      }
    }
    return MixedProfile.of(marginals);
  }

  /** Each player's expected payoff when the profile is drawn from this distribution. */
  public double[] expectedPayoffs(NormalFormGame game) {
    checkGame(game);
    double[] expected = new double[game.playerCount()];
    for (int profile = 0; profile < probabilities.length; profile++) {
      double weight = probabilities[profile];
      if (weight != 0.0) {
        for (int p = 0; p < expected.length; p++) {
          expected[p] += weight * game.payoff(p, profile);
        }
      }
    }
    return expected;
  }

  /** Sum of the players' expected payoffs. */
  public double socialWelfare(NormalFormGame game) {
    return Arrays.stream(expectedPayoffs(game)).sum();
  }

  /** Smallest expected payoff over the players. */
  public double minimumPayoff(NormalFormGame game) {
    return Arrays.stream(expectedPayoffs(game)).min().orElseThrow();
  }

  /** Shannon entropy in nats, {@code -sum mu log mu} (with {@code 0 log 0 = 0}). */
  public double entropy() {
    double entropy = 0.0;
    for (double value : probabilities) {
      if (value > 0.0) {
        entropy -= value * Math.log(value);
      }
    }
    return entropy;
  }

  /** True when every probability is within {@code tolerance} of the other distribution's. */
  public boolean isCloseTo(CorrelatedDistribution other, double tolerance) {
    if (!Arrays.equals(strategyCounts, other.strategyCounts)) {
      return false;
    }
    for (int profile = 0; profile < probabilities.length; profile++) {
      if (Math.abs(probabilities[profile] - other.probabilities[profile]) > tolerance) {
        return false;
      }
    }
    return true;
  }

  void checkGame(NormalFormGame game) {
    if (!Arrays.equals(game.strategyCounts(), strategyCounts)) {
      throw new IllegalArgumentException("distribution is over strategy counts " + Arrays.toString(strategyCounts)
          + ", the game has " + Arrays.toString(game.strategyCounts()));
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CorrelatedDistribution other && Arrays.equals(strategyCounts, other.strategyCounts)
        && Arrays.equals(probabilities, other.probabilities);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(strategyCounts) + Arrays.hashCode(probabilities);
  }

  @Override
  public String toString() {
    return "CorrelatedDistribution" + Arrays.toString(probabilities);
  }
}

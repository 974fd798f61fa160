package org.agora.learning.bandits.multiplayer.policy;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.agora.learning.bandits.multiplayer.MultiPlayerPolicy;

/**
 * Musical Chairs of J. Rosenski, O. Shamir and L. Szlak, "Multi-Player Bandits — a Musical Chairs
 * Approach", ICML 2016. Each player, on its own: for the first T0 rounds pulls uniform arms, averaging
 * the rewards of the pulls where it was alone and counting its collisions C; then estimates the number
 * of players as {@code M' = 1 + round(ln((T0 - C) / T0) / ln(1 - 1/K))} (a player collides with
 * probability {@code 1 - (1 - 1/K)^(M-1)} under uniform play) and takes its M' best arms by mean; then
 * plays musical chairs: draws a uniform arm of those until a round without collision, and keeps that arm
 * for good. Needs collision sensing. O(K log K) once per player, O(1) per round otherwise.
 *
 * <p>Departure: the paper sets T0 from a confidence level and a known gap; here T0 is given (by default a
 * fraction of the horizon), as in SMPyBandits. M' is clamped to [1, K].
 */
public final class MusicalChair implements MultiPlayerPolicy {

  private final int players;
  private final int arms;
  private final long exploration;
  private final double fraction;
  private final RandomGenerator random;
  private final double[] sums;
  private final double[] counts;
  private final long[] collisions;
  private final int[] best;
  private final int[] estimatedPlayers;
  private final int[] fixed;
  private final int[] scratch;

  /**
   * @param exploration T0, the rounds of uniform play
   * @param fraction recorded in {@link #describe()}: T0 as a fraction of the horizon
   */
  public MusicalChair(int players, int arms, long exploration, double fraction, RandomGenerator random) {
    this.players = players;
    this.arms = arms;
    this.exploration = exploration;
    this.fraction = fraction;
    this.random = random;
    sums = new double[players * arms];
    counts = new double[players * arms];
    collisions = new long[players];
    best = new int[players * arms];
    estimatedPlayers = new int[players];
    fixed = new int[players];
    scratch = new int[arms];
    reset();
  }

  @Override
  public int playerCount() {
    return players;
  }

  @Override
  public int armCount() {
    return arms;
  }

  @Override
  public void reset() {
    Arrays.fill(sums, 0);
    Arrays.fill(counts, 0);
    Arrays.fill(collisions, 0);
    Arrays.fill(estimatedPlayers, 0);
    Arrays.fill(fixed, -1);
  }

  /** The number of players {@code player} estimated after its exploration (0 before). */
  public int estimatedPlayers(int player) {
    return estimatedPlayers[player];
  }

  @Override
  public void choose(long round, int[] chosen) {
    for (int player = 0; player < players; player++) {
      if (round <= exploration) {
        chosen[player] = random.nextInt(arms);
      } else {
        if (estimatedPlayers[player] == 0) {
          estimate(player);
        }
        chosen[player] = fixed[player] >= 0 ? fixed[player]
            : best[player * arms + random.nextInt(estimatedPlayers[player])];
      }
    }
  }

  @Override
  public void update(long round, int[] pulled, double[] rewards, int[] sharers) {
    for (int player = 0; player < players; player++) {
      int arm = pulled[player];
      if (round <= exploration) {
        if (sharers[player] > 1) {
          collisions[player]++;
        } else {
          sums[player * arms + arm] += rewards[player];
          counts[player * arms + arm] += 1;
        }
      } else if (fixed[player] < 0 && sharers[player] == 1) {
        fixed[player] = arm;
      }
    }
  }

  /** After the exploration phase: the estimated number of players and the best arms by mean. */
  private void estimate(int player) {
    int offset = player * arms;
    double free = (double) (exploration - collisions[player]) / Math.max(1, exploration);
    int estimate;
    if (arms == 1) {
      estimate = 1;
    } else if (free <= 0) {
      estimate = arms;
    } else {
      estimate = (int) Math.round(1 + Math.log(free) / Math.log(1 - 1.0 / arms));
    }
    estimatedPlayers[player] = Math.max(1, Math.min(arms, estimate));
    for (int arm = 0; arm < arms; arm++) {
      scratch[arm] = arm;
    }
    // Insertion sort by mean, descending, lower arm first on ties.
    for (int i = 1; i < arms; i++) {
      int arm = scratch[i];
      double mean = mean(offset, arm);
      int j = i - 1;
      while (j >= 0 && mean(offset, scratch[j]) < mean) {
        scratch[j + 1] = scratch[j];
        j--;
      }
      scratch[j + 1] = arm;
    }
    System.arraycopy(scratch, 0, best, offset, arms);
  }

  private double mean(int offset, int arm) {
    double n = counts[offset + arm];
    return n == 0 ? 0 : sums[offset + arm] / n;
  }

  @Override
  public String describe() {
    return "musical-chair(explore=" + fraction + ")";
  }
}

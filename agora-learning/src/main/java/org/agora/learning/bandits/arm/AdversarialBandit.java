package org.agora.learning.bandits.arm;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.agora.learning.bandits.BanditProblem;

/**
 * An oblivious adversarial bandit: a reward table {@code rewards[t][k]} in [0, 1] fixed before play,
 * given in full or generated from a seed by a rule. Round t reads row {@code (t - 1) mod rows}, so a
 * short table repeats. Draws are deterministic and regret is measured against the best fixed arm in
 * hindsight, as in Auer, Cesa-Bianchi, Freund and Schapire (SIAM J. Comput. 32(1), 2002).
 *
 * <p>Rules: {@code uniform} draws every entry uniformly from [0, 1]; {@code switching} splits the
 * rounds into blocks of {@code period} and in block b gives arm {@code b mod K} Bernoulli(0.9)
 * rewards and the others Bernoulli(0.1), so the best arm keeps changing and a policy that trusts its
 * past means is misled.
 */
public final class AdversarialBandit implements BanditProblem {

  /** How a generated table is filled. */
  public enum Rule {
    /** Every entry uniform on [0, 1]. */
    UNIFORM,
    /** A different arm is good in each block of rounds. */
    SWITCHING
  }

  /** The largest generated table, in entries (80 MB of doubles). */
  public static final long MAX_ENTRIES = 10_000_000L;

  private final int arms;
  private final int rows;
  private final double[] table;
  private final String description;

  /** A bandit with the given table, {@code rewards[t][k]} in [0, 1], rows of equal length. */
  public AdversarialBandit(double[][] rewards) {
    if (rewards.length == 0 || rewards[0].length == 0) {
      throw new IllegalArgumentException("the reward table needs at least one round and one arm");
    }
    this.arms = rewards[0].length;
    this.rows = rewards.length;
    this.table = new double[rows * arms];
    StringBuilder text = new StringBuilder("adversarial(rewards=[");
    for (int t = 0; t < rows; t++) {
      if (rewards[t].length != arms) {
        throw new IllegalArgumentException("row " + (t + 1) + " has " + rewards[t].length + " arms, row 1 has " + arms);
      }
      text.append(t == 0 ? "[" : ",[");
      for (int k = 0; k < arms; k++) {
        double reward = rewards[t][k];
        if (!(reward >= 0 && reward <= 1)) {
          throw new IllegalArgumentException("adversarial rewards must be in [0, 1], got " + reward);
        }
        table[t * arms + k] = reward;
        text.append(k == 0 ? "" : ",").append(reward);
      }
      text.append(']');
    }
    this.description = text.append("])").toString();
  }

  /**
   * A generated table.
   *
   * @param arms number of arms
   * @param rounds number of rows
   * @param rule how to fill it
   * @param period block length of {@link Rule#SWITCHING}
   * @param seed seed of the generator that fills it
   */
  public AdversarialBandit(int arms, int rounds, Rule rule, int period, long seed) {
    if (arms < 1 || rounds < 1 || period < 1 || (long) arms * rounds > MAX_ENTRIES) {
      throw new IllegalArgumentException("a generated table needs arms >= 1, rounds >= 1, period >= 1 and arms * rounds"
          + " <= " + MAX_ENTRIES + " (it repeats after its last row), got arms=" + arms + ", rounds=" + rounds);
    }
    this.arms = arms;
    this.rows = rounds;
    this.table = new double[rows * arms];
    SplittableRandom random = new SplittableRandom(seed);
    for (int t = 0; t < rows; t++) {
      int good = (t / period) % arms;
      for (int k = 0; k < arms; k++) {
        table[t * arms + k] = switch (rule) {
          case UNIFORM -> random.nextDouble();
          case SWITCHING -> random.nextDouble() < (k == good ? 0.9 : 0.1) ? 1 : 0;
        };
      }
    }
    this.description = "adversarial(arms=" + arms + ",rounds=" + rounds + ",rule=" + rule.name().toLowerCase()
        + ",period=" + period + ",seed=" + seed + ")";
  }

  @Override
  public int armCount() {
    return arms;
  }

  @Override
  public double draw(int arm, long round, RandomGenerator random) {
    return mean(arm, round);
  }

  @Override
  public double mean(int arm, long round) {
    return table[(int) ((round - 1) % rows) * arms + arm];
  }

  @Override
  public boolean comparesToBestFixedArm() {
    return true;
  }

  /** The number of rows of the table (its period). */
  public int rows() {
    return rows;
  }

  @Override
  public String describe() {
    return description;
  }
}

package org.agora.learning.bandits.multiplayer.policy;

import java.util.Arrays;
import java.util.Locale;
import org.agora.core.GameSpecException;
import org.agora.learning.bandits.policy.EmpiricalMeansPolicy;
import org.agora.learning.bandits.policy.KlDivergence;
import org.agora.learning.bandits.policy.KlUcb;
import org.agora.learning.bandits.policy.Ucb1;

/**
 * One learner's upper confidence indices over the arms, ranked each round: the building block of the
 * index-based multi-player policies (rhoRand, MCTopM, RandTopM, the centralised UCB), which need the
 * order of all K indices rather than only the best arm. The statistics are kept by part 1's {@link Ucb1}
 * (UCB1, c = 2) or {@link KlUcb} (Bernoulli KL-UCB, c = 0) and the indices are theirs; an arm not yet
 * pulled ranks above every pulled one (lowest arm first), as their initial round-robin does.
 *
 * <p>KL-UCB without solving K roots per round. The index of an arm with mean p after n pulls is the
 * root q of {@code kl(p, q) = d} with {@code d = ln t / n} (c = 0), solved by part 1's {@link
 * KlDivergence#upperIndex}. Each arm keeps a bracket [lo, hi] of its root at a reference budget d0 and
 * the slope {@code kl'(p, lo)}; {@code kl(p, .)} is increasing and convex above p, so:
 *
 * <ul>
 *   <li>while the arm is not pulled its root grows with d and stays below {@code hi + (d - d0) / kl'(p,
 *       lo)} (tangent bound), and above lo;
 *   <li>after a pull (new p, new d) one evaluation {@code k0 = kl(p, q0)} at the old {@code q0 = lo}
 *       brackets the new root: if {@code k0 <= d} it lies in {@code [q0, q0 + (d - k0) / kl'(p, q0)]},
 *       else in {@code [p + d (q0 - p) / k0, q0 - (k0 - d) / kl'(p, q0)]} (secant and tangent), a
 *       bracket of width about the square of the move: one Newton step's information for two logs.
 * </ul>
 *
 * Arms are sorted by lo; only arms whose bracket overlaps a neighbour's are solved (Newton from lo), so
 * the order is that of the solved indices (to the solver's tolerance, 1e-12) while well under one root
 * is solved per round. Exactly equal values go to the lower arm; indices equal to within the solver's
 * tolerance (arms with the same counts and sums) come in an order that depends on how their brackets
 * were narrowed, the same for the same seed. No allocation per round.
 */
public final class ArmIndices {

  /** The index family. */
  public enum Kind {
    UCB1("ucb1"),
    KL_UCB("kl-ucb");

    private final String text;

    Kind(String text) {
      this.text = text;
    }

    /** The name used in policy strings. */
    public String text() {
      return text;
    }

    /**
     * Reads {@code ucb1} or {@code kl-ucb}.
     *
     * @throws GameSpecException naming the value and the allowed names
     */
    public static Kind parse(String owner, String name) {
      String trimmed = name.trim().toLowerCase(Locale.ROOT);
      for (Kind kind : values()) {
        if (kind.text.equals(trimmed)) {
          return kind;
        }
      }
      throw new GameSpecException(owner + ": parameter 'index' value '" + name + "' is not allowed; allowed: ucb1, kl-ucb");
    }
  }

  private static final double UCB1_C = 2;

  private final Kind kind;
  private final EmpiricalMeansPolicy statistics;
  private final int[] order;
  private final int[] positions;
  private final double[] lower;
  private final double[] upper;
  private final boolean[] exact;
  private final double[] low;
  private final double[] high;
  private final double[] reference;
  private final double[] slope;
  private final double[] inverseSlope;
  private final double[] inverseCount;
  private final boolean[] changed;

  /** @param armCount K */
  public ArmIndices(int armCount, Kind kind) {
    this.kind = kind;
    statistics = kind == Kind.UCB1 ? new Ucb1(armCount, UCB1_C) : new KlUcb(armCount, KlDivergence.BERNOULLI, 0, 1);
    order = new int[armCount];
    positions = new int[armCount];
    lower = new double[armCount];
    upper = new double[armCount];
    exact = new boolean[armCount];
    low = new double[armCount];
    high = new double[armCount];
    reference = new double[armCount];
    slope = new double[armCount];
    inverseSlope = new double[armCount];
    inverseCount = new double[armCount];
    changed = new boolean[armCount];
    reset();
  }

  /** The index family. */
  public Kind kind() {
    return kind;
  }

  /** The number of arms. */
  public int armCount() {
    return order.length;
  }

  /** Forgets all observations. */
  public void reset() {
    statistics.reset();
    for (int arm = 0; arm < order.length; arm++) {
      order[arm] = arm;
      positions[arm] = arm;
    }
    Arrays.fill(low, Double.NaN);
    Arrays.fill(inverseCount, Double.POSITIVE_INFINITY);
    Arrays.fill(changed, true);
  }

  /** Records a reward of {@code arm}. */
  public void update(int arm, double reward) {
    statistics.update(arm, reward);
    inverseCount[arm] = 1.0 / statistics.pulls(arm);
    changed[arm] = true;
  }

  /** The number of rewards recorded for {@code arm}. */
  public long pulls(int arm) {
    return statistics.pulls(arm);
  }

  /** The empirical mean of {@code arm} (0 before its first reward). */
  public double mean(int arm) {
    return statistics.empiricalMean(arm);
  }

  /** Ranks all arms by their index in {@code round} (from 1); read with {@link #arm} and {@link #position}. */
  public void rank(long round) {
    rank(round, order.length);
  }

  /**
   * Ranks the arms by their index in {@code round} (from 1), exactly for the first {@code depth}
   * positions (which arms hold them, in order); the arms below are ordered by the lower ends of their
   * brackets, which is the exact order unless two of their brackets overlap. Read with {@link #arm} and
   * {@link #position}.
   */
  public void rank(long round, int depth) {
    int arms = order.length;
    double logRound = Math.log(round);
    double[] inverseCount = this.inverseCount;
    double[] lower = this.lower;
    double[] upper = this.upper;
    boolean[] exact = this.exact;
    if (kind == Kind.UCB1) {
      // Ucb1's index mean + sqrt(c ln t / n), with sqrt(c ln t) computed once per round.
      double bonus = Math.sqrt(UCB1_C * logRound);
      for (int arm = 0; arm < arms; arm++) {
        double index = inverseCount[arm] == Double.POSITIVE_INFINITY ? Double.POSITIVE_INFINITY
            : statistics.empiricalMean(arm) + bonus * Math.sqrt(inverseCount[arm]);
        lower[arm] = index;
        upper[arm] = index;
        exact[arm] = true;
      }
    } else {
      double[] low = this.low;
      double[] high = this.high;
      double[] reference = this.reference;
      double[] inverseSlope = this.inverseSlope;
      boolean[] changed = this.changed;
      for (int arm = 0; arm < arms; arm++) {
        if (changed[arm] || !(slope[arm] > 0)) {
          bound(arm, logRound * inverseCount[arm], round, logRound);
        } else {
          // Not pulled since its bracket was set: the root grows with the budget, below the tangent bound.
          double bound = high[arm] + (logRound * inverseCount[arm] - reference[arm]) * inverseSlope[arm];
          lower[arm] = low[arm];
          upper[arm] = bound < 1 ? bound : 1;
          exact[arm] = false;
        }
      }
    }
    while (!sortAndCheck(depth)) {
      // Solve the pairs whose order is unsure, then sort again.
      int last = Math.min(depth, arms) - 1;
      for (int i = 0; i + 1 < arms; i++) {
        int above = order[Math.min(i, last)];
        int below = order[i + 1];
        if (unsure(above, below)) {
          tighten(above, round, logRound);
          tighten(below, round, logRound);
        }
      }
    }
    for (int i = 0; i < arms; i++) {
      positions[order[i]] = i;
    }
  }

  /**
   * The exact index of {@code arm} in {@code round}, after {@link #rank(long) rank(round)}: solved now
   * if the ranking only bounded it; +infinity for an arm never pulled.
   */
  public double index(int arm, long round) {
    if (!exact[arm]) {
      solve(arm, round, Math.log(round));
    }
    return lower[arm];
  }

  /** The arm at {@code position} of the last ranking (0 = largest index). */
  public int arm(int position) {
    return order[position];
  }

  /** The position of {@code arm} in the last ranking (0 = largest index). */
  public int position(int arm) {
    return positions[arm];
  }

  /** Copies the positions of the last ranking (K entries) into {@code into} from {@code offset}. */
  public void copyPositions(int[] into, int offset) {
    System.arraycopy(positions, 0, into, offset, positions.length);
  }

  /**
   * Insertion sort of {@code order} by lower bound, descending, lower arm first on ties; true when the
   * first {@code depth} positions are sure: each of the first {@code depth} arms lies above the next,
   * and every arm below position {@code depth} lies below the arm at {@code depth - 1}.
   */
  private boolean sortAndCheck(int depth) {
    int[] order = this.order;
    double[] lower = this.lower;
    for (int i = 1; i < order.length; i++) {
      int arm = order[i];
      double value = lower[arm];
      int j = i - 1;
      while (j >= 0 && (lower[order[j]] < value || (lower[order[j]] == value && order[j] > arm))) {
        order[j + 1] = order[j];
        j--;
      }
      order[j + 1] = arm;
    }
    int last = Math.min(depth, order.length) - 1;
    for (int i = 0; i + 1 < order.length; i++) {
      if (unsure(order[Math.min(i, last)], order[i + 1])) {
        return false;
      }
    }
    return true;
  }

  /** True when the index of {@code below} might not be below that of {@code above}. */
  private boolean unsure(int above, int below) {
    return !(upper[below] < lower[above]) && !(exact[above] && exact[below]);
  }

  /**
   * Narrows an unsure arm's bracket: first by re-bracketing at the current budget from its lower end (a
   * bracket of width about the square of the old one, for two logs), then, if it is still unsure, by
   * solving.
   */
  private void tighten(int arm, long round, double logRound) {
    if (exact[arm]) {
      return;
    }
    if (reference[arm] == logRound * inverseCount[arm]) {
      solve(arm, round, logRound);
    } else {
      changed[arm] = true;
      bound(arm, logRound * inverseCount[arm], round, logRound);
    }
  }

  /** Sets the bracket of a pulled arm's KL-UCB index at budget d (see the class comment). */
  private void bound(int arm, double d, long round, double logRound) {
    if (inverseCount[arm] == Double.POSITIVE_INFINITY) {
      lower[arm] = Double.POSITIVE_INFINITY;
      upper[arm] = Double.POSITIVE_INFINITY;
      exact[arm] = true;
      return;
    }
    double p = statistics.empiricalMean(arm);
    double q0 = low[arm];
    if (changed[arm]) {
      if (!(q0 > p && q0 < 1 && d > 0)) {
        solve(arm, round, logRound);
        return;
      }
      double k0 = KlDivergence.BERNOULLI.divergence(p, q0, 1);
      double s0 = KlDivergence.BERNOULLI.derivative(p, q0);
      double lo;
      double hi;
      if (k0 <= d) {
        lo = q0;
        hi = q0 + (d - k0) / s0;
      } else {
        lo = p + d * (q0 - p) / k0;
        hi = q0 - (k0 - d) / s0;
      }
      double s = KlDivergence.BERNOULLI.derivative(p, lo);
      if (!(lo > p && s > 0 && hi < 1 && lo <= hi)) {
        solve(arm, round, logRound);
        return;
      }
      low[arm] = lo;
      high[arm] = hi;
      slope[arm] = s;
      inverseSlope[arm] = 1 / s;
      reference[arm] = d;
      changed[arm] = false;
    } else if (!(slope[arm] > 0)) {
      if (high[arm] >= 1) {
        // A Bernoulli index at its ceiling stays there while the budget grows.
        lower[arm] = 1;
        upper[arm] = 1;
        exact[arm] = true;
      } else {
        solve(arm, round, logRound);
      }
      return;
    }
    lower[arm] = low[arm];
    upper[arm] = Math.min(1, high[arm] + (d - reference[arm]) / slope[arm]);
    exact[arm] = false;
  }

  /** Solves the index exactly (from the bracket's lower end) and collapses the bracket to it. */
  private void solve(int arm, long round, double logRound) {
    double n = statistics.pulls(arm);
    double p = statistics.empiricalMean(arm);
    double d = logRound / n;
    double index = KlDivergence.BERNOULLI.upperIndex(p, d, 1, low[arm]);
    low[arm] = index;
    high[arm] = index;
    reference[arm] = d;
    slope[arm] = index > p && index < 1 ? KlDivergence.BERNOULLI.derivative(p, index) : Double.NaN;
    inverseSlope[arm] = 1 / slope[arm];
    changed[arm] = false;
    lower[arm] = index;
    upper[arm] = index;
    exact[arm] = true;
  }
}

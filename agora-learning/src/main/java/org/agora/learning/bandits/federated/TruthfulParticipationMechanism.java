package org.agora.learning.bandits.federated;

import java.util.Arrays;

/**
 * The participation mechanism of Truth-FedBan, from Z. Wei, C. Li, T. Ren, H. Xu and H. Wang,
 * "Incentivized Truthful Communication for Federated Bandits", ICLR 2024: when a communication round
 * is triggered, every client reports its participation cost; the server chooses participants with a
 * rule that is monotone in each client's own report (a lower report never turns a participant away)
 * and pays each participant its <em>critical value</em>, the highest cost it could have reported and
 * still been chosen, which does not depend on its report. By Myerson's lemma (R. Myerson, "Optimal
 * auction design", Mathematics of Operations Research 6, 1981; A. Archer and E. Tardos, FOCS 2001) a
 * monotone rule with critical payments is truthful (reporting the true cost is a dominant strategy)
 * and individually rational (a truthful participant is paid at least its cost).
 *
 * <p>Selection. The paper casts the server's choice as a submodular set cover on the log-determinant
 * of the aggregated Gram matrix, minimising the total (social) cost. Here: with {@code V} the server's
 * Gram matrix and {@code D_i} client {@code i}'s pending update, the chosen set S must reach
 * {@code ln det(V + sum_S D_i) - ln det V >= beta (ln det(V + sum_all D_i) - ln det V)}; S is built
 * greedily, each step taking the client with the largest marginal log-det gain per unit of reported
 * cost (ties to the lower index), the classical greedy for submodular set cover (L. Wolsey,
 * Combinatorica 2, 1982). The critical value of a chosen client {@code i} replays the greedy without
 * it: at each step k before the target is met, {@code i} would have won with any report up to
 * {@code gain_i(S_k) * report_(j_k) / gain_(j_k)(S_k)} ({@code j_k} the step's winner), and if the others
 * run out before the target is met it would be chosen at any cost, so the value is capped at
 * {@code costCap}, the known upper bound on costs. The payment is the largest of these thresholds.
 *
 * <p>Departures, stated: the paper's exact selection objective, approximation constant and payment
 * formula were not available to us in full; this is the standard monotone greedy with Myerson
 * payments that its abstract describes (monotone selection, critical-value payment, log-det submodular
 * cover), and a client's utility is payment minus cost (no value for the model it downloads).
 * O(n^2) log-determinants per client paid, each O(d^3). Workspace is allocated once.
 */
public final class TruthfulParticipationMechanism {

  private final int dimension;
  private final int clientCount;
  private final double beta;
  private final double costCap;
  private final double[] current;
  private final double[] work;
  private final boolean[] chosen;
  private final boolean[] replayChosen;

  /**
   * @param beta fraction of the full log-det gain the participants must bring, in (0, 1]
   * @param costCap upper bound on any client's cost, the payment of a client the target cannot do without
   */
  public TruthfulParticipationMechanism(int dimension, int clientCount, double beta, double costCap) {
    if (!(beta > 0 && beta <= 1)) {
      throw new IllegalArgumentException("beta must be in (0, 1], got " + beta);
    }
    if (!(costCap > 0) || Double.isInfinite(costCap)) {
      throw new IllegalArgumentException("the cost cap must be positive and finite, got " + costCap);
    }
    this.dimension = dimension;
    this.clientCount = clientCount;
    this.beta = beta;
    this.costCap = costCap;
    current = new double[dimension * dimension];
    work = new double[dimension * dimension];
    chosen = new boolean[clientCount];
    replayChosen = new boolean[clientCount];
  }

  /**
   * Chooses the participants and their payments.
   *
   * @param server the server's Gram matrix V (d x d, positive definite)
   * @param updates each client's pending update D_i (d x d, positive semidefinite, may be zero)
   * @param reports each client's reported cost, in (0, costCap]
   * @param selected written: who participates
   * @param payments written: what each participant is paid (0 for the others)
   * @return the number of participants
   */
  public int run(double[] server, double[][] updates, double[] reports, boolean[] selected, double[] payments) {
    for (int i = 0; i < clientCount; i++) {
      if (!(reports[i] > 0 && reports[i] <= costCap)) {
        throw new IllegalArgumentException("client " + i + " reported cost " + reports[i] + ", allowed (0, "
            + costCap + "]");
      }
    }
    double base = SymmetricMatrices.logDeterminant(server, dimension, work);
    System.arraycopy(server, 0, current, 0, current.length);
    for (double[] update : updates) {
      add(current, update);
    }
    double target = beta * (SymmetricMatrices.logDeterminant(current, dimension, work) - base);
    int count = greedy(server, updates, reports, -1, target, chosen, null);
    for (int i = 0; i < clientCount; i++) {
      selected[i] = chosen[i];
      payments[i] = chosen[i] ? criticalValue(server, updates, reports, i, target) : 0;
    }
    return count;
  }

  /**
   * The greedy cover without client {@code excluded} (none if -1), marking the chosen in {@code in}.
   * With {@code probeThreshold} given, also writes into its element 0 the largest report with which
   * {@code excluded} would have been chosen at some step of this replay (capped at the cost cap).
   */
  private int greedy(double[] server, double[][] updates, double[] reports, int excluded, double target,
      boolean[] in, double[] probeThreshold) {
    Arrays.fill(in, false);
    System.arraycopy(server, 0, current, 0, current.length);
    double base = SymmetricMatrices.logDeterminant(current, dimension, work);
    double logDet = base;
    int count = 0;
    double threshold = 0;
    while (logDet - base < target * (1 - 1e-12)) {
      int winner = -1;
      double winnerRatio = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < clientCount; i++) {
        if (in[i] || i == excluded) {
          continue;
        }
        double gain = SymmetricMatrices.logDeterminantOfSum(current, updates[i], dimension, work) - logDet;
        if (!(gain > 1e-12)) {
          continue;
        }
        double ratio = gain / reports[i];
        if (ratio > winnerRatio) {
          winnerRatio = ratio;
          winner = i;
        }
      }
      if (probeThreshold != null) {
        double probeGain = SymmetricMatrices.logDeterminantOfSum(current, updates[excluded], dimension, work) - logDet;
        if (winner < 0) {
          threshold = probeGain > 1e-12 ? costCap : threshold;
          break;
        }
        if (probeGain > 1e-12) {
          threshold = Math.max(threshold, probeGain / winnerRatio);
        }
      } else if (winner < 0) {
        break;
      }
      in[winner] = true;
      count++;
      add(current, updates[winner]);
      logDet = SymmetricMatrices.logDeterminant(current, dimension, work);
    }
    if (probeThreshold != null) {
      probeThreshold[0] = Math.min(costCap, threshold);
    }
    return count;
  }

  private final double[] probe = new double[1];

  /** The highest report with which chosen client {@code i} would still have been chosen. */
  private double criticalValue(double[] server, double[][] updates, double[] reports, int i, double target) {
    greedy(server, updates, reports, i, target, replayChosen, probe);
    return probe[0];
  }

  private static void add(double[] into, double[] update) {
    for (int k = 0; k < into.length; k++) {
      into[k] += update[k];
    }
  }

  public double beta() {
    return beta;
  }

  public double costCap() {
    return costCap;
  }
}

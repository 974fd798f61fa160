package org.agora.cli.bandit;

import java.util.SplittableRandom;
import org.agora.learning.bandits.federated.FederatedLinearBandit;
import org.agora.learning.bandits.federated.TruthfulParticipationMechanism;

/**
 * The misreport grid check of Truth-FedBan's participation mechanism ({@link TruthfulParticipationMechanism}; Wei,
 * Li, Ren, Xu and Wang, "Incentivized Truthful Communication for Federated Bandits", ICLR 2024) for the clients of
 * one federation: at a number of communication rounds (server Gram matrix {@code lambda I} plus a few observed
 * contexts, each client's pending update the outer products of 0 to 8 contexts of its own, drawn from the
 * federation's context distribution with the given seed), every client in turn reports each cost of a grid of
 * {@value #GRID} values spread over {@code (0, costCap]} while the others report their true costs, and its utility
 * (payment minus true cost if chosen, else 0) is compared with its truthful utility. Myerson's lemma makes truthful
 * reporting a best response in every round, so the largest gain from a misreport must be 0 (up to rounding).
 */
public final class FederatedTruthfulnessCheck {

  /** Misreports per client and round. */
  public static final int GRID = 100;

  private FederatedTruthfulnessCheck() {}

  /**
   * One client's outcome over the rounds checked.
   *
   * @param client the client's index
   * @param cost its true participation cost
   * @param truthfulUtility its mean utility when truthful
   * @param bestMisreportUtility its mean, over the rounds, of the best utility a misreport on the grid gives
   * @param largestGain the largest, over the rounds, of (best misreport's utility - truthful utility)
   * @param roundsPaid the rounds in which the truthful client was chosen and paid
   */
  public record ClientCheck(int client, double cost, double truthfulUtility, double bestMisreportUtility,
      double largestGain, int roundsPaid) {

    /** True when no misreport did better than the truth (1e-9 for rounding). */
    public boolean truthfulIsBest() {
      return largestGain <= 1e-9;
    }
  }

  /**
   * Runs the check on {@code rounds} communication rounds drawn from {@code seed}.
   *
   * @param beta the mechanism's share of the log-det gain
   * @param lambda the ridge regulariser (the server matrix starts at {@code lambda I})
   */
  public static ClientCheck[] run(FederatedLinearBandit federation, double beta, double lambda, int rounds, long seed) {
    int n = federation.clientCount();
    int d = federation.dimension();
    double cap = federation.costCap();
    TruthfulParticipationMechanism mechanism = new TruthfulParticipationMechanism(d, n, beta, cap);
    SplittableRandom random = new SplittableRandom(seed);
    double[] contexts = new double[federation.armCount() * d];
    double[] costs = new double[n];
    for (int client = 0; client < n; client++) {
      costs[client] = federation.cost(client);
    }
    double[] truthful = new double[n];
    double[] best = new double[n];
    double[] gain = new double[n];
    int[] paid = new int[n];
    java.util.Arrays.fill(gain, Double.NEGATIVE_INFINITY);
    double[] server = new double[d * d];
    double[][] updates = new double[n][d * d];
    double[] reports = new double[n];
    boolean[] selected = new boolean[n];
    double[] payments = new double[n];
    for (int round = 0; round < rounds; round++) {
      java.util.Arrays.fill(server, 0);
      for (int i = 0; i < d; i++) {
        server[i * d + i] = lambda;
      }
      addContexts(server, federation, random, contexts, random.nextInt(6));
      for (int client = 0; client < n; client++) {
        java.util.Arrays.fill(updates[client], 0);
        addContexts(updates[client], federation, random, contexts, random.nextInt(9));
      }
      for (int client = 0; client < n; client++) {
        System.arraycopy(costs, 0, reports, 0, n);
        double truth = utility(mechanism, server, updates, reports, client, costs[client], selected, payments);
        if (selected[client]) {
          paid[client]++;
        }
        double bestHere = Double.NEGATIVE_INFINITY;
        for (int g = 0; g < GRID; g++) {
          bestHere = Math.max(bestHere, utility(mechanism, server, updates, reports, client, cap * (g + 0.5) / GRID,
              selected, payments));
        }
        truthful[client] += truth / rounds;
        best[client] += bestHere / rounds;
        gain[client] = Math.max(gain[client], bestHere - truth);
      }
    }
    ClientCheck[] checks = new ClientCheck[n];
    for (int client = 0; client < n; client++) {
      checks[client] = new ClientCheck(client, costs[client], truthful[client], best[client], gain[client],
          paid[client]);
    }
    return checks;
  }

  /** The client's utility when it reports {@code report} and the others their {@code reports}. */
  private static double utility(TruthfulParticipationMechanism mechanism, double[] server, double[][] updates,
      double[] reports, int client, double report, boolean[] selected, double[] payments) {
    double truth = reports[client];
    reports[client] = report;
    mechanism.run(server, updates, reports, selected, payments);
    reports[client] = truth;
    return selected[client] ? payments[client] - truth : 0;
  }

  /** Adds the outer products of {@code count} contexts, each the first of a fresh draw of the federation's. */
  private static void addContexts(double[] matrix, FederatedLinearBandit federation, SplittableRandom random,
      double[] contexts, int count) {
    int d = federation.dimension();
    for (int k = 0; k < count; k++) {
      federation.contexts(random, contexts);
      for (int i = 0; i < d; i++) {
        for (int j = 0; j < d; j++) {
          matrix[i * d + j] += contexts[i] * contexts[j];
        }
      }
    }
  }
}

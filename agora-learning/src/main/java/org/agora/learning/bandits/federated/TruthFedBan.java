package org.agora.learning.bandits.federated;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.agora.learning.bandits.LogGrid;

/**
 * The Truth-FedBan protocol of Z. Wei, C. Li, T. Ren, H. Xu and H. Wang, "Incentivized Truthful
 * Communication for Federated Bandits", ICLR 2024, on a {@link FederatedLinearBandit}. Each client runs
 * LinUCB (L. Li, W. Chu, J. Langford, R. Schapire, WWW 2010; the width {@code alpha} is a constant
 * here) on the server's sufficient statistics plus its own pending ones. Communication is triggered as in
 * DisLinUCB (Wang, Hu, Chen, Wang, ICLR 2020): when for some client
 * {@code (t - t_last) ln(det(V + D_i) / det V) > threshold}. The server then runs the
 * {@link TruthfulParticipationMechanism} on the clients' reported costs: the chosen clients upload
 * their pending statistics and are paid their critical values; the new server statistics are broadcast
 * to every client (downloads cost nothing, as in the paper's incentive model).
 *
 * <p>{@code Participation.ALL} is the all-participating federation (every client with pending data
 * uploads at every communication round, as in DisLinUCB) and {@code Participation.NONE} keeps every
 * client alone: the two references for the regret of the mechanism. Clients report {@code reports}
 * (their true costs unless told otherwise). Nothing is allocated per round; each communication
 * round costs O(n^2) log-determinants for the payments and O(n d^3) for the broadcast.
 */
public final class TruthFedBan {

  /** Who uploads at a communication round. */
  public enum Participation {
    /** The truthful mechanism chooses and pays. */
    MECHANISM,
    /** Everyone with pending data uploads (no incentives needed: the idealised federation). */
    ALL,
    /** Nobody communicates: every client learns alone. */
    NONE
  }

  private final FederatedLinearBandit environment;
  private final Participation participation;
  private final double alpha;
  private final double lambda;
  private final double threshold;
  private final TruthfulParticipationMechanism mechanism;
  private final double[] reports;

  /**
   * @param alpha LinUCB confidence width
   * @param lambda ridge regulariser, the server matrix starts at {@code lambda I}
   * @param threshold communication threshold D of the trigger
   * @param beta fraction of the full log-det gain the mechanism must buy, in (0, 1]
   * @param reports the costs the clients report, or null for their true costs
   */
  public TruthFedBan(FederatedLinearBandit environment, Participation participation, double alpha, double lambda,
      double threshold, double beta, double[] reports) {
    if (!(lambda > 0) || !(alpha >= 0) || !(threshold > 0)) {
      throw new IllegalArgumentException("need lambda > 0, alpha >= 0 and threshold > 0; got " + lambda + ", " + alpha
          + ", " + threshold);
    }
    this.environment = environment;
    this.participation = participation;
    this.alpha = alpha;
    this.lambda = lambda;
    this.threshold = threshold;
    int n = environment.clientCount();
    mechanism = new TruthfulParticipationMechanism(environment.dimension(), n, beta, environment.costCap());
    this.reports = new double[n];
    for (int i = 0; i < n; i++) {
      this.reports[i] = reports == null ? environment.cost(i) : reports[i];
    }
  }

  /** Runs {@code horizon} rounds (every client acts once per round) from {@code seed}. */
  public FederatedRun run(long horizon, int perDecade, long seed) {
    int n = environment.clientCount();
    int d = environment.dimension();
    int k = environment.armCount();
    int size = d * d;
    long[] grid = LogGrid.rounds(horizon, perDecade);
    double[] regretCurve = new double[grid.length];
    double[] serverV = new double[size];
    double[] serverB = new double[d];
    for (int i = 0; i < d; i++) {
      serverV[i * d + i] = lambda;
    }
    double[][] pendingV = new double[n][size];
    double[][] pendingB = new double[n][d];
    double[][] inverse = new double[n][size];
    double[] gain = new double[n];
    double[] utility = new double[n];
    boolean[] selected = new boolean[n];
    double[] payments = new double[n];
    double[] contexts = new double[k * d];
    double[] estimate = new double[d];
    double[] scratch = new double[d];
    double[] work = new double[size + d];
    double[] sum = new double[size];
    for (int i = 0; i < n; i++) {
      SymmetricMatrices.invert(serverV, d, inverse[i], work);
    }
    SplittableRandom root = new SplittableRandom(seed);
    SplittableRandom contextRandom = root.split();
    SplittableRandom noise = root.split();
    long lastSync = 0;
    long events = 0;
    long uploads = 0;
    double paid = 0;
    double participationCost = 0;
    double regret = 0;
    int next = 0;
    for (long round = 1; round <= horizon; round++) {
      boolean trigger = false;
      for (int client = 0; client < n; client++) {
        environment.contexts(contextRandom, contexts);
        int arm = chooseArm(inverse[client], serverB, pendingB[client], contexts, estimate, scratch, d, k);
        double best = Double.NEGATIVE_INFINITY;
        for (int a = 0; a < k; a++) {
          best = Math.max(best, environment.expectedReward(contexts, a * d));
        }
        regret += best - environment.expectedReward(contexts, arm * d);
        double reward = environment.reward(contexts, arm * d, noise);
        int offset = arm * d;
        double[] v = pendingV[client];
        double[] b = pendingB[client];
        for (int i = 0; i < d; i++) {
          b[i] += reward * contexts[offset + i];
          for (int j = 0; j < d; j++) {
            v[i * d + j] += contexts[offset + i] * contexts[offset + j];
          }
        }
        gain[client] += SymmetricMatrices.rankOneUpdate(inverse[client], contexts, offset, d, scratch);
        if (participation != Participation.NONE && (round - lastSync) * gain[client] > threshold) {
          trigger = true;
        }
      }
      if (trigger) {
        events++;
        if (participation == Participation.ALL) {
          Arrays.fill(payments, 0);
          for (int i = 0; i < n; i++) {
            selected[i] = gain[i] > 0;
          }
        } else {
          mechanism.run(serverV, pendingV, reports, selected, payments);
        }
        for (int i = 0; i < n; i++) {
          if (!selected[i]) {
            continue;
          }
          uploads++;
          paid += payments[i];
          participationCost += environment.cost(i);
          utility[i] += payments[i] - environment.cost(i);
          for (int e = 0; e < size; e++) {
            serverV[e] += pendingV[i][e];
          }
          for (int e = 0; e < d; e++) {
            serverB[e] += pendingB[i][e];
          }
          Arrays.fill(pendingV[i], 0);
          Arrays.fill(pendingB[i], 0);
        }
        double serverLogDet = SymmetricMatrices.logDeterminant(serverV, d, work);
        for (int i = 0; i < n; i++) {
          for (int e = 0; e < size; e++) {
            sum[e] = serverV[e] + pendingV[i][e];
          }
          SymmetricMatrices.invert(sum, d, inverse[i], work);
          gain[i] = SymmetricMatrices.logDeterminant(sum, d, work) - serverLogDet;
        }
        lastSync = round;
      }
      if (round == grid[next]) {
        regretCurve[next++] = regret;
      }
    }
    return new FederatedRun(environment.describe(), describe(), seed, grid, regretCurve, events, uploads, paid,
        participationCost, utility);
  }

  /** LinUCB: argmax over arms of {@code theta_hat . x + alpha sqrt(x^T V^-1 x)}. */
  private int chooseArm(double[] inverse, double[] serverB, double[] pendingB, double[] contexts, double[] estimate,
      double[] scratch, int d, int k) {
    for (int i = 0; i < d; i++) {
      double s = 0;
      for (int j = 0; j < d; j++) {
        s += inverse[i * d + j] * (serverB[j] + pendingB[j]);
      }
      estimate[i] = s;
    }
    int best = 0;
    double bestIndex = Double.NEGATIVE_INFINITY;
    for (int arm = 0; arm < k; arm++) {
      int offset = arm * d;
      double mean = 0;
      double quadratic = 0;
      for (int i = 0; i < d; i++) {
        double s = 0;
        for (int j = 0; j < d; j++) {
          s += inverse[i * d + j] * contexts[offset + j];
        }
        quadratic += contexts[offset + i] * s;
        mean += estimate[i] * contexts[offset + i];
      }
      double index = mean + alpha * Math.sqrt(Math.max(0, quadratic));
      if (index > bestIndex) {
        bestIndex = index;
        best = arm;
      }
    }
    return best;
  }

  /** The string this protocol is created from. */
  public String describe() {
    return "truth-fedban(participation=" + participation.name().toLowerCase(java.util.Locale.ROOT) + ",alpha=" + alpha
        + ",lambda=" + lambda + ",threshold=" + threshold + ",beta=" + mechanism.beta() + ")";
  }
}

package org.agora.learning.bandits.federated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The mechanism's claims on seeded random instances: truthful reporting is a best response on a grid of
 * misreports for every client (others' reports held fixed), participants are paid at least their cost,
 * a participant's payment does not depend on its own report, lowering a report never turns a client
 * away, and the chosen set buys the required share of the log-det gain. The grid check is shown to catch
 * a non-truthful rule (pay-as-bid), so it can fail.
 */
class TruthfulParticipationMechanismTest {

  private static final int D = 4;
  private static final int N = 8;
  private static final double CAP = 1;

  /** A random instance: server lambda I plus data, client updates sums of a few outer products (some none). */
  private record Instance(double[] server, double[][] updates, double[] costs) {}

  private static Instance instance(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] server = new double[D * D];
    for (int i = 0; i < D; i++) {
      server[i * D + i] = 1;
    }
    addOuterProducts(server, random, random.nextInt(6));
    double[][] updates = new double[N][D * D];
    double[] costs = new double[N];
    for (int c = 0; c < N; c++) {
      addOuterProducts(updates[c], random, random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(8));
      costs[c] = CAP * (1 - random.nextDouble());
    }
    return new Instance(server, updates, costs);
  }

  private static void addOuterProducts(double[] matrix, SplittableRandom random, int count) {
    double[] x = new double[D];
    for (int n = 0; n < count; n++) {
      FederatedLinearBandit.unitVector(random, x, 0, D);
      for (int i = 0; i < D; i++) {
        for (int j = 0; j < D; j++) {
          matrix[i * D + j] += x[i] * x[j];
        }
      }
    }
  }

  /** Client {@code client}'s utility (payment minus true cost if chosen) when it reports {@code report}. */
  private static double utility(TruthfulParticipationMechanism mechanism, Instance instance, int client,
      double report, boolean payAsBid) {
    double[] reports = instance.costs().clone();
    reports[client] = report;
    boolean[] selected = new boolean[N];
    double[] payments = new double[N];
    mechanism.run(instance.server(), instance.updates(), reports, selected, payments);
    if (!selected[client]) {
      return 0;
    }
    return (payAsBid ? report : payments[client]) - instance.costs()[client];
  }

  private static double[] misreportGrid() {
    double[] grid = new double[100];
    for (int g = 0; g < grid.length; g++) {
      grid[g] = CAP * (g + 0.5) / grid.length;
    }
    return grid;
  }

  @Test
  void truthfulReportIsABestResponseOnAGridForEveryClient() {
    int instancesWithPayments = 0;
    for (long seed = 1; seed <= 25; seed++) {
      Instance instance = instance(seed);
      for (double beta : new double[] {0.5, 0.8, 0.95}) {
        TruthfulParticipationMechanism mechanism = new TruthfulParticipationMechanism(D, N, beta, CAP);
        for (int client = 0; client < N; client++) {
          double truthful = utility(mechanism, instance, client, instance.costs()[client], false);
          assertThat(truthful).as("individual rationality, seed %d client %d", seed, client).isGreaterThanOrEqualTo(-1e-12);
          for (double report : misreportGrid()) {
            assertThat(utility(mechanism, instance, client, report, false))
                .as("seed %d beta %s client %d report %s", seed, beta, client, report)
                .isLessThanOrEqualTo(truthful + 1e-9);
          }
          if (truthful > 0) {
            instancesWithPayments++;
          }
        }
      }
    }
    // the check is not vacuous: many clients earn a positive surplus
    assertThat(instancesWithPayments).isGreaterThan(50);
  }

  @Test
  void theGridCheckCatchesPayAsBid() {
    // Paying the reported cost instead of the critical value: a chosen client gains by overbidding up
    // to its critical value, which the same grid finds.
    boolean found = false;
    for (long seed = 1; seed <= 25 && !found; seed++) {
      Instance instance = instance(seed);
      TruthfulParticipationMechanism mechanism = new TruthfulParticipationMechanism(D, N, 0.8, CAP);
      for (int client = 0; client < N && !found; client++) {
        double truthful = utility(mechanism, instance, client, instance.costs()[client], true);
        for (double report : misreportGrid()) {
          if (utility(mechanism, instance, client, report, true) > truthful + 1e-6) {
            found = true;
            break;
          }
        }
      }
    }
    assertThat(found).isTrue();
  }

  @Test
  void selectionIsMonotoneAndPaymentsIgnoreTheOwnReport() {
    for (long seed = 1; seed <= 15; seed++) {
      Instance instance = instance(seed);
      TruthfulParticipationMechanism mechanism = new TruthfulParticipationMechanism(D, N, 0.8, CAP);
      boolean[] selected = new boolean[N];
      double[] payments = new double[N];
      mechanism.run(instance.server(), instance.updates(), instance.costs(), selected, payments);
      for (int client = 0; client < N; client++) {
        if (!selected[client]) {
          assertThat(payments[client]).isZero();
          continue;
        }
        assertThat(payments[client]).isGreaterThanOrEqualTo(instance.costs()[client]).isLessThanOrEqualTo(CAP);
        for (double report : misreportGrid()) {
          double[] reports = instance.costs().clone();
          reports[client] = report;
          boolean[] otherSelected = new boolean[N];
          double[] otherPayments = new double[N];
          mechanism.run(instance.server(), instance.updates(), reports, otherSelected, otherPayments);
          if (report <= instance.costs()[client]) {
            assertThat(otherSelected[client]).as("lower report keeps the client, seed %d", seed).isTrue();
          }
          if (otherSelected[client]) {
            assertThat(otherPayments[client]).isCloseTo(payments[client], org.assertj.core.data.Offset.offset(1e-9));
          }
          // chosen exactly when the report is below the critical value (ties excluded by the grid)
          if (Math.abs(report - payments[client]) > 1e-9) {
            assertThat(otherSelected[client]).isEqualTo(report < payments[client]);
          }
        }
      }
    }
  }

  @Test
  void chosenSetBuysTheRequiredShareOfTheGain() {
    double[] work = new double[D * D];
    for (long seed = 1; seed <= 15; seed++) {
      Instance instance = instance(seed);
      for (double beta : new double[] {0.3, 0.8, 1.0}) {
        boolean[] selected = new boolean[N];
        double[] payments = new double[N];
        new TruthfulParticipationMechanism(D, N, beta, CAP).run(instance.server(), instance.updates(),
            instance.costs(), selected, payments);
        double[] all = instance.server().clone();
        double[] chosen = instance.server().clone();
        for (int c = 0; c < N; c++) {
          for (int e = 0; e < D * D; e++) {
            all[e] += instance.updates()[c][e];
            if (selected[c]) {
              chosen[e] += instance.updates()[c][e];
            }
          }
        }
        double base = SymmetricMatrices.logDeterminant(instance.server(), D, work);
        double full = SymmetricMatrices.logDeterminant(all, D, work) - base;
        double bought = SymmetricMatrices.logDeterminant(chosen, D, work) - base;
        assertThat(bought).isGreaterThanOrEqualTo(beta * full * (1 - 1e-9));
        if (beta == 1.0) {
          for (int c = 0; c < N; c++) {
            // a client with data adds strictly to ln det, so beta = 1 needs every one of them
            boolean hasData = instance.updates()[c][0] + instance.updates()[c][D + 1] > 0;
            assertThat(selected[c]).isEqualTo(hasData);
          }
        }
      }
    }
  }

  @Test
  void badReportsAreRefused() {
    Instance instance = instance(1);
    TruthfulParticipationMechanism mechanism = new TruthfulParticipationMechanism(D, N, 0.8, CAP);
    double[] reports = instance.costs().clone();
    reports[3] = 2;
    assertThatThrownBy(() -> mechanism.run(instance.server(), instance.updates(), reports, new boolean[N], new double[N]))
        .hasMessage("client 3 reported cost 2.0, allowed (0, 1.0]");
    assertThatThrownBy(() -> new TruthfulParticipationMechanism(D, N, 0, CAP)).hasMessageContaining("beta");
  }
}

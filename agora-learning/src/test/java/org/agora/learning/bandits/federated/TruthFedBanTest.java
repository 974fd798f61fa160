package org.agora.learning.bandits.federated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import org.agora.core.GameSpecException;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * The protocol's claims on a seeded instance: regret close to the all-participating federation and
 * far below clients learning alone, the server pays at least the participants' costs, runs are
 * deterministic per seed, strings and their errors, and no allocation per round.
 */
class TruthFedBanTest {

  private static final String ENVIRONMENT = "federated(clients=10,dimension=5,arms=10,sigma=0.1,instance-seed=3)";

  private static FederatedRun run(String protocol, long seed) {
    FederatedLinearBandit environment = FederatedRegistry.createEnvironment(ENVIRONMENT);
    return FederatedRegistry.createProtocol(protocol, environment).run(5_000, 4, seed);
  }

  @Test
  void regretStaysNearTheAllParticipatingFederation() {
    // Measured over seeds 1..3, T = 5,000 rounds of 10 clients: mechanism (beta = 0.8) 11.2, all
    // participating 11.2, alone 27.6; with threshold D = 10: 15.1, 15.0 and 27.6.
    double mechanism = 0;
    double all = 0;
    double alone = 0;
    for (long seed = 1; seed <= 3; seed++) {
      mechanism += run("truth-fedban(participation=mechanism,beta=0.8)", seed).finalGroupRegret();
      all += run("truth-fedban(participation=all)", seed).finalGroupRegret();
      alone += run("truth-fedban(participation=none)", seed).finalGroupRegret();
    }
    assertThat(mechanism).isLessThan(1.1 * all);
    assertThat(mechanism).isLessThan(0.6 * alone);
  }

  @Test
  void theServerPaysAtLeastTheParticipantsCostsAndEveryTruthfulClientGains() {
    for (double beta : new double[] {0.5, 0.8, 0.95}) {
      FederatedRun run = run("truth-fedban(beta=" + beta + ")", 1);
      assertThat(run.communicationRounds()).isPositive();
      assertThat(run.uploads()).isPositive();
      assertThat(run.totalPayment()).isGreaterThanOrEqualTo(run.totalParticipationCost());
      // every upload is paid at most the cost cap (1)
      assertThat(run.totalPayment()).isLessThanOrEqualTo(run.uploads() * 1.0 + 1e-9);
      for (double utility : run.clientUtility()) {
        assertThat(utility).isGreaterThanOrEqualTo(-1e-9);
      }
    }
    FederatedRun alone = run("truth-fedban(participation=none)", 1);
    assertThat(alone.communicationRounds()).isZero();
    assertThat(alone.totalPayment()).isZero();
  }

  @Test
  void sameSeedSameRun() {
    FederatedRun first = run("truth-fedban", 7);
    FederatedRun second = run("truth-fedban", 7);
    FederatedRun other = run("truth-fedban", 8);
    assertThat(second.groupRegret()).containsExactly(first.groupRegret());
    assertThat(second.clientUtility()).containsExactly(first.clientUtility());
    assertThat(second.uploads()).isEqualTo(first.uploads());
    assertThat(other.groupRegret()).isNotEqualTo(first.groupRegret());
  }

  @Test
  void stringsAndTheirErrors() {
    FederatedLinearBandit environment = FederatedRegistry.createEnvironment(ENVIRONMENT);
    assertThat(environment.describe())
        .isEqualTo("federated(clients=10,dimension=5,arms=10,sigma=0.1,cost-cap=1.0,instance-seed=3)");
    assertThat(FederatedRegistry.createEnvironment(environment.describe()).cost(4)).isEqualTo(environment.cost(4));
    assertThat(FederatedRegistry.createProtocol("truth-fedban(beta=0.5,threshold=10)", environment).describe())
        .isEqualTo("truth-fedban(participation=mechanism,alpha=0.5,lambda=1.0,threshold=10.0,beta=0.5)");
    assertThatThrownBy(() -> FederatedRegistry.createEnvironment("federated(clients=0)"))
        .isInstanceOf(GameSpecException.class).hasMessageContaining("clients");
    assertThatThrownBy(() -> FederatedRegistry.createEnvironment("collaborative"))
        .isInstanceOf(GameSpecException.class).hasMessageContaining("known: federated");
    assertThatThrownBy(() -> FederatedRegistry.createProtocol("truth-fedban(beta=1.5)", environment))
        .isInstanceOf(GameSpecException.class).hasMessageContaining("beta");
    assertThatThrownBy(() -> FederatedRegistry.createProtocol("truth-fedban(participation=some)", environment))
        .isInstanceOf(GameSpecException.class).hasMessageContaining("some");
    assertThatThrownBy(() -> FederatedRegistry.createProtocol("fedavg", environment))
        .isInstanceOf(GameSpecException.class).hasMessageContaining("known: truth-fedban");
    assertThatThrownBy(() -> FederatedRegistry.createProtocol("", environment))
        .isInstanceOf(GameSpecException.class).hasMessageContaining("missing");
  }

  @Test
  void matrixHelpersAgreeWithClosedForms() {
    // diag(2, 3) has ln det = ln 6 and inverse diag(1/2, 1/3); adding x x^T with x = (1, 0) adds
    // ln(1 + x^T V^-1 x) = ln 1.5 (matrix determinant lemma).
    double[] v = {2, 0, 0, 3};
    double[] work = new double[6];
    assertThat(SymmetricMatrices.logDeterminant(v, 2, work)).isCloseTo(Math.log(6), Offset.offset(1e-12));
    double[] inverse = new double[4];
    SymmetricMatrices.invert(v, 2, inverse, work);
    assertThat(inverse).containsExactly(new double[] {0.5, 0, 0, 1.0 / 3}, Offset.offset(1e-12));
    double increase = SymmetricMatrices.rankOneUpdate(inverse, new double[] {1, 0}, 0, 2, work);
    assertThat(increase).isCloseTo(Math.log(1.5), Offset.offset(1e-12));
    assertThat(inverse[0]).isCloseTo(1.0 / 3, Offset.offset(1e-12));
    assertThat(SymmetricMatrices.logDeterminant(new double[] {1, 2, 2, 1}, 2, work)).isEqualTo(Double.NEGATIVE_INFINITY);
  }

  @Test
  void roundsWithoutCommunicationAllocateNothing() {
    // With an unreachable threshold nobody communicates; 20,000 more rounds of 10 clients would
    // allocate megabytes if one object were allocated per pull.
    java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    assumeTrue(bean instanceof com.sun.management.ThreadMXBean);
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
    assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());
    long thread = Thread.currentThread().getId();
    FederatedLinearBandit environment = FederatedRegistry.createEnvironment(ENVIRONMENT);
    TruthFedBan protocol = FederatedRegistry.createProtocol("truth-fedban(threshold=1e15)", environment);
    protocol.run(1_000, 4, 1);
    long before = threads.getThreadAllocatedBytes(thread);
    protocol.run(1_000, 4, 1);
    long small = threads.getThreadAllocatedBytes(thread) - before;
    before = threads.getThreadAllocatedBytes(thread);
    protocol.run(21_000, 4, 1);
    long large = threads.getThreadAllocatedBytes(thread) - before;
    assertThat(large - small).isLessThan(64 * 1024);
  }
}

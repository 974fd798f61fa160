package org.agora.cli.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.agora.cli.CliRun;
import org.agora.cli.bandit.FederatedTruthfulnessCheck;
import org.agora.learning.bandits.ParallelRuns;
import org.agora.learning.bandits.BanditSimulation;
import org.agora.learning.bandits.federated.FederatedLinearBandit;
import org.agora.learning.bandits.federated.FederatedRegistry;
import org.agora.learning.bandits.federated.FederatedRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code agora bandit federated}: regret, uploads, payments and costs from the library's runs, per-client utilities,
 * the truthfulness grid check, JSON on 1 and 2 threads, plots and errors.
 */
class BanditFederatedCommandTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String FEDERATION = "federated(clients=5,dimension=3,arms=4,instance-seed=2)";
  private static final String MECHANISM = "truth-fedban(participation=mechanism,beta=0.8)";

  @TempDir
  Path directory;

  private static List<String> common(String... more) {
    List<String> args = new ArrayList<>(List.of("bandit", "federated", "--policies",
        MECHANISM + ",truth-fedban(participation=none)", "--federation", FEDERATION, "--horizon", "800", "--seeds", "2",
        "--seed", "4", "--no-progress", "--no-store"));
    args.addAll(List.of(more));
    return args;
  }

  private static CliRun ok(List<String> args) {
    CliRun run = CliRun.run(args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();
    return run;
  }

  @Test
  void theTableAndThePerClientTable() {
    CliRun run = ok(common("--per-client"));
    assertThat(run.out()).contains("bandit federated: 2 protocols on federated(clients=5,dimension=3,arms=4,",
        "GROUP REGRET", "COMM ROUNDS", "UPLOADS", "PAYMENT", "TRUE COST", MECHANISM, "CLIENT", "UTILITY (1)",
        "UTILITY (2)");
    // five client rows: 0 to 4
    assertThat(run.out().lines().filter(line -> line.matches("[0-4] +0\\.\\d{4} .*"))).hasSize(5);
  }

  @Test
  void jsonHoldsTheLibraryRunsAndIsTheSameOnOneAndTwoThreads() throws IOException {
    JsonNode one = MAPPER.readTree(ok(common("--json", "--threads", "1")).out());
    JsonNode two = MAPPER.readTree(ok(common("--json", "--threads", "2")).out());
    assertThat(withoutTimes(one.get("cells"))).isEqualTo(withoutTimes(two.get("cells")));
    assertThat(one.get("kind").asText()).isEqualTo("bandit-federated");
    FederatedLinearBandit environment = FederatedRegistry.createEnvironment(FEDERATION);
    long[] seeds = ParallelRuns.taskSeeds(4, 4);
    double payment = 0;
    double cost = 0;
    double uploads = 0;
    for (int seed = 0; seed < 2; seed++) {
      FederatedRun run = FederatedRegistry.createProtocol(MECHANISM, environment)
          .run(800, BanditSimulation.POINTS_PER_DECADE, seeds[seed]);
      payment += run.totalPayment() / 2;
      cost += run.totalParticipationCost() / 2;
      uploads += run.uploads() / 2.0;
    }
    JsonNode mechanism = one.get("cells").get(0);
    assertThat(mechanism.get("totalPayment").asDouble()).isCloseTo(payment, within(1e-9));
    assertThat(mechanism.get("totalTrueCost").asDouble()).isCloseTo(cost, within(1e-9));
    assertThat(mechanism.get("uploads").asDouble()).isEqualTo(uploads);
    // individual rationality of critical payments: the server pays at least the uploads' true costs
    assertThat(payment).isGreaterThanOrEqualTo(cost);
    assertThat(mechanism.get("clients")).hasSize(5);
    JsonNode alone = one.get("cells").get(1);
    assertThat(alone.get("uploads").asDouble()).isZero();
    assertThat(alone.get("totalPayment").asDouble()).isZero();
  }

  private static JsonNode withoutTimes(JsonNode cells) {
    JsonNode copy = cells.deepCopy();
    copy.forEach(cell -> ((ObjectNode) cell).remove("seconds"));
    return copy;
  }

  @Test
  void truthfulnessShowsTruthfulReportingIsABestResponseForEveryClient() throws IOException {
    CliRun run = ok(common("--truthfulness"));
    assertThat(run.out()).contains("TRUTHFUL UTILITY", "BEST MISREPORT UTILITY",
        "truthful reporting is a best response for every client").doesNotContain(" NO");
    JsonNode json = MAPPER.readTree(ok(common("--truthfulness", "--json")).out());
    assertThat(json.get("truthfulIsBest").asBoolean()).isTrue();
    assertThat(json.get("protocols")).hasSize(1); // participation=none has no mechanism to check
    assertThat(json.get("protocols").get(0).get("clients")).hasSize(5);
  }

  @Test
  void theGridCheckIsNotVacuous() {
    // Myerson's lemma: critical-value payments make the truth a best response and pay a participant at least its
    // cost; some clients must be paid a surplus, or the check would compare zeros.
    FederatedLinearBandit environment = FederatedRegistry.createEnvironment("federated(clients=10,dimension=5,arms=10)");
    FederatedTruthfulnessCheck.ClientCheck[] checks = FederatedTruthfulnessCheck.run(environment, 0.8, 1, 10, 3);
    int surplus = 0;
    for (FederatedTruthfulnessCheck.ClientCheck check : checks) {
      assertThat(check.truthfulIsBest()).as("client %d", check.client()).isTrue();
      assertThat(check.truthfulUtility()).isGreaterThanOrEqualTo(-1e-12);
      surplus += check.truthfulUtility() > 1e-6 ? 1 : 0;
    }
    assertThat(surplus).isGreaterThan(5);
  }

  @Test
  void plotsAndErrors() throws IOException {
    Path plots = directory.resolve("plots");
    ok(common("--plot", plots.toString()));
    assertThat(Files.readString(plots.resolve("regret-curves.html"))).contains("<h1>Federated bandit group regret</h1>");
    BanditContextualCommandTest.assertUsage(List.of("bandit", "federated", "--federation", "federated(clients=0)"),
        "agora: federated: parameter 'clients' value '0' is out of range");
    BanditContextualCommandTest.assertUsage(List.of("bandit", "federated", "--policies", "fedavg"),
        "agora: unknown federated protocol 'fedavg'; known: truth-fedban");
    BanditContextualCommandTest.assertUsage(List.of("bandit", "federated", "--policies",
        "truth-fedban(participation=all)", "--truthfulness"), "agora: --truthfulness checks the participation mechanism");
  }
}

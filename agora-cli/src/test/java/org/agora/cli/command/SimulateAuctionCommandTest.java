package org.agora.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.agora.cli.CliRun;
import org.agora.store.RunStatus;
import org.agora.store.RunStore;
import org.agora.store.StoredRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code agora simulate auction}: tables, JSON, CSV, plots, the stored run and the usage errors. */
class SimulateAuctionCommandTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir
  Path data;

  @Test
  void aPacedGspSimulationIsPrintedStoredAndPlotted() throws IOException {
    Path plots = data.resolve("plots");
    CliRun run = CliRun.run("simulate", "auction", "--format", "gsp", "--bidders", "4", "--pacing",
        "pid(budget=20,cpa=2)", "--pacing", "dual(budget=30)", "--periods", "2", "--steps", "12", "--opportunities",
        "3000", "--data", data.toString(), "--plot", plots.toString(), "--no-progress");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("gsp, 3 slots with exposure [1, 0.8, 0.6]", "6,000 auctions", "REVENUE",
        "pid(budget=20,cpa=2)", "dual(budget=30)", "SCORE", "regret of bidder 0");
    assertThat(run.errLines().get(0)).startsWith("simulate-auction run 1 in ");
    assertThat(plots.resolve("spend.png")).isNotEmptyFile();
    assertThat(plots.resolve("pacing.png")).isNotEmptyFile();
    try (RunStore runs = RunStore.openDataDirectory(data)) {
      StoredRun stored = runs.get(1);
      assertThat(stored.summary().kind()).isEqualTo("simulate-auction");
      assertThat(stored.summary().status()).isEqualTo(RunStatus.COMPLETED);
      assertThat(stored.summary().done()).isEqualTo(24);
      JsonNode result = MAPPER.readTree(runs.result(1).orElseThrow());
      assertThat(result.get("periods")).hasSize(2);
      for (JsonNode period : result.get("periods")) {
        for (JsonNode bidder : period.get("bidders")) {
          assertThat(bidder.get("spend").asDouble()).isLessThanOrEqualTo(bidder.get("budget").asDouble() + 1e-9);
        }
      }
      assertThat(MAPPER.readTree(stored.spec()).get("bidders")).hasSize(4);
    }
  }

  @Test
  void jsonIsTheSameOnOneAndTwoThreadsAndCsvHasALinePerPeriodAndBidder() throws IOException {
    List<String> common = List.of("simulate", "auction", "--format", "second-price", "--bidders",
        "dual(budget=40);throttle(budget=40);truthful", "--steps", "8", "--opportunities", "2000", "--seed", "7",
        "--data", data.toString(), "--no-progress");
    JsonNode one = MAPPER.readTree(run(common, "--json", "--threads", "1").out());
    JsonNode two = MAPPER.readTree(run(common, "--json", "--threads", "2").out());
    assertThat(one.get("periods")).isEqualTo(two.get("periods"));
    assertThat(one.get("regret")).isEqualTo(two.get("regret"));
    assertThat(one.get("revenue").asDouble()).isPositive();
    CliRun csv = run(common, "--csv");
    assertThat(csv.out().lines()).hasSize(1 + 3);
    assertThat(csv.out().lines().findFirst().orElseThrow()).startsWith("period,bidder,agent,budget");
  }

  /**
   * The population mode: a truthful bidder with no budget against budgeted dual pacers wins more than they do, and
   * the written table is one that {@code agora rate --table} reads.
   */
  @Test
  void aCrossTableOfPacingAgentsIsWrittenStoredAndRated() throws IOException {
    Path table = data.resolve("table.txt");
    CliRun run = CliRun.run("simulate", "auction", "--format", "second-price", "--bidders", "4", "--pacing", "truthful",
        "--pacing", "dual(budget=5)", "--steps", "10", "--opportunities", "2000", "--cross-table", table.toString(),
        "--data", data.toString(), "--no-progress");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("2 pacing agents, 4 simulations", "0: truthful", "1: dual(budget=5)",
        "agora rate --table");
    assertThat(Files.readAllLines(table)).hasSize(4).first().asString().startsWith("('truthful', 'truthful', ");
    try (RunStore runs = RunStore.openDataDirectory(data)) {
      assertThat(runs.get(1).summary().kind()).isEqualTo("pacing-cross-table");
      JsonNode scores = MAPPER.readTree(runs.result(1).orElseThrow()).get("meanScores");
      assertThat(scores.get(0).get(1).asDouble()).isGreaterThan(scores.get(1).get(0).asDouble());
    }
    CliRun rated = CliRun.run("rate", "--table", table.toString());
    assertThat(rated.exitCode()).as(rated.err()).isZero();
    assertThat(rated.out()).contains("NASH RATING", "truthful", "dual(budget=5)");
  }

  @Test
  void badOptionsAreOneLineUsageErrors() {
    assertUsage(List.of("simulate"), "agora: missing what to simulate; one of: auction, trace, channels, agency, bne");
    assertUsage(List.of("simulate", "auction", "--format", "dutch"), "agora: unknown auction format 'dutch'");
    assertUsage(List.of("simulate", "auction", "--pacing", "pid(budget=-1)"), "agora: ");
    assertUsage(List.of("simulate", "auction", "--pacing", "greedy"), "agora: ");
    assertUsage(List.of("simulate", "auction", "--bidders", "0"), "agora: --bidders must be in [1, 100000]");
    assertUsage(List.of("simulate", "auction", "--bidders", "truthful;;truthful"), "agora: --bidders has an empty");
    assertUsage(List.of("simulate", "auction", "--bidders", "truthful", "--pacing", "truthful"),
        "agora: --pacing applies when --bidders is a number");
    assertUsage(List.of("simulate", "auction", "--steps", "10", "--opportunities", "5"), "agora: opportunities");
    assertUsage(List.of("simulate", "auction", "--exposure", "0.5,1"), "agora: slot exposures");
    assertUsage(List.of("simulate", "auction", "--json", "--csv"), "agora: give --json or --csv, not both");
    assertUsage(List.of("simulate", "auction", "--threads", "0"), "agora: --threads must be in [1, 1024]");
    assertUsage(List.of("simulate", "auction", "--regret-bidder", "9"), "agora: the regret bidder");
    assertUsage(List.of("simulate", "auction", "--bidders", "100000"), "agora: a step would hold 100000 bidders");
    assertUsage(List.of("simulate", "auction", "--opportunities", "2000000000", "--steps", "100000"),
        "agora: the regret record of 2000000000 opportunities");
    assertUsage(List.of("simulate", "auction", "--periods", "100000", "--steps", "1000", "--opportunities", "1000"),
        "agora: the per-step curves");
    assertUsage(List.of("simulate", "auction", "--pacing", "truthful", "--cross-table", "t.txt"),
        "agora: --cross-table needs a number of bidders and at least two different --pacing agents");
    assertUsage(List.of("simulate", "auction", "--pacing", "truthful", "--pacing", "shaded", "--json", "--cross-table",
        "t.txt"), "agora: --cross-table prints its table and writes FILE");
  }

  private CliRun run(List<String> common, String... more) {
    List<String> args = new ArrayList<>(common);
    args.addAll(List.of(more));
    CliRun run = CliRun.run(args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();
    return run;
  }

  private void assertUsage(List<String> args, String messageStart) {
    List<String> withData = new ArrayList<>(args);
    if (args.size() > 1) {
      withData.addAll(List.of("--data", data.toString()));
    }
    CliRun run = CliRun.run(withData.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines().get(0)).startsWith(messageStart);
    assertThat(run.errLines()).hasSizeLessThanOrEqualTo(2);
    assertThat(Files.exists(data.resolve("agora.db"))).as("nothing stored for a usage error").isFalse();
  }
}

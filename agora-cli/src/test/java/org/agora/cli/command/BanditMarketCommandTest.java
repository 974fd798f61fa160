package org.agora.cli.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.agora.cli.CliRun;
import org.agora.learning.bandits.ParallelRuns;
import org.agora.learning.bandits.contextual.market.DecisionMarket;
import org.agora.learning.bandits.contextual.market.DecisionMarketRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code agora bandit market}: payments and regrets from the library's runs, the truthfulness check, plots, errors. */
class BanditMarketCommandTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String PROBLEM = "bernoulli-linear(arms=3,dimension=5,seed=2)";
  private static final List<String> EXPERTS = List.of("informed(bias=0)", "constant(p=0.5)", "learner");

  @TempDir
  Path directory;

  private static List<String> common(String... more) {
    List<String> args = new ArrayList<>(List.of("bandit", "market", "--experts", String.join(",", EXPERTS),
        "--problem", PROBLEM, "--rule", "quadratic", "--epsilon", "0.1", "--horizon", "2000", "--seeds", "3", "--seed",
        "7", "--no-progress", "--no-store"));
    args.addAll(List.of(more));
    return args;
  }

  private static CliRun ok(List<String> args) {
    CliRun run = CliRun.run(args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();
    return run;
  }

  @Test
  void theTableShowsPaymentsAndRegrets() {
    CliRun run = ok(common());
    assertThat(run.out()).contains("bandit market: 3 experts on " + PROBLEM + ", quadratic rule, epsilon 0.1,",
        "EXPERT", "PAYMENT", "REGRET", "principal regret ", "constant(p=0.5)", "learner");
    String informed = run.out().lines().filter(line -> line.startsWith("informed(bias=0)")).findFirst().orElseThrow();
    // the truthful expert gives up no expected score: its regret is exactly 0
    assertThat(informed.trim().split("\\s+")[3]).isEqualTo("0.00");
  }

  @Test
  void jsonHoldsTheLibraryRunsAndIsTheSameOnOneAndTwoThreads() throws IOException {
    JsonNode one = MAPPER.readTree(ok(common("--json", "--threads", "1")).out());
    JsonNode two = MAPPER.readTree(ok(common("--json", "--threads", "2")).out());
    ((com.fasterxml.jackson.databind.node.ObjectNode) one).remove("seconds");
    ((com.fasterxml.jackson.databind.node.ObjectNode) two).remove("seconds");
    for (JsonNode node : List.of(one, two)) {
      node.get("experts").forEach(cell -> ((com.fasterxml.jackson.databind.node.ObjectNode) cell).remove("seconds"));
      ((com.fasterxml.jackson.databind.node.ObjectNode) node.get("principal")).remove("seconds");
    }
    assertThat(one).isEqualTo(two);
    assertThat(one.get("kind").asText()).isEqualTo("bandit-market");
    long[] seeds = ParallelRuns.taskSeeds(7, 3);
    double learnerPayment = 0;
    double principal = 0;
    for (long seed : seeds) {
      DecisionMarketRun run = DecisionMarket.create(PROBLEM, EXPERTS, "quadratic", 0.1, "sequential").run(2000, seed);
      learnerPayment += run.payments()[2] / 3;
      principal += run.principalRegret()[run.principalRegret().length - 1] / 3;
    }
    assertThat(one.get("experts").get(2).get("payment").asDouble()).isCloseTo(learnerPayment, within(1e-9));
    assertThat(one.get("principal").get("final").get("mean").asDouble()).isCloseTo(principal, within(1e-9));
    assertThat(one.get("experts").get(1).get("final").get("mean").asDouble()).isPositive();
  }

  @Test
  void truthfulnessShowsTheTruthfulReportBestUnderEveryRule() throws IOException {
    CliRun run = ok(common("--truthfulness"));
    assertThat(run.out()).contains("log", "quadratic", "spherical", "TRUTHFUL SCORE", "BEST MISREPORT SCORE",
        "the truthful report is the unique best for every rule");
    JsonNode json = MAPPER.readTree(ok(common("--truthfulness", "--json")).out());
    assertThat(json.get("truthfulIsBest").asBoolean()).isTrue();
    for (JsonNode rule : json.get("rules")) {
      assertThat(rule.get("truthfulScore").asDouble()).isGreaterThan(rule.get("bestMisreportScore").asDouble());
      assertThat(rule.get("reportsChecked").asLong()).isEqualTo(19L * 19 * 19 + 1); // step 0.05: 19 values per action
    }
  }

  @Test
  void plotsAndErrors() throws IOException {
    Path plots = directory.resolve("plots");
    ok(common("--plot", plots.toString()));
    assertThat(Files.readString(plots.resolve("regret-curves.html")))
        .contains("<h1>Decision market regret</h1>", "principal", "learner");
    BanditContextualCommandTest.assertUsage(List.of("bandit", "market", "--rule", "brierx"),
        "agora: decision market: unknown scoring rule 'brierx'; allowed: log, quadratic, spherical");
    BanditContextualCommandTest.assertUsage(List.of("bandit", "market", "--problem", "linear(arms=3,dimension=5)"),
        "agora: decision market: the decision market needs 0/1 outcomes");
    BanditContextualCommandTest.assertUsage(List.of("bandit", "market", "--experts", "oracle"),
        "agora: unknown expert 'oracle'; known: constant, informed, learner");
    BanditContextualCommandTest.assertUsage(List.of("bandit", "market", "--epsilon", "0"),
        "agora: --epsilon must be in (0, 1], got 0.0");
    BanditContextualCommandTest.assertUsage(List.of("bandit", "market", "--problem",
        "bernoulli-linear(arms=8,dimension=5)", "--truthfulness"), "agora: --truthfulness: the grid has 19^8 reports");
  }
}

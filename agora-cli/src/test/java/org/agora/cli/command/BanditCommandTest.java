package org.agora.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agora.cli.CliRun;
import org.agora.learning.bandits.BanditSimulation;
import org.agora.learning.bandits.LogGrid;
import org.agora.store.RunStatus;
import org.agora.store.RunStore;
import org.agora.store.StoredRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code agora bandit}: the table, the stored run, JSON, CSV, plots, determinism, the listing and usage errors. */
class BanditCommandTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Grid points of a 2,000-round curve. */
  private static final int POINTS = LogGrid.rounds(2_000, BanditSimulation.POINTS_PER_DECADE).length;

  @TempDir
  Path data;

  private List<String> common() {
    return common("3");
  }

  private List<String> common(String seed) {
    return List.of("bandit", "--policies", "ucb1,kl-ucb(c=0)", "--problem", "bernoulli(0.2,0.8)", "--horizon", "2e3",
        "--seeds", "5", "--seed", seed, "--data", data.toString(), "--no-progress");
  }

  @Test
  void theTableIsPrintedAndTheRunStored() throws IOException {
    CliRun run = run(common());
    assertThat(run.out()).contains("bandit: 2 policies x 1 problem, horizon 2,000, 5 seeds (seed 3)", "FINAL REGRET",
        "+- 95%", "ucb1", "kl-ucb(c=0)", "bernoulli(0.2,0.8)", "run 1 in jdbc:sqlite:");
    assertThat(run.errLines().get(0)).startsWith("bandit run 1 in ");
    try (RunStore runs = RunStore.openDataDirectory(data)) {
      StoredRun stored = runs.get(1);
      assertThat(stored.summary().kind()).isEqualTo("bandit");
      assertThat(stored.summary().status()).isEqualTo(RunStatus.COMPLETED);
      assertThat(stored.summary().done()).isEqualTo(10);
      assertThat(stored.summary().total()).isEqualTo(10);
      JsonNode spec = MAPPER.readTree(stored.spec());
      assertThat(spec.get("policies")).hasSize(2);
      assertThat(spec.get("horizon").asLong()).isEqualTo(2_000);
      JsonNode result = MAPPER.readTree(runs.result(1).orElseThrow());
      assertThat(result.get("cells")).hasSize(2);
      assertThat(result.get("cells").get(1).get("policy").asText()).isEqualTo("kl-ucb(c=0)");
    }
    run(common());
    try (RunStore runs = RunStore.openDataDirectory(data)) {
      assertThat(runs.count("bandit", null)).as("a second invocation is a second run").isEqualTo(2);
    }
  }

  @Test
  void jsonHasTheCurvesAndBandsAndIsTheSameOnOneAndTwoThreads() throws IOException {
    JsonNode one = MAPPER.readTree(run(common(), "--json", "--threads", "1").out());
    JsonNode two = MAPPER.readTree(run(common(), "--json", "--threads", "2").out());
    assertThat(withoutTimes(one.get("cells"))).isEqualTo(withoutTimes(two.get("cells")));
    JsonNode otherSeed = MAPPER.readTree(run(common("4"), "--json").out());
    assertThat(withoutTimes(otherSeed.get("cells"))).isNotEqualTo(withoutTimes(one.get("cells")));
    assertThat(one.get("kind").asText()).isEqualTo("bandit");
    assertThat(one.get("run").asLong()).isEqualTo(1);
    JsonNode cell = one.get("cells").get(0);
    assertThat(cell.get("seeds").asInt()).isEqualTo(5);
    JsonNode curve = cell.get("curve");
    for (String series : List.of("rounds", "mean", "standardError", "lower95", "upper95", "quantile10", "quantile90")) {
      assertThat(curve.get(series)).as(series).hasSize(POINTS);
    }
    assertThat(curve.get("rounds").get(POINTS - 1).asLong()).isEqualTo(2_000);
    JsonNode last = cell.get("final");
    assertThat(last.get("mean").asDouble()).isEqualTo(curve.get("mean").get(POINTS - 1).asDouble());
    double halfWidth = 1.96 * last.get("standardDeviation").asDouble() / Math.sqrt(5);
    assertThat(last.get("ci95").get(0).asDouble()).isCloseTo(last.get("mean").asDouble() - halfWidth,
        org.assertj.core.api.Assertions.within(1e-9));
    assertThat(last.get("min").asDouble()).isLessThanOrEqualTo(last.get("mean").asDouble());
    assertThat(last.get("max").asDouble()).isGreaterThanOrEqualTo(last.get("mean").asDouble());
  }

  private static JsonNode withoutTimes(JsonNode cells) {
    JsonNode copy = cells.deepCopy();
    copy.forEach(cell -> ((ObjectNode) cell).remove("seconds"));
    return copy;
  }

  @Test
  void csvHasALinePerPolicyProblemAndGridRound() {
    CliRun csv = run(common(), "--csv", "--no-store");
    List<String> lines = csv.out().lines().toList();
    assertThat(lines).hasSize(1 + 2 * POINTS);
    assertThat(lines.get(0)).isEqualTo("policy,problem,round,mean,standard_error,lower95,upper95,quantile10,quantile90");
    assertThat(lines.get(POINTS)).startsWith("ucb1,\"bernoulli(0.2,0.8)\",2000,");
    assertThat(lines.get(1)).startsWith("ucb1,\"bernoulli(0.2,0.8)\",1,");
    assertThat(Files.exists(data.resolve("agora.db"))).as("--no-store").isFalse();
  }

  @Test
  void plotsAreAPngAndASelfContainedPage() throws IOException {
    Path plots = data.resolve("plots");
    CliRun run = run(common(), "--plot", plots.toString());
    assertThat(run.err()).contains("plot written to " + plots.resolve("regret-curves.png"),
        "plot written to " + plots.resolve("regret-curves.html"));
    byte[] png = Files.readAllBytes(plots.resolve("regret-curves.png"));
    assertThat(png).startsWith(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
    String html = Files.readString(plots.resolve("regret-curves.html"), StandardCharsets.UTF_8);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("data:image/png;base64,", "kl-ucb(c=0)", "<table>");
    assertThat(html).doesNotContain("<script", "<link", "http://", "https://", "url(");
    Matcher sources = Pattern.compile("(?:src|href)=\"([^\"]*)\"").matcher(html);
    int count = 0;
    while (sources.find()) {
      assertThat(sources.group(1)).startsWith("data:image/png;base64,");
      count++;
    }
    assertThat(count).isEqualTo(1);
    try (var files = Files.list(plots)) {
      assertThat(files.map(path -> path.getFileName().toString())).containsExactlyInAnyOrder("regret-curves.png",
          "regret-curves.html");
    }
  }

  @Test
  void listShowsThePoliciesAndProblems() {
    CliRun run = CliRun.run("bandit", "--list");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("POLICY", "ucb1", "kl-ucb", "thompson", "Auer", "PROBLEM", "bernoulli", "gaussian");
  }

  @Test
  void usageErrorsAreOneLineWithExitCodeTwoAndStoreNothing() {
    assertUsage(List.of("bandit", "--policies", "ucb1,ucb2", "--problem", "bernoulli(0.5)"),
        "agora: unknown bandit policy 'ucb2'; known: bayes-ucb, ");
    assertUsage(List.of("bandit", "--problem", "bernouli(0.5)"), "agora: unknown bandit problem 'bernouli'; known: ");
    assertUsage(List.of("bandit", "--problem", "bernoulli(0.5)", "--horizon", "abc"),
        "agora: --horizon must be a whole number in [1, 1000000000000] (e.g. 100000 or 1e5), got 'abc'");
    assertUsage(List.of("bandit", "--problem", "bernoulli(0.5)", "--horizon", "0"), "agora: --horizon must be");
    assertUsage(List.of("bandit", "--problem", "bernoulli(0.5)", "--horizon", "1.5"), "agora: --horizon must be");
    assertUsage(List.of("bandit", "--problem", "bernoulli(0.5)", "--seeds", "0"),
        "agora: the number of seeds must be in [1, 1000000], got 0");
    assertUsage(List.of("bandit"), "agora: give at least one --problem");
    assertUsage(List.of("bandit", "--problem", "bernoulli(0.5)", "--json", "--csv"), "agora: give --json or --csv");
    assertUsage(List.of("bandit", "--problem", "bernoulli(0.5)", "--threads", "0"), "agora: --threads must be");
    assertUsage(List.of("bandit", "--problem", "bernoulli(0.5)", "--policies", "ucb1,(c=2"),
        "agora: --policies: bad policy list");
    assertUsage(List.of("bandit", "--problem", "bernoulli(1.5)"), "agora: ");
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
    withData.addAll(List.of("--data", data.toString()));
    CliRun run = CliRun.run(withData.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines().get(0)).startsWith(messageStart);
    assertThat(run.errLines()).hasSizeLessThanOrEqualTo(2);
    assertThat(Files.exists(data.resolve("agora.db"))).as("nothing stored for a usage error").isFalse();
  }
}

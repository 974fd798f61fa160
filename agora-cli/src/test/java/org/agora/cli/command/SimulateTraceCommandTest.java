package org.agora.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.agora.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code agora simulate trace}: the replay of the example trace, JSON, the plot and the usage errors. */
class SimulateTraceCommandTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String TRACE = "../examples/markets/trace.csv";
  private static final String SAMPLE = "../examples/markets/sample.csv";

  @TempDir
  Path directory;

  @Test
  void aDualPacerReplaysTheExampleTraceNextToTheBestFixedMultiplier() {
    CliRun run = CliRun.run("simulate", "trace", TRACE, "--pacing", "dual(step=0.2)", "--budget", "150");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("2,000 auctions in 48 steps, second-price", "dual(step=0.2)",
        "best fixed multiplier", "regret against the best fixed multiplier in hindsight", "exact");
  }

  @Test
  void robustPacingLearnsItsPlanFromTheSampleAndIsPlotted() throws IOException {
    Path plot = directory.resolve("trace.png");
    CliRun run = CliRun.run("simulate", "trace", TRACE, "--pacing", "robust(step=0.5,floor=0.1)", "--budget", "150",
        "--sample", SAMPLE, "--steps", "24", "--json", "--plot", plot.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode result = MAPPER.readTree(run.out());
    assertThat(result.get("auctions").asInt()).isEqualTo(2000);
    assertThat(result.get("spend").asDouble()).isPositive().isLessThanOrEqualTo(150 + 1e-9);
    assertThat(result.get("cumulativeSpend")).hasSize(24);
    double planned = 0;
    for (JsonNode step : result.get("targetExpenditure")) {
      planned += step.asDouble();
    }
    assertThat(result.get("targetExpenditure")).hasSize(24);
    assertThat(planned).isPositive().isLessThanOrEqualTo(150 + 1e-6);
    JsonNode best = result.get("bestFixedMultiplier");
    assertThat(best.get("spend").asDouble()).isLessThanOrEqualTo(150 + 1e-9);
    assertThat(result.get("regret").asDouble())
        .isCloseTo(best.get("value").asDouble() - result.get("value").asDouble(), org.assertj.core.data.Offset.offset(1e-9));
    assertThat(plot).isNotEmptyFile();
  }

  @Test
  void firstPriceTruthfulBiddingOverpaysAgainstTheBestShading() throws IOException {
    // in first price a truthful bidder pays its whole value, so its ROI is 1 and shading wins more value per budget
    CliRun run = CliRun.run("simulate", "trace", TRACE, "--budget", "150", "--format", "first-price", "--json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode result = MAPPER.readTree(run.out());
    assertThat(result.get("roi").asDouble()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.01));
    assertThat(result.get("bestFixedMultiplier").get("multiplier").asDouble()).isLessThan(1);
    assertThat(result.get("regret").asDouble()).isPositive();
  }

  @Test
  void badInputsAreOneLineUsageErrors() throws IOException {
    Path broken = directory.resolve("broken.csv");
    Files.writeString(broken, "value,highest_competing_bid\n0.5,0.2\n0.4,abc\n");
    assertUsage("agora: Missing required option: '--budget", "simulate", "trace", TRACE);
    assertUsage("agora: robust pacing learns its plan from one sample", "simulate", "trace", TRACE, "--budget", "10",
        "--pacing", "robust");
    assertUsage("agora: --sample is the single sample of robust pacing", "simulate", "trace", TRACE, "--budget", "10",
        "--sample", SAMPLE);
    assertUsage("agora: --pacing 'dual(budget=5)' sets budget", "simulate", "trace", TRACE, "--budget", "10",
        "--pacing", "dual(budget=5)");
    assertUsage("agora: unknown bidding agent 'greedy'", "simulate", "trace", TRACE, "--budget", "10", "--pacing",
        "greedy");
    assertUsage("agora: --format must be first-price or second-price", "simulate", "trace", TRACE, "--budget", "10",
        "--format", "all-pay");
    assertUsage("agora: --budget must be finite and > 0", "simulate", "trace", TRACE, "--budget", "-1");
    assertUsage("agora: the trace has 2000 auctions, fewer than the 5000 steps", "simulate", "trace", TRACE,
        "--budget", "10", "--steps", "5000");
    assertUsage("agora: " + broken + ":3: field highest_competing_bid is 'abc'", "simulate", "trace",
        broken.toString(), "--budget", "10");
    assertUsage("agora: " + directory.resolve("missing.csv"), "simulate", "trace",
        directory.resolve("missing.csv").toString(), "--budget", "10");
  }

  private static void assertUsage(String messageStart, String... args) {
    CliRun run = CliRun.run(args);
    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines().get(0)).startsWith(messageStart);
    assertThat(run.errLines()).hasSizeLessThanOrEqualTo(2);
  }
}

package org.agora.cli.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.agora.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code agora simulate channels}: SGD-UCB against the optimum of the expected instance, JSON, plot, usage errors. */
class SimulateChannelsCommandTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir
  Path directory;

  @Test
  void theDefaultRunPrintsTheOptimumSgdUcbAndTheRegretAndPlotsIt() {
    Path plot = directory.resolve("regret.png");
    CliRun run = CliRun.run("simulate", "channels", "--periods", "300", "--samples", "300", "--plot", plot.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("SGD-UCB, 9 budget levels per channel", "uniform(0,1.8)", "OPTIMAL BUDGET",
        "best mix of grid budgets", "ROI VIOLATION");
    assertThat(run.err()).contains("plot written to");
    assertThat(plot).isNotEmptyFile();
  }

  @Test
  void theFluidOptimumBoundsTheBestMixOfGridBudgetsWhichBoundsTheBestSingleOne() throws IOException {
    // on the same sample: the pooled LP relaxes any per-period budgets, and a mixture contains every single vector
    for (String seed : new String[] {"1", "2", "3"}) {
      JsonNode result = json("--periods", "200", "--samples", "500", "--seed", seed, "--channels", "2",
          "--auctions", "8,12", "--roi", "1.5", "--levels", "6");
      double optimum = result.get("optimum").asDouble();
      JsonNode grid = result.get("bestGridBudgets");
      assertThat(optimum).isGreaterThanOrEqualTo(grid.get("mixture").asDouble() - 1e-9);
      assertThat(grid.get("mixture").asDouble()).isGreaterThanOrEqualTo(grid.get("conversions").asDouble() - 1e-9);
      assertThat(grid.get("conversions").asDouble()).isGreaterThanOrEqualTo(1.5 * grid.get("spend").asDouble() - 1e-9);
      assertThat(result.get("optimumSpend").asDouble()).isLessThanOrEqualTo(3 + 1e-9);
      assertThat(result.get("regretPerPeriod").asDouble())
          .isCloseTo(optimum - result.get("conversions").asDouble(), offset(1e-9));
      assertThat(result.get("regretCurve")).hasSize(200);
    }
  }

  @Test
  void aBudgetThatBuysEverythingGivesTheExpectedConversionsOfAllAuctions() throws IOException {
    // closed form: 10 auctions at price 0.1 cost 1 < budget 3, so the optimum buys all: E = 10 x 0.5 conversions.
    // The sample mean over 2000 periods has standard error sqrt(10/12/2000) = 0.020; tolerance 0.1 (5 SE).
    JsonNode result = json("--channels", "1", "--prices", "0.1", "--roi", "0", "--periods", "500");
    assertThat(result.get("optimum").asDouble()).isCloseTo(5.0, offset(0.1));
    assertThat(result.get("optimumSpend").asDouble()).isCloseTo(1.0, offset(1e-9));
    // SGD-UCB tries every level once, then keeps to the full budget: all but a few periods buy everything
    assertThat(result.get("conversions").asDouble()).isCloseTo(5.0, offset(0.3));
  }

  @Test
  void badOptionsAreOneLineUsageErrors() {
    assertUsage("agora: --channels must be in [1, 100], got 0", "--channels", "0");
    assertUsage("agora: --auctions needs one number or one per channel (3), got 2", "--auctions", "4,5");
    assertUsage("agora: --auctions must be in [1, 1000000], got 0", "--auctions", "0");
    assertUsage("agora: --prices needs to be given once or once per channel (3), got 2", "--prices", "1",
        "--prices", "2");
    assertUsage("agora: --conversions: unknown distribution 'normal(0,1)'", "--conversions", "normal(0,1)");
    assertUsage("agora: --budget must be finite and > 0", "--budget", "0");
    assertUsage("agora: --roi must be finite and >= 0", "--roi", "-1");
    assertUsage("agora: --levels must be in [1, 1000]", "--levels", "0");
    assertUsage("agora: --periods must be >= 1", "--periods", "0");
    assertUsage("agora: --samples must be >= 1", "--samples", "0");
  }

  private static JsonNode json(String... options) throws IOException {
    String[] args = new String[options.length + 4];
    args[0] = "simulate";
    args[1] = "channels";
    args[2] = "--json";
    args[3] = "--no-progress";
    System.arraycopy(options, 0, args, 4, options.length);
    CliRun run = CliRun.run(args);
    assertThat(run.exitCode()).as(run.err()).isZero();
    return MAPPER.readTree(run.out());
  }

  private static void assertUsage(String messageStart, String... options) {
    String[] args = new String[options.length + 2];
    args[0] = "simulate";
    args[1] = "channels";
    System.arraycopy(options, 0, args, 2, options.length);
    CliRun run = CliRun.run(args);
    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines().get(0)).startsWith(messageStart);
    assertThat(run.errLines()).hasSizeLessThanOrEqualTo(2);
  }
}

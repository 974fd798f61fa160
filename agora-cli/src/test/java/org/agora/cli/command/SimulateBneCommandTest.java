package org.agora.cli.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.agora.cli.CliRun;
import org.agora.markets.equilibrium.SmoothedGradientBneLearner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code agora simulate bne}: the learned bid function next to the analytic equilibrium, JSON, plot, usage errors. */
class SimulateBneCommandTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir
  Path directory;

  @Test
  void theFirstOrderLearnerRecoversTheFirstPriceEquilibriumOfTwoBidders() throws IOException {
    // Vickrey (1961): with 2 bidders and U[0,1] values the symmetric equilibrium bids v/2; the library promises an
    // L2 distance below the smoothing temperature 0.02 with its default settings and seed 7
    Path plot = directory.resolve("bne.png");
    CliRun run = CliRun.run("simulate", "bne", "--bidders", "2", "--seed", "7", "--json", "--plot", plot.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode result = MAPPER.readTree(run.out());
    assertThat(result.get("distance").asDouble()).isLessThan(SmoothedGradientBneLearner.TEMPERATURE);
    assertThat(result.get("grid")).hasSize(11);
    for (JsonNode point : result.get("grid")) {
      assertThat(point.get("equilibrium").asDouble()).isCloseTo(point.get("value").asDouble() / 2, offset(1e-12));
    }
    assertThat(result.get("knotBids")).hasSize(11);
    assertThat(plot).isNotEmptyFile();
  }

  @Test
  void theTextShowsLearnedAndAnalyticBidsInSecondPrice() {
    CliRun run = CliRun.run("simulate", "bne", "--format", "second-price", "--bidders", "3", "--iterations", "300",
        "--grid", "5");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("second-price, 3 bidders", "v (truthful)", "LEARNED BID", "EQUILIBRIUM BID",
        "1.000", "L2 distance to the equilibrium");
    assertThat(run.out().lines().filter(line -> line.matches("^[01]\\.\\d{3} .*"))).hasSize(5);
  }

  @Test
  void theZerothOrderBaselineRunsToo() throws IOException {
    CliRun run = CliRun.run("simulate", "bne", "--method", "npga", "--bidders", "2", "--iterations", "100",
        "--batch", "256", "--json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(MAPPER.readTree(run.out()).get("method").asText()).contains("NPGA");
  }

  @Test
  void badOptionsAreOneLineUsageErrors() {
    assertUsage("agora: --format must be first-price or second-price, got 'all-pay'", "--format", "all-pay");
    assertUsage("agora: --method must be smoothed or npga, got 'adam'", "--method", "adam");
    assertUsage("agora: an auction needs at least 2 bidders, got 1", "--bidders", "1");
    assertUsage("agora: the learning rate must be in (0, 1], got 2.0", "--learning-rate", "2");
    assertUsage("agora: a bid function needs 2 to 1001 knots", "--knots", "1");
    assertUsage("agora: a bid function needs 2 to 1001 knots, got 100000000", "--knots", "100000000");
    assertUsage("agora: iterations and batch must be >= 1", "--iterations", "0");
    assertUsage("agora: --grid must be in [2, 10001], got 1", "--grid", "1");
    assertUsage("agora: --iterations x --batch x --bidders is", "--iterations", "1000000", "--batch", "1000000");
  }

  private static void assertUsage(String messageStart, String... options) {
    String[] args = new String[options.length + 2];
    args[0] = "simulate";
    args[1] = "bne";
    System.arraycopy(options, 0, args, 2, options.length);
    CliRun run = CliRun.run(args);
    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines().get(0)).startsWith(messageStart);
    assertThat(run.errLines()).hasSizeLessThanOrEqualTo(2);
  }
}

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

/** {@code agora simulate agency}: coordinated against independent bidding, JSON, plot and usage errors. */
class SimulateAgencyCommandTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir
  Path directory;

  @Test
  void coordinationEarnsMoreThanIndependentPacingWithinEveryBudget() throws IOException {
    Path plot = directory.resolve("agency.png");
    CliRun run = CliRun.run("simulate", "agency", "--budgets", "150:250:200", "--values", "uniform(0,1)", "--values",
        "uniform(0,1)", "--values", "uniform(0.2,1.2)", "--rounds", "5000", "--outsiders", "2", "--seed", "3",
        "--json", "--plot", plot.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode result = MAPPER.readTree(run.out());
    assertThat(result.get("clients")).hasSize(3);
    double[] budgets = {150, 250, 200};
    for (int i = 0; i < 3; i++) {
      JsonNode client = result.get("clients").get(i);
      assertThat(client.get("coordinated").get("spend").asDouble()).isLessThanOrEqualTo(budgets[i] + 1e-9);
      assertThat(client.get("independent").get("spend").asDouble()).isLessThanOrEqualTo(budgets[i] + 1e-9);
    }
    // the library's test measures about 960 against 790 on this market (full overlap, two outsiders)
    assertThat(result.get("coordinatedUtility").asDouble()).isGreaterThan(result.get("independentUtility").asDouble());
    assertThat(plot).isNotEmptyFile();
    CliRun text = CliRun.run("simulate", "agency", "--rounds", "500");
    assertThat(text.exitCode()).as(text.err()).isZero();
    assertThat(text.out()).contains("COORD UTILITY", "INDEP UTILITY", "total", "coordination gain");
  }

  @Test
  void aLoneClientWithoutCompetitionWinsEveryAuctionForFree() throws IOException {
    // closed form: second price with no other bid and no reserve charges 0, so utility = value won = sum of
    // 2000 U[0,1] values: mean 1000, standard deviation sqrt(2000/12) = 12.9; tolerance 65 (5 SD)
    CliRun run = CliRun.run("simulate", "agency", "--budgets", "10", "--outsiders", "0", "--rounds", "2000",
        "--json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode client = MAPPER.readTree(run.out()).get("clients").get(0);
    for (String side : new String[] {"coordinated", "independent"}) {
      assertThat(client.get(side).get("spend").asDouble()).isZero();
      assertThat(client.get(side).get("wins").asInt()).isEqualTo(2000);
      assertThat(client.get(side).get("utility").asDouble()).isCloseTo(1000, offset(65.0));
    }
  }

  @Test
  void badOptionsAreOneLineUsageErrors() {
    assertUsage("agora: --budgets '150:-1': client 1 has budget '-1'", "--budgets", "150:-1");
    assertUsage("agora: --budgets '150::2': client 1 has budget ''", "--budgets", "150::2");
    assertUsage("agora: --values needs to be given once or once per client (3), got 2", "--values", "1", "--values",
        "2");
    assertUsage("agora: --outside-bids: unknown distribution 'beta(1,2)'", "--outside-bids", "beta(1,2)");
    assertUsage("agora: --rounds must be in [1, 100000000]", "--rounds", "0");
    assertUsage("agora: --outsiders must be in [0, 10000]", "--outsiders", "-1");
    assertUsage("agora: --step must be finite and > 0", "--step", "0");
    assertUsage("agora: --reserve must be finite and >= 0", "--reserve", "-0.5");
  }

  private static void assertUsage(String messageStart, String... options) {
    String[] args = new String[options.length + 2];
    args[0] = "simulate";
    args[1] = "agency";
    System.arraycopy(options, 0, args, 2, options.length);
    CliRun run = CliRun.run(args);
    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines().get(0)).startsWith(messageStart);
    assertThat(run.errLines()).hasSizeLessThanOrEqualTo(2);
  }
}

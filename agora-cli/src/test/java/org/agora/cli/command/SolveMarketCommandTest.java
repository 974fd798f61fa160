package org.agora.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.agora.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code agora solve market FILE}: the three equilibria from CSV and JSON, intervals, and usage errors. */
class SolveMarketCommandTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir
  Path directory;

  /**
   * Two buyers with budget 1 who each value one good at 2 and the other at 1: by symmetry the Fisher
   * equilibrium prices both goods at 1 and gives each buyer its favourite, utility 2.
   */
  @Test
  void aSymmetricFisherMarketHasPricesOneByEveryMethod() throws IOException {
    Path market = write("fisher.json", "{\"budgets\": [1, 1], \"values\": [[2, 1], [1, 2]]}");
    for (String method : List.of("eisenberg-gale", "proportional-response", "tatonnement")) {
      CliRun run = CliRun.run("solve", "market", market.toString(), "-e", "fisher", "-m", method, "--json");
      assertThat(run.exitCode()).as(run.err()).isZero();
      JsonNode result = MAPPER.readTree(run.out());
      assertThat(result.get("equilibrium").asText()).isEqualTo("fisher");
      assertThat(result.get("prices").get(0).asDouble()).as(method).isCloseTo(1, org.assertj.core.data.Offset.offset(1e-2));
      assertThat(result.get("prices").get(1).asDouble()).as(method).isCloseTo(1, org.assertj.core.data.Offset.offset(1e-2));
      assertThat(result.get("utilities").get(0).asDouble()).as(method).isCloseTo(2, org.assertj.core.data.Offset.offset(2e-2));
    }
  }

  /**
   * One good, two buyers: values 4 and 1, budgets 1 and 1. In the FPPE buyer 0 wins; its paced bid 4a is
   * the price, at least buyer 1's bid 1, and buyer 0 spends 4a x 1 &lt;= 1, so a = 1/4 and the price is 1.
   */
  @Test
  void fppeFromCsvMatchesTheHandSolvedMarketAndPrintsTables() throws IOException {
    Path market = write("fppe.csv", "budget,good\n1,4\n1,1\n");
    CliRun run = CliRun.run("solve", "market", market.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("fppe by", "BUYER", "PACING", "GOOD", "PRICE", "conditions:");
    JsonNode json = MAPPER.readTree(CliRun.run("solve", "market", market.toString(), "--json").out());
    assertThat(json.get("pacing").get(0).asDouble()).isCloseTo(0.25, org.assertj.core.data.Offset.offset(1e-4));
    assertThat(json.get("prices").get(0).asDouble()).isCloseTo(1, org.assertj.core.data.Offset.offset(1e-4));
    assertThat(json.get("revenue").asDouble()).isCloseTo(1, org.assertj.core.data.Offset.offset(1e-4));
  }

  @Test
  void sppeAndIntervalsRun() throws IOException {
    Path market = write("m.csv", "1,1,0.5,0.2\n1,0.3,1,0.6\n2,0.5,0.5,1\n");
    CliRun sppe = CliRun.run("solve", "market", market.toString(), "-e", "sppe", "--json");
    assertThat(sppe.exitCode()).as(sppe.err()).isZero();
    assertThat(MAPPER.readTree(sppe.out()).get("largestViolation").asDouble()).isLessThan(1e-6);
    CliRun intervals = CliRun.run("solve", "market", market.toString(), "--intervals", "0.9");
    assertThat(intervals.exitCode()).as(intervals.err()).isZero();
    assertThat(intervals.out()).contains("central-limit intervals", "nash social welfare");
  }

  @Test
  void badFilesAndOptionsAreOneLineUsageErrors() throws IOException {
    Path good = write("good.csv", "1,1\n1,2\n");
    assertUsage(List.of("solve", "market", directory.resolve("missing.csv").toString()), "agora: cannot read ");
    assertUsage(List.of("solve", "market", write("m.txt", "1,1\n").toString()), "agora: ");
    assertUsage(List.of("solve", "market", write("bad.csv", "1,1\n1,x\n").toString()), "agora: " + directory.resolve("bad.csv") + ":2");
    assertUsage(List.of("solve", "market", write("bad.json", "{\"budgets\": [1,\n").toString()), "agora: " + directory.resolve("bad.json") + ":");
    assertUsage(List.of("solve", "market", write("ragged.json", "{\"budgets\": [1, 1], \"values\": [[1, 2], [1]]}").toString()),
        "agora: " + directory.resolve("ragged.json") + ": values[1] has 1 values");
    assertUsage(List.of("solve", "market", write("negative.json", "{\"budgets\": [-1], \"values\": [[1]]}").toString()),
        "agora: " + directory.resolve("negative.json") + ": buyer 0 has budget -1.0");
    assertUsage(List.of("solve", "market", good.toString(), "-e", "walras"), "agora: --equilibrium must be fppe, sppe or fisher");
    assertUsage(List.of("solve", "market", good.toString(), "-m", "simplex"), "agora: --method for fppe must be");
    assertUsage(List.of("solve", "market", good.toString(), "-e", "fisher", "--intervals", "0.9"),
        "agora: --intervals applies to --equilibrium fppe only");
    assertUsage(List.of("solve", "market", good.toString(), "--intervals", "1.5"), "agora: --intervals takes a level");
    assertUsage(List.of("solve", "kuhn_poker"), "agora: Missing required option: '--method=METHOD'");
    assertUsage(List.of("solve", "--method", "lp"), "agora: Missing required parameter: 'GAME'");
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(directory.resolve(name), text);
  }

  private static void assertUsage(List<String> args, String messageStart) {
    CliRun run = CliRun.run(args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines().get(0)).startsWith(messageStart);
    assertThat(run.errLines()).hasSizeLessThanOrEqualTo(2);
  }
}

package org.agora.cli.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.agora.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code agora shapley}: exact values, sampled estimates with errors, interactions, plots and usage errors. */
class ShapleyCommandTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir
  Path directory;

  /** Glove game with 2 left and 2 right gloves: 0.5 each by symmetry and efficiency (v(N) = 2). */
  @Test
  void gloveGameGivesOneHalfEach() throws Exception {
    CliRun run = CliRun.run("shapley", "glove(left=2,right=2)");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("estimator exact", "(efficient)", "coalition evaluations: 16");
    assertThat(run.out().lines().filter(line -> line.matches("\\s+\\d+\\s+0\\.5\\s+0")).count()).isEqualTo(4);

    JsonNode json = MAPPER.readTree(CliRun.run("shapley", "glove(left=2,right=2)", "--json").out());
    for (JsonNode player : json.get("values")) {
      assertThat(player.get("value").asDouble()).isCloseTo(0.5, within(1e-12));
    }
    assertThat(json.get("efficient").asBoolean()).isTrue();
  }

  /** Airport game with sorted costs 1, 2, 2, 3, 5: the Littlechild-Owen formula gives 0.2, 0.45, 0.45, 0.95, 2.95. */
  @Test
  void airportGameMatchesLittlechildOwen() throws Exception {
    double[] expected = {0.2, 0.45, 0.45, 0.95, 2.95};
    CliRun run = CliRun.run("shapley", "airport(costs=1;2;2;3;5)");
    assertThat(run.exitCode()).as(run.err()).isZero();
    for (int i = 0; i < expected.length; i++) {
      String value = org.agora.cli.output.Numbers.compact(expected[i]);
      assertThat(run.out()).containsPattern("(?m)^\\s+" + i + "\\s+" + value.replace(".", "\\.") + "\\s+0$");
    }
    JsonNode json = MAPPER.readTree(CliRun.run("shapley", "airport(costs=1;2;2;3;5)", "--json").out());
    for (int i = 0; i < expected.length; i++) {
      assertThat(json.get("values").get(i).get("value").asDouble()).isCloseTo(expected[i], within(1e-12));
      assertThat(json.get("values").get(i).get("exact").asDouble()).isCloseTo(expected[i], within(1e-12));
    }
    assertThat(json.get("grandValue").asDouble()).isEqualTo(5.0);
  }

  /** A table CSV file: the same airport game written as coalition,value rows, read by TableGameReader. */
  @Test
  void tableFileIsRead() throws Exception {
    double[] costs = {1, 2, 2, 3, 5};
    StringBuilder rows = new StringBuilder("coalition,value\n");
    for (int mask = 1; mask < 32; mask++) {
      StringBuilder bits = new StringBuilder();
      double cost = 0;
      for (int i = 0; i < 5; i++) {
        bits.append((mask >> i & 1) == 1 ? '1' : '0');
        cost = (mask >> i & 1) == 1 ? Math.max(cost, costs[i]) : cost;
      }
      rows.append(bits).append(',').append(cost).append('\n');
    }
    Path table = directory.resolve("airport.csv");
    Files.writeString(table, rows);
    JsonNode json = MAPPER.readTree(CliRun.run("shapley", table.toString(), "--json").out());
    double[] expected = {0.2, 0.45, 0.45, 0.95, 2.95};
    for (int i = 0; i < expected.length; i++) {
      assertThat(json.get("values").get(i).get("value").asDouble()).isCloseTo(expected[i], within(1e-12));
    }
  }

  /** A sampling estimator reports standard errors and its error against the exact value. */
  @Test
  void sampledEstimateHasErrorColumns() throws Exception {
    CliRun table = CliRun.run("shapley", "glove(left=2,right=2)", "--estimator", "svarm", "--budget", "4000");
    assertThat(table.exitCode()).as(table.err()).isZero();
    assertThat(table.out()).contains("std error", "exact", "error", "mean squared error", "coalition evaluations: 4,000");
    JsonNode json = MAPPER.readTree(CliRun.run("shapley", "glove(left=2,right=2)", "--estimator", "svarm",
        "--budget", "4000", "--json").out());
    for (JsonNode player : json.get("values")) {
      double value = player.get("value").asDouble();
      double standardError = player.get("standardError").asDouble();
      assertThat(player.get("exact").asDouble()).isCloseTo(0.5, within(1e-12));
      assertThat(player.get("error").asDouble()).isCloseTo(value - 0.5, within(1e-12));
      assertThat(standardError).isPositive();
      // fixed seed 0: the estimate lies within 6 of its own standard errors of the exact value
      assertThat(Math.abs(value - 0.5)).isLessThan(6 * standardError);
    }
    assertThat(json.get("evaluations").asLong()).isLessThanOrEqualTo(4000);
  }

  /** Unanimity game on {0,1,2} among 4 players: Shapley 1/3 on the carrier; interaction 1/(|T|-1) = 1/2 inside T, 0 outside. */
  @Test
  void interactionsOfAUnanimityGame() throws Exception {
    JsonNode json = MAPPER.readTree(CliRun.run("shapley", "unanimity(players=4,terms=[0,1,2]:1)", "--interactions",
        "--json").out());
    assertThat(json.get("interactionsExact").asBoolean()).isTrue();
    assertThat(json.get("interactions")).hasSize(6);
    for (JsonNode pair : json.get("interactions")) {
      double expected = pair.get("j").asInt() == 3 ? 0 : 0.5;
      assertThat(pair.get("value").asDouble()).as(pair.toString()).isCloseTo(expected, within(1e-12));
    }
    assertThat(json.get("values").get(0).get("value").asDouble()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(json.get("values").get(3).get("value").asDouble()).isCloseTo(0, within(1e-12));
    assertThat(CliRun.run("shapley", "unanimity(players=4,terms=[0,1,2]:1)", "--interactions").out())
        .contains("Pairwise Shapley interaction indices (exact)");
  }

  /** --plot writes a PNG and a self-contained HTML page with one row per estimator and budget. */
  @Test
  void plotFilesAreWritten() throws Exception {
    Path plots = directory.resolve("plots");
    CliRun run = CliRun.run("shapley", "airport(costs=1;2;2;3;5)", "--estimator", "permutation", "--budget", "2000",
        "--seeds", "3", "--plot", plots.toString(), "--no-progress");
    assertThat(run.exitCode()).as(run.err()).isZero();
    byte[] png = Files.readAllBytes(plots.resolve("shapley-error.png"));
    assertThat(png).startsWith(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
    String html = Files.readString(plots.resolve("shapley-error.html"), StandardCharsets.UTF_8);
    assertThat(html).contains("data:image/png;base64,", "<td>permutation</td>", "<td>stratified-svarm</td>", "2,000")
        .doesNotContain("<script", "http://", "https://", "<link");
  }

  @Test
  void csvHasOneLinePerPlayer() {
    CliRun run = CliRun.run("shapley", "glove(left=1,right=1)", "--csv");
    assertThat(run.out().lines().toList()).containsExactly("player,value,standard_error,exact,error",
        "0,0.5,0,0.5,0", "1,0.5,0,0.5,0");
  }

  @Test
  void badInputIsAOneLineUsageError() throws Exception {
    Path bad = directory.resolve("bad.csv");
    Files.writeString(bad, "0,1\n1;x,2\n");
    String[][] cases = {
        {"shapley", "glov(left=1)"},
        {"shapley", directory.resolve("missing.csv").toString()},
        {"shapley", bad.toString()},
        {"shapley", "glove(left=1,right=1)", "--estimator", "nope"},
        {"shapley", "glove(left=2,right=2)", "--estimator", "kernelshap", "--budget", "3"},
        {"shapley", "glove(left=13,right=13)", "--no-progress"},
        {"shapley", "glove(left=13,right=13)", "--estimator", "svarm", "--plot", directory.toString()},
        {"shapley", "glove(left=1,right=1)", "--json", "--csv"},
        {"shapley", "glove(left=1,right=1)", "--budget", "0"}};
    for (String[] args : cases) {
      CliRun run = CliRun.run(args);
      String command = String.join(" ", args);
      assertThat(run.exitCode()).as(command + "\n" + run.err()).isEqualTo(2);
      assertThat(run.out()).as(command).isEmpty();
      assertThat(run.errLines().get(0)).as(command).startsWith("agora: ").doesNotContain("Exception");
    }
    assertThat(CliRun.run("shapley", bad.toString()).errLines().get(0)).contains(bad + ":2:");
    assertThat(CliRun.run("shapley", "glove(left=13,right=13)", "--no-progress").errLines().get(0))
        .contains("at most 25 players");
  }
}

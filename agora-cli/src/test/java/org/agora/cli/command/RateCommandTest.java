package org.agora.cli.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.agora.cli.CliRun;
import org.agora.cli.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RateCommandTest {

  @Test
  @SuppressWarnings("unchecked")
  void aTableGetsNashAveragingAndAlphaRank(@TempDir Path directory) throws IOException {
    Path table = EvaluateCommandTest.smallTable(directory);
    CliRun run = CliRun.run("rate", "--table", table.toString(), "--json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    Map<String, Object> methods = (Map<String, Object>) Json.object(run.out()).get("methods");
    assertThat(methods).containsOnlyKeys("nash", "alpharank");
    List<Map<String, Object>> nash = (List<Map<String, Object>>) methods.get("nash");
    // rock, paper and scissors share the equilibrium; the sucker, dominated, gets no weight and rating -2
    Map<String, Object> sucker = nash.get(3);
    assertThat(sucker.get("agent")).isEqualTo("Tom & <Jerry>, sucker");
    assertThat((Double) sucker.get("weight")).isLessThan(1e-9);
    assertThat((Double) sucker.get("score")).isCloseTo(-2.0, org.assertj.core.api.Assertions.within(1e-6));
    List<Map<String, Object>> alpharank = (List<Map<String, Object>>) methods.get("alpharank");
    assertThat(alpharank.get(3).get("agent")).isEqualTo("Tom & <Jerry>, sucker");
  }

  @Test
  void methodsAlphaAndCsv(@TempDir Path directory) throws IOException {
    Path table = EvaluateCommandTest.smallTable(directory);
    CliRun csv = CliRun.run("rate", "--table", table.toString(), "--method", "alpharank", "--alpha", "0.5", "--csv");
    assertThat(csv.exitCode()).as(csv.err()).isZero();
    List<String> lines = csv.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("method,rank,agent,score,rating,deviation,weight,matches");
    assertThat(lines).hasSize(5).allSatisfy(line -> assertThat(line).matches("method.*|alpharank,.*"));
    CliRun text = CliRun.run("rate", "--table", table.toString());
    assertThat(text.out()).contains("Nash averaging", "alpha-rank (alpha 1, population size 50)")
        .doesNotContain("-0.000");
  }

  @Test
  void thePublishedTableIsRated() {
    Optional<Path> table = EvaluateCommandTest.publishedTable();
    assumeThat(table).isPresent();
    CliRun run = CliRun.run("rate", "--table", table.get().toString(), "--csv");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().lines()).hasSize(1 + 2 * 43);
  }

  @Test
  void badMethodsAndOptionsAreUsageErrors(@TempDir Path directory) throws IOException {
    Path table = EvaluateCommandTest.smallTable(directory);
    CliRun unknown = CliRun.run("rate", "--table", table.toString(), "--method", "nash,trueskill");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.errLines().get(0))
        .isEqualTo("agora: unknown rating method 'trueskill'; one of: nash, alpharank, elo, glicko2, weng-lin");
    CliRun stream = CliRun.run("rate", "--table", table.toString(), "--method", "elo");
    assertThat(stream.exitCode()).isEqualTo(2);
    assertThat(stream.errLines().get(0)).contains("--method elo rates a match stream");
    CliRun alpha = CliRun.run("rate", "--table", table.toString(), "--alpha", "-1");
    assertThat(alpha.exitCode()).isEqualTo(2);
    assertThat(alpha.errLines().get(0)).isEqualTo("agora: --alpha must be a finite number >= 0, got -1.0");
    CliRun size = CliRun.run("rate", "--table", table.toString(), "--population-size", "1");
    assertThat(size.exitCode()).isEqualTo(2);
  }
}

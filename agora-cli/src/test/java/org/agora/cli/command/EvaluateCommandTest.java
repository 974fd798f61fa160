package org.agora.cli.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.agora.cli.CliRun;
import org.agora.cli.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {

  /** The published RRPS table (shared/reference-data above the working directory), if present. */
  static Optional<Path> publishedTable() {
    for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
      Path file = folder.resolve("shared/reference-data/pbe_rrps_bot_table.txt");
      if (Files.isRegularFile(file)) {
        return Optional.of(file);
      }
    }
    System.err.println("SKIPPED: the published RRPS table tests, no shared/reference-data/pbe_rrps_bot_table.txt");
    return Optional.empty();
  }

  /** Rock-paper-scissors plus a "sucker" that loses 2 to everyone, names needing HTML and CSV escapes. */
  static Path smallTable(Path directory) throws IOException {
    String[] names = {"rock", "paper", "scissors", "Tom & <Jerry>, sucker"};
    double[][] values = {{0, -1, 1, 2}, {1, 0, -1, 2}, {-1, 1, 0, 2}, {-2, -2, -2, 0}};
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 4; i++) {
      for (int j = 0; j < 4; j++) {
        text.append("('").append(names[i]).append("', '").append(names[j]).append("', ").append(values[i][j])
            .append(")\n");
      }
    }
    Path file = directory.resolve("table.txt");
    Files.writeString(file, text);
    return file;
  }

  @Test
  @SuppressWarnings("unchecked")
  void thePublishedTableRanksGreenbergAndIocainebotFirst() {
    Optional<Path> table = publishedTable();
    assumeThat(table).isPresent();
    CliRun run = CliRun.run("evaluate", "--table", table.get().toString(), "--json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    List<Map<String, Object>> agents = (List<Map<String, Object>>) Json.object(run.out()).get("agents");
    assertThat(agents).hasSize(43);
    assertThat(agents.subList(0, 2)).extracting(agent -> agent.get("agent")).containsExactly("greenberg", "iocainebot");
    Map<String, Object> randbot = agents.stream().filter(a -> a.get("agent").equals("randbot")).findFirst().orElseThrow();
    assertThat(Math.abs((Double) randbot.get("populationReturn"))).isLessThan(5.0);
    Map<String, Object> rockbot = agents.stream().filter(a -> a.get("agent").equals("rockbot")).findFirst().orElseThrow();
    assertThat(((Number) rockbot.get("withinPopulationExploitability")).doubleValue()).isEqualTo(1000.0);
  }

  @Test
  void thePublishedTableAsARankedTextTableAndAsCsv() {
    Optional<Path> table = publishedTable();
    assumeThat(table).isPresent();
    CliRun text = CliRun.run("evaluate", "--table", table.get().toString());
    assertThat(text.exitCode()).isZero();
    List<String> lines = text.out().lines().toList();
    assertThat(lines.get(2)).startsWith("RANK  AGENT");
    assertThat(lines.get(4)).matches("\\s+1\\s+greenberg\\s+.*");
    assertThat(lines.get(5)).matches("\\s+2\\s+iocainebot\\s+.*");
    CliRun csv = CliRun.run("evaluate", "--table", table.get().toString(), "--csv");
    List<String> rows = csv.out().lines().toList();
    assertThat(rows).hasSize(44);
    assertThat(rows.get(0)).startsWith("rank,agent,aggregate_score,");
    assertThat(rows.get(1)).startsWith("1,greenberg,284.50");
    assertThat(rows).filteredOn(row -> row.contains(",rockbot,")).singleElement()
        .satisfies(row -> assertThat(row.split(",", -1)[8]).isEqualTo("1000"));
  }

  @Test
  void theReportIsWrittenAndMachineOutputStaysClean(@TempDir Path directory) throws IOException {
    Path table = smallTable(directory);
    Path report = directory.resolve("report");
    CliRun run = CliRun.run("evaluate", "--table", table.toString(), "--csv", "--report", report.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().lines()).hasSize(5).allSatisfy(line -> assertThat(line).doesNotContain("report"));
    assertThat(run.out()).contains("\"Tom & <Jerry>, sucker\"");
    assertThat(run.err()).startsWith("report: ").contains("report.html");
    String html = Files.readString(report.resolve("report.html"));
    assertThat(html).contains("Tom &amp; &lt;Jerry&gt;, sucker", "<table id=\"table-ratings\">")
        .doesNotContain("<Jerry>", "http://", "https://");
    assertThat(report.resolve("cross-table.png")).isRegularFile();
    assertThat(report.resolve("aggregate-score.png")).isRegularFile();
  }

  @Test
  void badInputGivesOneLineAndANonZeroExit(@TempDir Path directory) throws IOException {
    CliRun none = CliRun.run("evaluate");
    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.errLines().get(0)).startsWith("agora: give the input: --table FILE");
    CliRun missing = CliRun.run("evaluate", "--table", directory.resolve("nope.txt").toString());
    assertThat(missing.exitCode()).isEqualTo(1);
    assertThat(missing.errLines()).hasSize(1);
    assertThat(missing.errLines().get(0)).startsWith("agora: ").contains("nope.txt");
    Path bad = directory.resolve("bad.txt");
    Files.writeString(bad, "('a', 'b', 1)\nnot a line\n");
    CliRun malformed = CliRun.run("evaluate", "--table", bad.toString());
    assertThat(malformed.exitCode()).isEqualTo(1);
    assertThat(malformed.errLines()).singleElement().asString().startsWith("agora: ").contains("bad.txt:2");
    Path table = smallTable(directory);
    CliRun both = CliRun.run("evaluate", "--table", table.toString(), "--json", "--csv");
    assertThat(both.exitCode()).isEqualTo(2);
    assertThat(both.errLines().get(0)).isEqualTo("agora: give --json or --csv, not both");
    CliRun tournament = CliRun.run("evaluate", "--tournament", "3", "--data", directory.resolve("data").toString());
    assertThat(tournament.exitCode()).isEqualTo(1);
    assertThat(tournament.errLines()).singleElement().asString().startsWith("agora: ").contains("3");
    CliRun badUrl = CliRun.run("evaluate", "--tournament", "3", "--db", "jdbc:nosuch:x");
    assertThat(badUrl.exitCode()).isEqualTo(2);
    CliRun twoInputs = CliRun.run("evaluate", "--table", table.toString(), "--tournament", "3");
    assertThat(twoInputs.exitCode()).isEqualTo(2);
    Path file = Files.writeString(directory.resolve("a-file"), "x");
    CliRun reportOnFile = CliRun.run("evaluate", "--table", table.toString(), "--report", file.toString());
    assertThat(reportOnFile.exitCode()).isEqualTo(1);
    assertThat(reportOnFile.errLines()).singleElement().asString().startsWith("agora: ");
  }

  @Test
  @SuppressWarnings("unchecked")
  void aStoredTournamentIsEvaluatedWithIntervalsAndRatedFromItsMatches(@TempDir Path directory) {
    String data = directory.toString();
    CliRun run = CliRun.run("tournament", "repeated_rock_paper_scissors(rounds=50)", "--agents",
        "rockbot,copybot,randbot,rotatebot", "--matches", "6", "--data", data, "--json", "--no-progress");
    assertThat(run.exitCode()).as(run.err()).isZero();
    Map<String, Object> played = Json.object(run.out());
    String id = String.valueOf(((Double) played.get("tournament")).longValue());

    CliRun evaluated = CliRun.run("evaluate", "--tournament", id, "--data", data, "--json", "--resamples", "200");
    assertThat(evaluated.exitCode()).as(evaluated.err()).isZero();
    Map<String, Object> result = Json.object(evaluated.out());
    assertThat(result.get("source")).isEqualTo("tournament " + id);
    List<Map<String, Object>> agents = (List<Map<String, Object>>) result.get("agents");
    assertThat(agents).hasSize(4);
    // the same metrics as the tournament's own summary, now with intervals around them
    List<Map<String, Object>> summary = (List<Map<String, Object>>) played.get("agents");
    for (Map<String, Object> agent : agents) {
      Map<String, Object> same = summary.stream().filter(a -> a.get("agent").equals(agent.get("agent"))).findFirst()
          .orElseThrow();
      assertThat((Double) agent.get("populationReturn")).isCloseTo((Double) same.get("populationReturn"),
          org.assertj.core.api.Assertions.within(1e-9));
      assertThat((Map<String, Object>) agent.get("intervals")).containsKey("populationReturn");
    }

    CliRun rated = CliRun.run("rate", "--tournament", id, "--data", data, "--method", "elo", "--csv");
    assertThat(rated.exitCode()).as(rated.err()).isZero();
    assertThat(rated.out().lines().skip(1)).hasSize(4);
  }
}

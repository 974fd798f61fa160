package org.agora.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.agora.cli.CliRun;
import org.agora.evaluation.sweep.EvaluationSweepSpec;
import org.agora.evaluation.sweep.SweepSpecJson;
import org.agora.store.DataDirectory;
import org.agora.store.RunStatus;
import org.agora.store.RunStore;
import org.agora.store.StoredRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code agora sweep SPEC.json}: both kinds, their outputs, the stored run, and the usage errors. */
class SweepCommandTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String SOLVER_EXAMPLE = "../examples/sweeps/solver-sweep.json";
  private static final String EVALUATION_EXAMPLE = "../examples/sweeps/rrps-evaluation.json";

  @TempDir
  Path data;

  @Test
  void theSolverSweepExampleRunsIsPrintedAndIsStoredAsAJobRun() throws IOException {
    CliRun run = CliRun.run("sweep", SOLVER_EXAMPLE, "--data", data.toString(), "--no-progress");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("solves:  28 (0 failed)", "GAME", "NASHCONV MEAN", "rm(iterations=1000)");
    assertThat(run.errLines().get(0)).isEqualTo("solver-sweep run 1 in " + DataDirectory.databaseUrl(data)
        + " on the local engine");
    try (RunStore runs = RunStore.openDataDirectory(data)) {
      StoredRun stored = runs.get(1);
      assertThat(stored.summary().kind()).isEqualTo("solver-sweep");
      assertThat(stored.summary().status()).isEqualTo(RunStatus.COMPLETED);
      assertThat(stored.summary().done()).isEqualTo(28);
      assertThat(SweepSpecJson.readSpec(stored.spec()))
          .isEqualTo(SweepSpecJson.readSpec(Files.readString(Path.of(SOLVER_EXAMPLE))));
      JsonNode result = MAPPER.readTree(runs.result(1).orElseThrow());
      assertThat(result.get("rows")).hasSize(28);
      assertThat(result.get("summaries").get(0).get("meanNashConv").asDouble()).isZero();
    }
  }

  @Test
  void jsonAndCsvOfASolverSweep() throws IOException {
    CliRun json = CliRun.run("sweep", SOLVER_EXAMPLE, "--data", data.toString(), "--json", "--threads", "2");
    assertThat(json.exitCode()).as(json.err()).isZero();
    JsonNode result = MAPPER.readTree(json.out());
    assertThat(result.get("kind").asText()).isEqualTo("solver-sweep");
    assertThat(result.get("run").asLong()).isEqualTo(1);
    assertThat(result.get("threads").asInt()).isEqualTo(2);
    assertThat(result.get("summaries")).hasSize(12);
    CliRun csv = CliRun.run("sweep", SOLVER_EXAMPLE, "--data", data.toString(), "--csv", "--no-progress");
    assertThat(csv.exitCode()).as(csv.err()).isZero();
    List<String> lines = csv.out().lines().toList();
    assertThat(lines).hasSize(13);
    assertThat(lines.get(0)).startsWith("game,solver,solves,failures,concept,mean_nash_conv");
    assertThat(lines.get(1)).startsWith("matching_pennies,lp,1,0,");
  }

  @Test
  void anEvaluationSweepGivesTheSameFiguresOnOneAndTwoThreads() throws IOException {
    Path spec = data.resolve("evaluation.json");
    Files.writeString(spec, SweepSpecJson.writeSpec(new EvaluationSweepSpec("repeated_rock_paper_scissors(rounds=50)",
        List.of("randbot", "copybot"), List.of("rockbot", "rotatebot"), 40, List.of(2L, 3L))));
    CliRun one = CliRun.run("sweep", spec.toString(), "--data", data.toString(), "--json", "--no-progress");
    CliRun two = CliRun.run("sweep", spec.toString(), "--data", data.toString(), "--json", "--threads", "2");
    assertThat(one.exitCode()).as(one.err()).isZero();
    assertThat(two.exitCode()).as(two.err()).isZero();
    JsonNode first = MAPPER.readTree(one.out());
    JsonNode second = MAPPER.readTree(two.out());
    assertThat(first.get("matches").asLong()).isEqualTo(320);
    assertThat(second.get("pairings")).isEqualTo(first.get("pairings"));
    assertThat(second.get("ranking")).isEqualTo(first.get("ranking"));
    assertThat(first.get("pairings").get(2).get("agent").asText()).isEqualTo("copybot");
    assertThat(first.get("pairings").get(2).get("meanReturn").asDouble()).isEqualTo(49.0); // copies rock after throw 1
    CliRun text = CliRun.run("sweep", EVALUATION_EXAMPLE, "--data", data.toString(), "--no-progress");
    assertThat(text.exitCode()).as(text.err()).isZero();
    assertThat(text.out()).contains("3 agents x 4 opponents, 4 matches per pairing", "RANK", "iocainebot",
        "STD ERROR");
    CliRun csv = CliRun.run("sweep", EVALUATION_EXAMPLE, "--data", data.toString(), "--csv", "--no-progress");
    assertThat(csv.out().lines().toList()).hasSize(13).first().isEqualTo("agent,opponent,matches,mean_return,standard_error");
  }

  @Test
  void badFilesAndOptionsAreOneLineUsageErrors() throws IOException {
    Path malformed = data.resolve("malformed.json");
    Files.writeString(malformed, "{\n  \"kind\": \"solver-sweep\",\n  \"games\": [\"a\" \"b\"]\n}\n");
    Path tournament = data.resolve("tournament.json");
    Files.writeString(tournament, "{\"kind\": \"tournament\", \"game\": \"kuhn_poker\", \"agents\": [\"random\","
        + " \"random\"], \"matchesPerPairing\": 1}");
    Path unknownAgent = data.resolve("agent.json");
    Files.writeString(unknownAgent, "{\"kind\": \"evaluation-sweep\", \"game\": \"repeated_rock_paper_scissors\","
        + " \"agents\": [\"nobot\"], \"opponents\": [\"rockbot\"], \"matchesPerPairing\": 1}");
    Path badValue = data.resolve("value.json");
    Files.writeString(badValue, "{\"kind\": \"solver-sweep\", \"games\": [\"matching_pennies\"], \"solvers\": [\"lp\"],"
        + " \"seeds\": [\"one\"]}");
    assertUsageError(List.of("sweep", data.resolve("absent.json").toString()),
        "agora: cannot read " + data.resolve("absent.json") + ": no such file");
    assertUsageError(List.of("sweep", malformed.toString()), "agora: " + malformed + ":3:17: malformed JSON: ");
    assertUsageError(List.of("sweep", tournament.toString()),
        "agora: " + tournament + " holds a tournament; run tournaments with agora tournament");
    assertUsageError(List.of("sweep", unknownAgent.toString()), "agora: " + unknownAgent + ": ");
    assertUsageError(List.of("sweep", badValue.toString()),
        "agora: " + badValue + ": field 'seeds' must be an integer, got the string \"one\"");
    assertUsageError(List.of("sweep", SOLVER_EXAMPLE, "--engine", "spark"),
        "agora: --engine spark: the spark engine is not built in to this agora; engines: local");
    assertUsageError(List.of("sweep", SOLVER_EXAMPLE, "--master", "spark://localhost:7077"),
        "agora: --master needs --engine spark");
    assertUsageError(List.of("sweep", SOLVER_EXAMPLE, "--json", "--csv"), "agora: give --json or --csv, not both");
    assertUsageError(List.of("sweep", SOLVER_EXAMPLE, "--threads", "0"), "agora: --threads must be in [1, 1024], got 0");
    // nothing was stored by the refused runs
    try (RunStore runs = RunStore.openDataDirectory(data)) {
      assertThat(runs.count(null, null)).isZero();
    }
  }

  @Test
  void aTournamentOnAnEngineThatIsNotBuiltInIsRefused() {
    assertUsageError(List.of("tournament", "repeated_rock_paper_scissors(rounds=10)", "--agents", "rockbot,copybot",
        "--engine", "spark"), "agora: --engine spark: the spark engine is not built in to this agora; engines: local");
    assertUsageError(List.of("tournament", "--resume", "1", "--engine", "spark"),
        "agora: --resume runs on the local engine; drop --engine spark");
    assertUsageError(List.of("tournament", "repeated_rock_paper_scissors(rounds=10)", "--agents", "rockbot,copybot",
        "--master", "local[2]"), "agora: --master needs --engine spark");
  }

  private void assertUsageError(List<String> args, String messageStart) {
    List<String> withData = new java.util.ArrayList<>(args);
    withData.add("--data");
    withData.add(data.toString());
    CliRun run = CliRun.run(withData.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines().get(0)).startsWith(messageStart);
    assertThat(run.errLines()).hasSizeLessThanOrEqualTo(2);
  }
}

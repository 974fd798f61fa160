package org.agora.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.agora.cli.AgoraCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code agora sweep ... --engine spark} and {@code agora tournament ... --engine spark} (the engine found
 * on the class path, as the launcher puts it there) print what the local engine prints, figure for
 * figure, and keep their rows under the data directory.
 */
class SparkCliTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path data;

  record Run(int exitCode, String out, String err) {}

  private static Run agora(String... args) {
    CommandLine commandLine = AgoraCommand.newCommandLine(args);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exitCode = commandLine.execute(args);
    return new Run(exitCode, out.toString(), err.toString());
  }

  /** The printed JSON without what differs from run to run or engine to engine. */
  private static JsonNode figures(Run run, String... volatileFields) throws Exception {
    assertThat(run.exitCode()).as(run.err()).isZero();
    ObjectNode json = (ObjectNode) JSON.readTree(run.out());
    json.remove(java.util.List.of(volatileFields));
    return json;
  }

  @Test
  void aSweepOnSparkPrintsTheLocalEnginesFigures() throws Exception {
    Path spec = data.resolve("sweep.json");
    Files.writeString(spec, """
        {"kind": "evaluation-sweep", "game": "repeated_rock_paper_scissors(rounds=200)",
         "agents": ["iocainebot", "copybot"], "opponents": ["rockbot", "greenberg", "randbot"],
         "matchesPerPairing": 20, "seeds": [0, 1]}""");
    String[] volatileFields = {"run", "database", "engine", "threads", "seconds"};
    JsonNode local = figures(agora("sweep", spec.toString(), "--data", data.resolve("local").toString(), "--json",
        "--no-progress"), volatileFields);
    JsonNode spark = figures(agora("sweep", spec.toString(), "--engine", "spark", "--master", "local[2]",
        "--data", data.resolve("spark").toString(), "--json", "--no-progress"), volatileFields);
    assertThat(spark).isEqualTo(local);
    assertThat(data.resolve("spark").resolve("spark").resolve("evaluation-sweep")).isDirectory();
  }

  @Test
  void aTournamentOnSparkIsStoredAndRankedAsTheLocalOne() throws Exception {
    String[] common = {"tournament", "repeated_rock_paper_scissors(rounds=200)", "--agents", "rockbot,greenberg,randbot",
        "--matches", "30", "--seed", "4", "--json", "--no-progress"};
    String[] volatileFields = {"seconds", "matchesPerSecond", "tournament", "database", "engine", "threads", "stored"};
    JsonNode local = figures(agora(concat(common, "--data", data.resolve("local").toString())), volatileFields);
    JsonNode spark = figures(agora(concat(common, "--engine", "spark", "--master", "local[2]", "--data",
        data.resolve("spark").toString())), volatileFields);
    assertThat(spark).isEqualTo(local);
    Run evaluated = agora("evaluate", "--tournament", "1", "--data", data.resolve("spark").toString(), "--json");
    assertThat(evaluated.exitCode()).as(evaluated.err()).isZero();
  }

  private static String[] concat(String[] first, String... more) {
    String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
    System.arraycopy(more, 0, all, first.length, more.length);
    return all;
  }
}

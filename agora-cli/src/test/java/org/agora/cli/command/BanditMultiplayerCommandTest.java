package org.agora.cli.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.agora.cli.CliRun;
import org.agora.learning.bandits.ParallelRuns;
import org.agora.learning.bandits.multiplayer.MultiPlayerProblem;
import org.agora.learning.bandits.multiplayer.MultiPlayerSimulation;
import org.agora.store.RunStatus;
import org.agora.store.RunStore;
import org.agora.store.StoredRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code agora bandit multiplayer}: regret, collisions, JSON on 1 and 2 threads, CSV, plots and errors. */
class BanditMultiplayerCommandTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String ARMS = "bernoulli(0.1,0.2,0.3,0.4,0.5,0.6,0.7,0.8,0.9)";

  @TempDir
  Path directory;

  private static List<String> common(String... more) {
    List<String> args = new ArrayList<>(List.of("bandit", "multiplayer", "--policies",
        "mctopm(index=kl-ucb),rhorand(index=kl-ucb),oracle", "--arms", ARMS, "--players", "6", "--horizon", "3000",
        "--seeds", "4", "--seed", "1", "--no-progress", "--no-store"));
    args.addAll(List.of(more));
    return args;
  }

  private static CliRun ok(List<String> args) {
    CliRun run = CliRun.run(args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();
    return run;
  }

  private static double cell(JsonNode json, int index) {
    return json.get("cells").get(index).get("final").get("mean").asDouble();
  }

  @Test
  void theTableShowsRegretCollisionsAndTheWorstPlayer() {
    CliRun run = ok(common());
    assertThat(run.out()).contains("bandit multiplayer: 3 policies, 6 players on bernoulli(", "(sensing), horizon 3,000",
        "REGRET", "COLLISIONS", "WORST PLAYER", "against the 6 best arms, one player each");
    String oracle = run.out().lines().filter(line -> line.startsWith("oracle")).findFirst().orElseThrow();
    // the oracle plays the 6 best arms without collision: regret and collisions exactly 0
    String[] columns = oracle.trim().split("\\s+");
    assertThat(columns[1]).isEqualTo("0.0");
    assertThat(columns[6]).isEqualTo("0.0");
  }

  @Test
  void jsonHoldsTheLibraryRunsIsTheSameOnOneAndTwoThreadsAndMcTopMBeatsRhoRand() throws IOException {
    JsonNode one = MAPPER.readTree(ok(common("--json", "--threads", "1")).out());
    JsonNode two = MAPPER.readTree(ok(common("--json", "--threads", "2")).out());
    assertThat(withoutTimes(one.get("cells"))).isEqualTo(withoutTimes(two.get("cells")));
    assertThat(one.get("kind").asText()).isEqualTo("bandit-multiplayer");
    assertThat(one.get("spec").get("players").asInt()).isEqualTo(6);
    MultiPlayerProblem problem = MultiPlayerProblem.of(ARMS, 6, "sensing");
    long[] seeds = ParallelRuns.taskSeeds(1, 12);
    double regret = 0;
    for (int seed = 0; seed < 4; seed++) {
      regret += MultiPlayerSimulation.run("mctopm(index=kl-ucb)", problem, 3000, seeds[seed]).finalRegret() / 4;
    }
    assertThat(cell(one, 0)).isCloseTo(regret, within(1e-9));
    assertThat(cell(one, 0)).isLessThan(cell(one, 1));
    assertThat(cell(one, 2)).isZero();
    JsonNode mctopm = one.get("cells").get(0);
    assertThat(mctopm.get("curve").get("collisions")).hasSize(mctopm.get("curve").get("rounds").size());
  }

  @Test
  void theSharedModelNamesTheEquilibriumCountsAndCsvAndPlotsAreWritten() throws IOException {
    CliRun shared = ok(List.of("bandit", "multiplayer", "--policies", "smaa,selfish(index=ucb1)", "--arms",
        "bernoulli(0.3,0.6,0.9)", "--players", "4", "--collision", "shared", "--horizon", "2000", "--seeds", "2",
        "--no-progress", "--no-store", "--plot", directory.toString()));
    // water-filling: 4 players on means 0.3, 0.6, 0.9 give counts (1, 1, 2): the shares 0.3, 0.6, 0.45 are all
    // at least z = 0.3, and one more player on any arm would get 0.15, 0.3 or 0.3, at most z
    assertThat(shared.out()).contains("(shared)", "equilibrium counts [1, 1, 2]");
    assertThat(Files.readAllBytes(directory.resolve("regret-curves.png"))).startsWith(0x89, 'P', 'N', 'G');
    assertThat(Files.readString(directory.resolve("regret-curves.html"))).contains("data:image/png;base64,");
    CliRun csv = ok(common("--csv"));
    assertThat(csv.out().lines().findFirst().orElseThrow()).endsWith(",collisions");
    assertThat(csv.out().lines().count()).isGreaterThan(3);
  }

  @Test
  void aFinishedRunIsRecordedInTheDatabaseOnce() throws IOException {
    Path data = directory.resolve("data");
    List<String> args = new ArrayList<>(common("--json"));
    args.remove("--no-store");
    args.addAll(List.of("--data", data.toString()));
    JsonNode printed = MAPPER.readTree(ok(args).out());
    assertThat(printed.get("run").asLong()).isEqualTo(1);
    try (RunStore runs = RunStore.openDataDirectory(data)) {
      StoredRun stored = runs.get(1);
      assertThat(stored.summary().kind()).isEqualTo("bandit-multiplayer");
      assertThat(stored.summary().status()).isEqualTo(RunStatus.COMPLETED);
      JsonNode result = MAPPER.readTree(runs.result(1).orElseThrow());
      assertThat(result.get("cells").get(0).get("final").get("mean").asDouble()).isEqualTo(cell(printed, 0));
      assertThat(MAPPER.readTree(stored.spec()).get("players").asInt()).isEqualTo(6);
    }
    CliRun again = ok(args);
    assertThat(again.err()).contains("bandit-multiplayer run 2 in ");
  }

  @Test
  void badInputIsAOneLineUsageError() {
    for (List<String> args : List.of(
        List.of("bandit", "multiplayer", "--policies", "mctopm,nosuch"),
        List.of("bandit", "multiplayer", "--policies", "rhorand", "--collision", "no-sensing"),
        List.of("bandit", "multiplayer", "--collision", "bumper-cars"),
        List.of("bandit", "multiplayer", "--players", "0"),
        List.of("bandit", "multiplayer", "--arms", "bernoulli(0.5,2)"))) {
      CliRun run = CliRun.run(args.toArray(String[]::new));
      assertThat(run.exitCode()).as(String.join(" ", args) + ": " + run.err()).isEqualTo(2);
      assertThat(run.err()).startsWith("agora: ").doesNotContain("Exception").doesNotContain("\tat ");
    }
    CliRun list = ok(List.of("bandit", "multiplayer", "--list"));
    assertThat(list.out()).contains("mctopm", "rhorand", "musical-chair", "smaa", "sensing");
  }

  private static JsonNode withoutTimes(JsonNode cells) {
    JsonNode copy = cells.deepCopy();
    copy.forEach(cell -> ((ObjectNode) cell).remove("seconds"));
    return copy;
  }
}

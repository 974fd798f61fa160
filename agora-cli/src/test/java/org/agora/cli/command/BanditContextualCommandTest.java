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
import org.agora.core.job.Cancellation;
import org.agora.core.job.ProgressListener;
import org.agora.learning.bandits.BanditRun;
import org.agora.learning.bandits.BanditSimulation;
import org.agora.learning.bandits.LogGrid;
import org.agora.learning.bandits.arm.ReplayEvaluation;
import org.agora.learning.bandits.contextual.ContextualBanditExperiment;
import org.agora.learning.bandits.contextual.ContextualBanditRegistry;
import org.agora.learning.bandits.contextual.ContextualReplayEvaluation;
import org.agora.learning.bandits.contextual.ContextualReplayLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code agora bandit contextual}: the library's numbers, JSON on 1 and 2 threads, CSV, plots, replay and errors. */
class BanditContextualCommandTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String PROBLEM = "linear(arms=3,dimension=4,noise=0.1,seed=3)";
  private static final int POINTS = LogGrid.rounds(1_000, BanditSimulation.POINTS_PER_DECADE).length;

  @TempDir
  Path directory;

  private static List<String> common(String... more) {
    List<String> args = new ArrayList<>(List.of("bandit", "contextual", "--policies", "linucb,ucb1", "--problem",
        PROBLEM, "--horizon", "1e3", "--seeds", "4", "--seed", "5", "--no-progress", "--no-store"));
    args.addAll(List.of(more));
    return args;
  }

  private static CliRun ok(List<String> args) {
    CliRun run = CliRun.run(args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();
    return run;
  }

  @Test
  void theTableHoldsTheLibraryExperimentsMeanFinalRegret() {
    CliRun run = ok(common());
    assertThat(run.out()).contains("bandit contextual: 2 policies x 1 problem, horizon 1,000, 4 seeds (seed 5)",
        "FINAL REGRET", "+- 95%", "linucb", "ucb1", PROBLEM, "against the best arm of each context");
    List<BanditRun> runs = new ContextualBanditExperiment(List.of("linucb", "ucb1"), List.of(PROBLEM), 1_000, 4, 5)
        .run(1, ProgressListener.NONE, Cancellation.never());
    double linucb = 0;
    for (int seed = 0; seed < 4; seed++) {
      linucb += runs.get(seed).finalRegret() / 4;
    }
    String row = run.out().lines().filter(line -> line.startsWith("linucb ")).findFirst().orElseThrow();
    assertThat(row).contains(String.format("%.2f", linucb));
  }

  @Test
  void jsonHasTheCurvesAndIsTheSameOnOneAndTwoThreads() throws IOException {
    JsonNode one = MAPPER.readTree(ok(common("--json", "--threads", "1")).out());
    JsonNode two = MAPPER.readTree(ok(common("--json", "--threads", "2")).out());
    assertThat(withoutTimes(one.get("cells"))).isEqualTo(withoutTimes(two.get("cells")));
    assertThat(one.get("kind").asText()).isEqualTo("bandit-contextual");
    assertThat(one.get("spec").get("policies")).hasSize(2);
    JsonNode cell = one.get("cells").get(1);
    assertThat(cell.get("policy").asText()).isEqualTo("ucb1");
    assertThat(cell.get("curve").get("mean")).hasSize(POINTS);
    assertThat(cell.get("curve").get("rounds").get(POINTS - 1).asLong()).isEqualTo(1_000);
    assertThat(cell.get("final").get("mean").asDouble())
        .isEqualTo(cell.get("curve").get("mean").get(POINTS - 1).asDouble());
    List<String> otherSeed = common("--json");
    otherSeed.set(otherSeed.indexOf("--seed") + 1, "6");
    JsonNode other = MAPPER.readTree(ok(otherSeed).out());
    assertThat(withoutTimes(other.get("cells"))).isNotEqualTo(withoutTimes(one.get("cells")));
  }

  private static JsonNode withoutTimes(JsonNode cells) {
    JsonNode copy = cells.deepCopy();
    copy.forEach(cell -> ((ObjectNode) cell).remove("seconds"));
    return copy;
  }

  @Test
  void csvAndPlots() throws IOException {
    List<String> lines = ok(common("--csv")).out().lines().toList();
    assertThat(lines).hasSize(1 + 2 * POINTS);
    assertThat(lines.get(0)).startsWith("policy,problem,round,mean,");
    Path plots = directory.resolve("plots");
    CliRun run = ok(common("--plot", plots.toString()));
    assertThat(run.err()).contains("plot written to " + plots.resolve("regret-curves.png"));
    assertThat(Files.readAllBytes(plots.resolve("regret-curves.png"))).startsWith(0x89, 'P', 'N', 'G');
    assertThat(Files.readString(plots.resolve("regret-curves.html")))
        .contains("<h1>Contextual bandit regret</h1>", "linucb", "data:image/png;base64,");
  }

  @Test
  void replayEstimatesTheRewardOfEachPolicyOnALog() throws IOException {
    ContextualReplayLog log = ContextualReplayLog.logUniformly(ContextualBanditRegistry.createProblem(PROBLEM), 3_000, 9);
    List<String> lines = new ArrayList<>(List.of("arm,reward,x1,x2,x3,x4"));
    for (int i = 0; i < log.rounds(); i++) {
      StringBuilder line = new StringBuilder().append(log.arms()[i]).append(',').append(log.rewards()[i]);
      for (int j = 0; j < 4; j++) {
        line.append(',').append(log.contexts()[i * 4 + j]);
      }
      lines.add(line.toString());
    }
    Path file = directory.resolve("log.csv");
    Files.write(file, lines);
    CliRun run = ok(List.of("bandit", "contextual", "--policies", "linucb", "--replay", file.toString(), "--seeds", "1",
        "--seed", "2", "--json", "--no-progress", "--no-store"));
    JsonNode json = MAPPER.readTree(run.out());
    assertThat(json.get("logged").asInt()).isEqualTo(3_000);
    ReplayEvaluation.Result expected = ContextualReplayEvaluation.run("linucb", ContextualReplayLog.read(file),
        ParallelRuns.taskSeeds(2, 1)[0]);
    JsonNode policy = json.get("policies").get(0);
    assertThat(policy.get("accepted").asDouble()).isEqualTo(expected.acceptedRounds());
    assertThat(policy.get("averageReward").asDouble()).isCloseTo(expected.averageReward(), within(1e-12));
    CliRun table = ok(List.of("bandit", "contextual", "--policies", "linucb,uniform", "--replay", file.toString(),
        "--seeds", "2", "--no-progress", "--no-store"));
    assertThat(table.out()).contains("REWARD/ROUND", "linucb", "uniform", "3000");
  }

  @Test
  void listingAndErrors() {
    CliRun list = ok(List.of("bandit", "contextual", "--list"));
    assertThat(list.out()).contains("linucb", "lin-ts", "linear", "bernoulli-linear");
    assertUsage(List.of("bandit", "contextual", "--policies", "linucb,nope", "--problem", PROBLEM),
        "agora: unknown contextual bandit policy 'nope'; known: lin-ts, linucb");
    assertUsage(List.of("bandit", "contextual"), "agora: give at least one --problem");
    assertUsage(List.of("bandit", "contextual", "--problem", "nope"), "agora: unknown contextual bandit problem 'nope'");
    assertUsage(List.of("bandit", "contextual", "--problem", PROBLEM, "--horizon", "1.5"), "agora: --horizon must be");
    assertUsage(List.of("bandit", "contextual", "--problem", PROBLEM, "--json", "--csv"), "agora: give --json or --csv");
    CliRun missing = CliRun.run("bandit", "contextual", "--replay", directory.resolve("none.csv").toString());
    assertThat(missing.exitCode()).isEqualTo(1);
    assertThat(missing.errLines()).hasSize(1);
    assertThat(missing.errLines().get(0)).startsWith("agora: cannot read contextual replay log ").endsWith("no such file");
  }

  static void assertUsage(List<String> args, String messageStart) {
    List<String> all = new ArrayList<>(args);
    all.add("--no-progress");
    all.add("--no-store");
    CliRun run = CliRun.run(all.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines().get(0)).startsWith(messageStart);
    assertThat(run.errLines()).hasSizeLessThanOrEqualTo(2);
  }
}

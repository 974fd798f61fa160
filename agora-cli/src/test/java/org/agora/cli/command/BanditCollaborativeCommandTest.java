package org.agora.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.agora.learning.bandits.BanditSimulation;
import org.agora.learning.bandits.collaborative.CollaborativeRegistry;
import org.agora.learning.bandits.collaborative.CollaborativeRun;
import org.agora.learning.bandits.collaborative.CollaborativeSimulation;
import org.agora.learning.bandits.collaborative.HeterogeneousBanditNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code agora bandit collaborative}: group regret and messages, JSON on 1 and 2 threads, CSV, plots and errors. */
class BanditCollaborativeCommandTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String NETWORK = "collaborative(agents=6,bandits=2,arms=8,graph=ring)";

  @TempDir
  Path directory;

  private static List<String> common(String... more) {
    List<String> args = new ArrayList<>(List.of("bandit", "collaborative", "--policies", "gosine,independent-ucb",
        "--network", NETWORK, "--horizon", "3000", "--seeds", "3", "--seed", "1", "--no-progress", "--no-store"));
    args.addAll(List.of(more));
    return args;
  }

  private static CliRun ok(List<String> args) {
    CliRun run = CliRun.run(args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();
    return run;
  }

  @Test
  void theTableShowsGroupRegretAndMessages() {
    CliRun run = ok(common());
    assertThat(run.out()).contains("bandit collaborative: 2 policies on collaborative(agents=6,bandits=2,arms=8,",
        "horizon 3,000, 3 seeds (seed 1)", "GROUP REGRET", "MESSAGES", "gosine", "independent-ucb");
    String independent = run.out().lines().filter(line -> line.startsWith("independent-ucb")).findFirst().orElseThrow();
    // independent UCB never communicates: its message column is exactly 0
    assertThat(independent.trim().split("\\s+")[6]).isEqualTo("0.0");
  }

  @Test
  void jsonHoldsTheLibraryRunsAndIsTheSameOnOneAndTwoThreads() throws IOException {
    JsonNode one = MAPPER.readTree(ok(common("--json", "--threads", "1")).out());
    JsonNode two = MAPPER.readTree(ok(common("--json", "--threads", "2")).out());
    assertThat(withoutTimes(one.get("cells"))).isEqualTo(withoutTimes(two.get("cells")));
    assertThat(one.get("kind").asText()).isEqualTo("bandit-collaborative");
    HeterogeneousBanditNetwork network = CollaborativeRegistry.createNetwork(NETWORK);
    long[] seeds = ParallelRuns.taskSeeds(1, 6);
    double regret = 0;
    double messages = 0;
    for (int seed = 0; seed < 3; seed++) {
      CollaborativeRun run = CollaborativeSimulation.run(network, CollaborativeRegistry.createPolicy("gosine", network),
          3000, BanditSimulation.POINTS_PER_DECADE, seeds[seed]);
      regret += run.finalGroupRegret() / 3;
      messages += run.finalMessages() / 3.0;
    }
    JsonNode gosine = one.get("cells").get(0);
    assertThat(gosine.get("final").get("mean").asDouble()).isCloseTo(regret, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(gosine.get("messages").asDouble()).isCloseTo(messages, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(messages).isPositive();
    assertThat(gosine.get("curve").get("messages")).hasSize(gosine.get("curve").get("rounds").size());
  }

  private static JsonNode withoutTimes(JsonNode cells) {
    JsonNode copy = cells.deepCopy();
    copy.forEach(cell -> ((ObjectNode) cell).remove("seconds"));
    return copy;
  }

  @Test
  void csvAndPlots() throws IOException {
    List<String> lines = ok(common("--csv")).out().lines().toList();
    assertThat(lines.get(0)).isEqualTo(
        "policy,network,round,mean,standard_error,lower95,upper95,quantile10,quantile90,messages");
    assertThat(lines.get(lines.size() - 1)).startsWith("independent-ucb,").contains(",3000,").endsWith(",0");
    Path plots = directory.resolve("plots");
    ok(common("--plot", plots.toString()));
    assertThat(Files.readAllBytes(plots.resolve("regret-curves.png"))).startsWith(0x89, 'P', 'N', 'G');
    assertThat(Files.readString(plots.resolve("regret-curves.html")))
        .contains("<h1>Collaborative bandit group regret</h1>", "<th>Network</th>", "gosine");
  }

  @Test
  void errors() {
    BanditContextualCommandTest.assertUsage(List.of("bandit", "collaborative", "--policies", "gossip"),
        "agora: unknown collaborative policy 'gossip'; known: gosine, independent-ucb");
    BanditContextualCommandTest.assertUsage(List.of("bandit", "collaborative", "--network", "collaborative(agents=1)"),
        "agora: collaborative: parameter 'agents' value '1' is out of range");
    BanditContextualCommandTest.assertUsage(List.of("bandit", "collaborative", "--seeds", "0"),
        "agora: --seeds must be in [1, 100000], got 0");
    BanditContextualCommandTest.assertUsage(List.of("bandit", "collaborative", "--threads", "0"),
        "agora: --threads must be in [1, 1024], got 0");
  }
}

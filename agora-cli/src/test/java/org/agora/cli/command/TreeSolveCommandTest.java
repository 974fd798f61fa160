package org.agora.cli.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.agora.cli.CliRun;
import org.agora.cli.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TreeSolveCommandTest {

  @Test
  @SuppressWarnings("unchecked")
  void cfrPlusOnKuhnConvergesSavesAndIsReevaluatedByTheExploitabilityCommand(@TempDir Path directory)
      throws IOException {
    Path policy = directory.resolve("kuhn.json");
    Path plot = directory.resolve("kuhn.png");
    CliRun run = CliRun.run("solve", "kuhn_poker", "--method", "cfr+", "--iterations", "2000", "--json",
        "--save", policy.toString(), "--plot", plot.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    Map<String, Object> result = Json.object(run.out());
    assertThat((Double) result.get("exploitability")).isLessThan(1e-3);
    List<Map<String, Object>> players = (List<Map<String, Object>>) result.get("players");
    assertThat((Double) players.get(0).get("expectedReturn")).isCloseTo(-1.0 / 18, within(2e-3));
    Map<String, Object> curve = (Map<String, Object>) result.get("curve");
    List<Map<String, Object>> points = (List<Map<String, Object>>) curve.get("points");
    assertThat(points).hasSize(50);
    assertThat((Double) points.get(0).get("value")).isGreaterThan((Double) points.get(49).get("value"));
    assertThat(Files.size(plot)).isGreaterThan(1000);

    CliRun check = CliRun.run("exploitability", "kuhn_poker", "--policy", policy.toString(), "--json");
    assertThat(check.exitCode()).as(check.err()).isZero();
    Map<String, Object> evaluated = Json.object(check.out());
    assertThat((Double) evaluated.get("exploitability")).isCloseTo((Double) result.get("exploitability"), within(1e-12));
    assertThat(evaluated).containsEntry("missingStates", 0.0);
  }

  @Test
  void textOutputShowsTheCurveReturnsAndPolicyOfASmallGame() {
    CliRun run = CliRun.run("solve", "kuhn_poker", "--method", "cfr", "--iterations", "200", "--no-progress");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("iteration").contains("exploitability").contains("expected return")
        .contains("average policy:").contains("p0 card=0 bets=");
  }

  @Test
  void theUniformPolicyOfLeducHasThePublishedNashConv(@TempDir Path directory) throws IOException {
    Path policy = directory.resolve("uniform.json");
    Files.writeString(policy, "{\"format\":\"agora-policy\",\"version\":1,\"game\":\"leduc_poker(players=2)\","
        + "\"actionCount\":3,\"states\":[]}");
    CliRun run = CliRun.run("exploitability", "leduc_poker", "--policy", policy.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("NashConv: 4.74722222").contains("936 absent and played uniformly");
  }

  @Test
  @SuppressWarnings("unchecked")
  void sequenceFormMethodsSolveKuhnExactly() {
    CliRun lp = CliRun.run("solve", "kuhn_poker", "--method", "sequence-lp", "--json");
    assertThat(lp.exitCode()).as(lp.err()).isZero();
    Map<String, Object> result = Json.object(lp.out());
    assertThat(result).containsEntry("exactNashConv", "0");
    List<Map<String, Object>> players = (List<Map<String, Object>>) result.get("players");
    assertThat(players.get(0)).containsEntry("exactExpectedReturn", "-1/18");
    CliRun lcp = CliRun.run("solve", "../examples/centipede.efg", "--method", "sequence-lcp");
    assertThat(lcp.exitCode()).as(lcp.err()).isZero();
    assertThat(lcp.out()).contains("NashConv: 0 (exact)");
    CliRun floating = CliRun.run("solve", "kuhn_poker", "--method", "sequence-lcp", "--floating");
    assertThat(floating.exitCode()).isNotZero();
    assertThat(floating.err()).contains("sequence-lcp is exact only");
  }

  @Test
  void badInputGetsOneLine(@TempDir Path directory) throws IOException {
    CliRun missing = CliRun.run("exploitability", "kuhn_poker", "--policy", directory.resolve("none.json").toString());
    assertThat(missing.exitCode()).isNotZero();
    assertThat(missing.err().strip()).doesNotContain("\n").contains("none.json");
    CliRun threads = CliRun.run("solve", "kuhn_poker", "--method", "cfr", "--threads", "0");
    assertThat(threads.exitCode()).isEqualTo(2);
    assertThat(threads.err()).contains("--threads must be >= 1, got 0");
    CliRun tooLarge = CliRun.run("solve", "leduc_poker", "--method", "cfr", "--max-nodes", "100");
    assertThat(tooLarge.exitCode()).isNotZero();
    assertThat(tooLarge.err().strip()).contains("more than 100 nodes").doesNotContain("\n");
  }
}

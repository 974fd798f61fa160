package org.agora.cli.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.agora.cli.CliRun;
import org.agora.cli.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PsroCommandTest {

  @Test
  void textOutputHasOneRowPerIterationAndTheFinalMetaStrategy() {
    CliRun run = CliRun.run("psro", "kuhn_poker", "--iterations", "3", "--no-progress");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("meta-solver:     nash", "NashConv / 2", "ITERATION  POLICIES  EXPLOITABILITY",
        "final meta-strategy", "psro:3");
    // iteration 0: the uniform policy of Kuhn poker is 0.458333 exploitable (NashConv 11/12)
    assertThat(run.out()).containsPattern("\\n +0 +1 +0\\.458333 ");
    assertThat(run.out()).containsPattern("\\n +3 +4 +0\\.136054 ");
  }

  @Test
  @SuppressWarnings("unchecked")
  void nashPsroOnKuhnReachesTheTargetAndJsonCarriesTheMetaGame() {
    CliRun run = CliRun.run("psro", "kuhn_poker", "--iterations", "30", "--target", "1e-3", "--json", "--no-progress");

    assertThat(run.exitCode()).as(run.err()).isZero();
    Map<String, Object> result = Json.object(run.out());
    assertThat(result).containsEntry("metaSolver", "nash").containsEntry("measure", "exploitability");
    List<Map<String, Object>> rows = (List<Map<String, Object>>) result.get("iterations");
    Map<String, Object> last = rows.get(rows.size() - 1);
    assertThat((Double) last.get("exploitability")).isLessThan(1e-3);
    assertThat(rows.size()).isLessThan(31);
    assertThat((Double) last.get("nashConv")).isCloseTo(2 * (Double) last.get("exploitability"), within(1e-15));
    int policies = ((Double) last.get("policies")).intValue();
    List<List<List<Double>>> metaGame = (List<List<List<Double>>>) result.get("metaGame");
    assertThat(metaGame).hasSize(2);
    assertThat(metaGame.get(0)).hasSize(policies);
    // Kuhn poker is zero-sum: the two players' meta-payoffs are opposite
    assertThat(metaGame.get(1).get(0).get(1)).isEqualTo(-metaGame.get(0).get(0).get(1));
    assertThat((List<String>) result.get("agents")).hasSize(policies).startsWith("psro:0");
  }

  @Test
  void csvHasAHeaderAndOneLinePerIteration() {
    CliRun run = CliRun.run("psro", "rock_paper_scissors", "--initial", "first_action", "--iterations", "4",
        "--meta-solver", "uniform", "--csv", "--no-progress");

    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("iteration,policies,exploitability,nash_conv,seconds");
    assertThat(lines).hasSize(6);
    assertThat(lines.get(1)).startsWith("0,1,1.0,2.0,");
  }

  @Test
  void solverParametersReachTheMetaSolver() {
    CliRun prd = CliRun.run("psro", "kuhn_poker", "--iterations", "2", "--meta-solver", "prd", "--prd-iterations",
        "50", "--prd-step", "0.05", "--prd-gamma", "0.01", "--no-progress");
    assertThat(prd.exitCode()).as(prd.err()).isZero();
    assertThat(prd.out()).contains("prd(iterations=50,step=0.05,gamma=0.01)");
    CliRun alphaRank = CliRun.run("psro", "kuhn_poker", "--iterations", "2", "--meta-solver", "alpharank",
        "--alpha", "2", "--population-size", "20", "--no-progress");
    assertThat(alphaRank.exitCode()).as(alphaRank.err()).isZero();
    assertThat(alphaRank.out()).contains("alpharank(alpha=2.0,population=20)");
  }

  @Test
  void generalSumGamesReportNashConv() {
    CliRun run = CliRun.run("psro", "battle_of_the_sexes", "--iterations", "4", "--no-progress");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("ITERATION  POLICIES  NASHCONV", "not zero-sum");
  }

  @Test
  void plotWritesAPng(@TempDir Path directory) throws Exception {
    Path plot = directory.resolve("psro.png");
    CliRun run = CliRun.run("psro", "kuhn_poker", "--iterations", "4", "--plot", plot.toString(), "--no-progress");

    assertThat(run.exitCode()).as(run.err()).isZero();
    byte[] bytes = Files.readAllBytes(plot);
    assertThat(bytes.length).isGreaterThan(1000);
    assertThat(new String(bytes, 1, 3, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PNG");
  }

  @Test
  void badInputGivesOneLineAndAUsageExitCode() {
    assertUsage(CliRun.run("psro", "kuhn_poker", "--meta-solver", "best"),
        "agora: --meta-solver must be nash, alpharank, uniform, prd or rae, got 'best'");
    assertUsage(CliRun.run("psro", "kuhn_poker", "--alpha", "3"),
        "agora: --alpha applies to --meta-solver alpharank, not nash");
    assertUsage(CliRun.run("psro", "kuhn_poker", "--meta-solver", "prd", "--prd-gamma", "2"),
        "agora: the PRD exploration gamma must be in [0, 1], got 2.0");
    assertUsage(CliRun.run("psro", "kuhn_poker(players=3)"),
        "agora: psro needs a two-player game; kuhn_poker(players=3) has 3 players");
    assertUsage(CliRun.run("psro", "kuhn_poker", "--iterations", "-1"), "agora: --iterations must be >= 0, got -1");
    assertUsage(CliRun.run("psro", "kuhn_poker", "--json", "--csv"), "agora: --json and --csv exclude each other");
    assertUsage(CliRun.run("psro", "kuhn_poker", "--plot", "curve.txt"),
        "agora: --plot writes a PNG; give a file name ending in .png, got curve.txt");
    assertUsage(CliRun.run("psro", "kuhn_poker", "--initial", "greedy"),
        "agora: --initial must be uniform or first_action, got 'greedy'");
  }

  @Test
  void gamesTheTreeCannotHoldFailInOneLine() {
    CliRun run = CliRun.run("psro", "kuhn_poker", "--max-nodes", "10", "--no-progress");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.errLines().get(0)).startsWith("agora: the game tree of kuhn_poker(players=2) has more than 10 nodes");
    CliRun unknown = CliRun.run("psro", "no_such_game", "--no-progress");
    assertThat(unknown.exitCode()).isNotZero();
    assertThat(unknown.errLines().get(0)).startsWith("agora: ").doesNotContain("Exception");
  }

  private static void assertUsage(CliRun run, String firstLine) {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    assertThat(run.errLines().get(0)).isEqualTo(firstLine);
    assertThat(run.out()).isEmpty();
  }

  @Test
  @SuppressWarnings("unchecked")
  void theMetaGameIsStoredAsATournamentThatEvaluateReads(@TempDir Path data) {
    CliRun run = CliRun.run("psro", "rock_paper_scissors", "--iterations", "3", "--json", "--no-progress",
        "--data", data.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    long id = ((Double) Json.object(run.out()).get("tournament")).longValue();
    assertThat(run.errLines()).anySatisfy(line -> assertThat(line).startsWith("meta-game stored as tournament " + id));

    CliRun list = CliRun.run("tournament", "--list", "--data", data.toString(), "--json");
    List<Map<String, Object>> stored = (List<Map<String, Object>>) Json.object(list.out()).get("tournaments");
    int policies = ((List<?>) Json.object(run.out()).get("iterations")).size();
    assertThat(stored).singleElement().satisfies(t -> assertThat(t)
        .containsEntry("status", "completed")
        .containsEntry("storedMatches", (double) policies * policies));

    CliRun evaluated = CliRun.run("evaluate", "--tournament", String.valueOf(id), "--data", data.toString(), "--json",
        "--resamples", "0");
    assertThat(evaluated.exitCode()).as(evaluated.err()).isZero();
    List<Map<String, Object>> agents = (List<Map<String, Object>>) Json.object(evaluated.out()).get("agents");
    assertThat(agents).extracting(agent -> agent.get("agent")).contains("psro:0");
  }
}

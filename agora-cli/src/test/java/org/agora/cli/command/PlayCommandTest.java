package org.agora.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.agora.cli.CliRun;
import org.agora.cli.Json;
import org.agora.cli.MatchingPenniesTestProvider;
import org.junit.jupiter.api.Test;

class PlayCommandTest {

  private static final String PENNIES = MatchingPenniesTestProvider.NAME;

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> players(CliRun run) {
    assertThat(run.exitCode()).as(run.err()).isZero();
    return (List<Map<String, Object>>) Json.object(run.out()).get("players");
  }

  @Test
  @SuppressWarnings("unchecked")
  void randomPlayInMatchingPenniesHasMeanNearZeroInsideTheInterval() {
    CliRun run = CliRun.run("play", PENNIES, "--agents", "random,random", "--episodes", "20000", "--seed", "7", "--json");

    Map<String, Object> result = Json.object(run.out());
    assertThat(result).containsEntry("game", PENNIES).containsEntry("episodes", 20000.0).containsEntry("seed", 7.0)
        .containsEntry("meanGameLength", 1.0).containsKeys("seconds", "episodesPerSecond");
    List<Map<String, Object>> players = players(run);
    assertThat(players).hasSize(2);
    for (Map<String, Object> player : players) {
      double mean = (Double) player.get("meanReturn");
      List<Double> interval = (List<Double>) player.get("confidenceInterval95");
      assertThat(Math.abs(mean)).isLessThan(0.05);
      assertThat(interval.get(0)).isLessThan(0.0);
      assertThat(interval.get(1)).isGreaterThan(0.0);
      assertThat((Double) player.get("standardDeviation")).isBetween(0.99, 1.01);
      assertThat((Double) player.get("confidenceHalfWidth95")).isBetween(0.0137, 0.0140);
    }
    assertThat((Double) players.get(0).get("meanReturn")).isEqualTo(-(Double) players.get(1).get("meanReturn"));
  }

  @Test
  void resultsDoNotDependOnTheNumberOfThreads() {
    String[] common = {"play", PENNIES, "--agents", "random", "--episodes", "10001", "--seed", "42", "--json"};
    List<Map<String, Object>> one = players(CliRun.run(concat(common, "--threads", "1")));
    List<Map<String, Object>> two = players(CliRun.run(concat(common, "--threads", "2")));
    List<Map<String, Object>> three = players(CliRun.run(concat(common, "--threads", "3")));

    assertThat(two).isEqualTo(one);
    assertThat(three).isEqualTo(one);
  }

  @Test
  void differentSeedsGiveDifferentResults() {
    List<Map<String, Object>> first = players(CliRun.run("play", PENNIES, "-n", "1000", "-s", "1", "--json"));
    List<Map<String, Object>> second = players(CliRun.run("play", PENNIES, "-n", "1000", "-s", "2", "--json"));

    assertThat(first.get(0).get("meanReturn")).isNotEqualTo(second.get(0).get("meanReturn"));
  }

  @Test
  void tableShowsMeansIntervalsAndThroughput() {
    CliRun run = CliRun.run("play", PENNIES, "--agents", "random,random", "--episodes", "500");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("episodes:", "500 (seed 0, 1 thread)", "episodes/s", "mean game length:  1.00 moves",
        "PLAYER", "MEAN RETURN", "95% CONFIDENCE INTERVAL");
    assertThat(run.out().lines().filter(line -> line.startsWith("row ") || line.startsWith("column "))).hasSize(2);
  }

  @Test
  void playsGamesWithChanceNodes() {
    CliRun run = CliRun.run("play", "repeated(stage=" + PENNIES + ",rounds=3,continuation=0.5)", "-n", "2000", "--json");
    List<Map<String, Object>> players = players(run);

    assertThat(players).hasSize(2);
    assertThat((Double) players.get(0).get("meanReturn")).isEqualTo(-(Double) players.get(1).get("meanReturn"));
    // 1, 2 or 3 rounds with probabilities 1/2, 1/4, 1/4, a chance node after rounds 1 and 2:
    // lengths 2, 4 and 5 moves, 3.25 on average.
    assertThat((Double) Json.object(run.out()).get("meanGameLength")).isBetween(3.15, 3.35);
  }

  @Test
  void playsSequentialGames() {
    List<Map<String, Object>> players = players(CliRun.run("play", "turn_based(game=" + PENNIES + ")", "--json"));

    assertThat(players).extracting(player -> player.get("name")).containsExactly("row", "column");
  }

  @Test
  void wrongNumberOfAgentsIsAUsageError() {
    CliRun run = CliRun.run("play", PENNIES, "--agents", "random,random,random");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly("agora: " + PENNIES
        + " has 2 players but 3 agents were given (random,random,random); give one agent per player, or a single agent for all",
        "Try 'agora play --help' for usage.");
  }

  @Test
  void unknownAgentIsAUsageError() {
    CliRun run = CliRun.run("play", PENNIES, "--agents", "random,genius");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).hasSize(2);
    assertThat(run.errLines().get(0)).startsWith("agora: unknown agent 'genius'; known agents: ").contains("random");
  }

  @Test
  void anAgentBreakingTheRulesFailsWithOneLineOnAnyThreadCount() {
    for (String threads : new String[] {"1", "2"}) {
      CliRun run = CliRun.run("play", PENNIES, "--agents", "random,cli_test_illegal", "--episodes", "10",
          "--threads", threads, "--no-progress");

      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.errLines()).containsExactly(
          "agora: agent 'cli_test_illegal' (column) chose illegal action 99 after history []; legal: [0, 1]");
    }
  }

  @Test
  void badCountsAreUsageErrors() {
    assertThat(CliRun.run("play", PENNIES, "--episodes", "0").exitCode()).isEqualTo(2);
    assertThat(CliRun.run("play", PENNIES, "--threads", "0").exitCode()).isEqualTo(2);
  }

  private static String[] concat(String[] first, String... second) {
    String[] all = new String[first.length + second.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(second, 0, all, first.length, second.length);
    return all;
  }
}

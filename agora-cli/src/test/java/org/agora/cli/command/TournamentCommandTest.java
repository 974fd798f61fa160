package org.agora.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.agora.cli.CliRun;
import org.agora.cli.Json;
import org.junit.jupiter.api.Test;

class TournamentCommandTest {

  private static final String RRPS = "repeated_rock_paper_scissors(rounds=100)";

  @Test
  @SuppressWarnings("unchecked")
  void aRoundRobinRanksTheAgentsByAggregateScore() {
    CliRun run = CliRun.run("tournament", RRPS, "--agents", "rockbot,copybot,rotatebot", "--matches", "2", "--json",
        "--no-progress");

    assertThat(run.exitCode()).as(run.err()).isZero();
    Map<String, Object> result = Json.object(run.out());
    assertThat(result).containsEntry("matches", 6.0).containsEntry("matchesPerPairing", 2.0);
    List<Map<String, Object>> agents = (List<Map<String, Object>>) result.get("agents");
    assertThat(agents).extracting(agent -> agent.get("agent")).containsExactly("copybot", "rotatebot", "rockbot");
    // copybot beats rockbot 99 of 100 throws (rock then paper forever) and ties rotatebot
    Map<String, Object> copybot = agents.get(0);
    assertThat((Double) copybot.get("populationReturn")).isEqualTo(99.0 / 3);
    Map<String, Object> rockbot = agents.get(2);
    assertThat((Double) rockbot.get("withinPopulationExploitability")).isEqualTo(99.0);
    List<List<Double>> cross = (List<List<Double>>) ((Map<String, Object>) result.get("crossTable")).get("meanReturns");
    assertThat(cross.get(0).get(1)).isEqualTo(-99.0); // rockbot (row 0) against copybot
  }

  @Test
  void textOutputShowsTheRankingAndTheCrossTable() {
    CliRun run = CliRun.run("tournament", RRPS, "--population", "rrps", "--matches", "2", "--threads", "2",
        "--no-progress");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("population rrps", "RANK", "AGGREGATE SCORE", "cross-table");
    CliRun oneThread = CliRun.run("tournament", RRPS, "--population", "rrps", "--matches", "2", "--no-progress", "--json");
    CliRun twoThreads = CliRun.run("tournament", RRPS, "--population", "rrps", "--matches", "2", "--threads", "2",
        "--no-progress", "--json");
    assertThat(withoutTimes(twoThreads.out())).isEqualTo(withoutTimes(oneThread.out()).replace("\"threads\": 1", "\"threads\": 2"));
  }

  private static String withoutTimes(String json) {
    return json.replaceAll("\"seconds\" *: *[-0-9.Ee]+", "\"seconds\": #")
        .replaceAll("\"tournament\" *: *[0-9]+", "\"tournament\": #");
  }

  @Test
  void badTournamentsAreUsageErrors() {
    assertThat(CliRun.run("tournament", RRPS, "--agents", "rockbot,copybot", "--matches", "0").exitCode()).isEqualTo(2);
    CliRun unknown = CliRun.run("tournament", RRPS, "--population", "no_such_family");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.errLines().get(0)).startsWith("agora: unknown agent family 'no_such_family'; known families: rrps");
    CliRun single = CliRun.run("tournament", RRPS, "--agents", "rockbot");
    assertThat(single.exitCode()).isEqualTo(2);
    assertThat(single.errLines().get(0)).isEqualTo(
        "agora: a tournament needs at least two agents; give --agents a,b or --population NAME (got rockbot)");
    CliRun wrongGame = CliRun.run("tournament", "kuhn_poker", "--agents", "rockbot,copybot");
    assertThat(wrongGame.exitCode()).isEqualTo(2);
    assertThat(wrongGame.errLines().get(0)).startsWith("agora: rockbot plays repeated rock-paper-scissors only");
  }
}

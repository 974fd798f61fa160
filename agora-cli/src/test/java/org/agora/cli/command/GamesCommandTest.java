package org.agora.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.agora.cli.CliRun;
import org.agora.cli.Json;
import org.agora.cli.MatchingPenniesTestProvider;
import org.agora.core.GameRegistry;
import org.junit.jupiter.api.Test;

class GamesCommandTest {

  @Test
  void tableListsEveryRegisteredGame() {
    CliRun run = CliRun.run("games");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("repeated", "turn_based", MatchingPenniesTestProvider.NAME);
    for (String name : GameRegistry.names()) {
      assertThat(run.out()).contains(name);
    }
    assertThat(run.out()).contains(GameRegistry.names().size() + " games");
  }

  @Test
  void gamesWithRequiredParametersSayTheyNeedThem() {
    String out = CliRun.run("games").out();

    assertThat(lineOf(out, "turn_based")).contains("needs parameters");
    assertThat(lineOf(out, "repeated")).contains("needs parameters");
    assertThat(lineOf(out, MatchingPenniesTestProvider.NAME))
        .contains("simultaneous", "none", "imperfect", "zero-sum", " 2 ");
  }

  @Test
  @SuppressWarnings("unchecked")
  void jsonIsAnArrayWithParametersAndTypes() {
    CliRun run = CliRun.run("games", "--json");

    assertThat(run.exitCode()).isZero();
    List<Map<String, Object>> games = (List<Map<String, Object>>) Json.parse(run.out());
    assertThat(games).extracting(game -> game.get("name")).containsAll(List.of("repeated", "turn_based"));
    Map<String, Object> repeated = find(games, "repeated");
    assertThat(repeated).containsEntry("needsParameters", true).doesNotContainKey("type");
    List<Map<String, Object>> parameters = (List<Map<String, Object>>) repeated.get("parameters");
    assertThat(parameters).extracting(parameter -> parameter.get("name"))
        .containsExactly("stage", "rounds", "recall", "continuation");
    assertThat(parameters.get(1)).containsEntry("type", "integer").containsEntry("default", 10.0)
        .containsKeys("allowed", "description", "required");
    Map<String, Object> pennies = find(games, MatchingPenniesTestProvider.NAME);
    assertThat((Map<String, Object>) pennies.get("type")).containsEntry("dynamics", "simultaneous")
        .containsEntry("chance", "none").containsEntry("information", "imperfect").containsEntry("utility", "zero-sum");
    assertThat(pennies).containsEntry("players", 2.0);
  }

  private static Map<String, Object> find(List<Map<String, Object>> games, String name) {
    return games.stream().filter(game -> name.equals(game.get("name"))).findFirst().orElseThrow();
  }

  private static String lineOf(String text, String name) {
    return text.lines().filter(line -> line.startsWith(name + " ")).findFirst().orElseThrow();
  }
}

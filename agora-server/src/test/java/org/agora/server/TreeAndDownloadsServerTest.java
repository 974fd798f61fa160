package org.agora.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.agora.core.GameRegistry;
import org.agora.core.job.JobContext;
import org.agora.core.solve.SolveLimits;
import org.agora.core.solve.SolverRegistry;
import org.agora.io.GambitEquilibria;
import org.agora.server.ServerFixture.Reply;
import org.agora.solvers.provider.SolveJob;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The game-tree endpoint and the result downloads (CSV tables, Gambit text) over HTTP. */
class TreeAndDownloadsServerTest {

  static ServerFixture http;

  @BeforeAll
  static void start() {
    http = new ServerFixture(new AgoraServer(ServerConfig.defaults().withPort(0), new InMemoryRunRepository(), null));
  }

  @AfterAll
  static void stop() {
    http.close();
  }

  @Test
  void kuhnPokersRootDealsSixHandsEachWithProbabilityOneSixth() {
    // Agora's kuhn_poker deals one card to each player in turn: 3 cards, then 2 of the rest.
    Reply reply = http.get("/api/games/kuhn_poker/tree");
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    JsonNode root = reply.json();
    assertThat(root.at("/node/kind").asText()).isEqualTo("chance");
    assertThat(root.at("/node/path").asText()).isEmpty();
    assertThat(root.at("/node/children").asInt()).isEqualTo(3);
    assertThat(root.get("truncated").asBoolean()).isFalse();
    List<String> deals = new ArrayList<>();
    for (JsonNode first : root.get("children")) {
      assertThat(first.get("label").asText()).isNotBlank();
      assertThat(first.at("/node/kind").asText()).isEqualTo("chance");
      JsonNode second = http.get("/api/games/kuhn_poker/tree?path=" + first.at("/node/path").asText()).json();
      assertThat(second.get("children")).hasSize(2);
      for (JsonNode deal : second.get("children")) {
        assertThat(first.get("probability").asDouble() * deal.get("probability").asDouble()).isCloseTo(1.0 / 6, within(1e-12));
        JsonNode node = deal.get("node");
        assertThat(node.get("kind").asText()).isEqualTo("decision");
        assertThat(node.get("player").asInt()).isZero();
        assertThat(node.get("informationState").asText()).isNotBlank();
        assertThat(node.get("children").asInt()).isEqualTo(2);
        assertThat(node.get("depth").asInt()).isEqualTo(2);
        deals.add(node.get("path").asText());
      }
    }
    assertThat(deals).hasSize(6).doesNotHaveDuplicates().allMatch(path -> path.matches("\\d\\.\\d"));
  }

  @Test
  void aTerminalAfterBothPlayersPassHasTheShowdownReturns() {
    JsonNode deal = http.get("/api/games/kuhn_poker/tree?path=0").json();
    String dealt = deal.get("children").get(0).at("/node/path").asText();
    JsonNode first = http.get("/api/games/kuhn_poker/tree?path=" + dealt).json();
    assertThat(first.at("/node/kind").asText()).isEqualTo("decision");
    JsonNode pass = first.get("children").get(0); // pass (check) is action 0
    JsonNode second = http.get("/api/games/kuhn_poker/tree?path=" + pass.at("/node/path").asText()).json();
    assertThat(second.at("/node/player").asInt()).isEqualTo(1);
    JsonNode terminal = second.get("children").get(0).get("node");
    assertThat(terminal.get("kind").asText()).isEqualTo("terminal");
    assertThat(terminal.get("children").asInt()).isZero();
    double[] returns = {terminal.get("returns").get(0).asDouble(), terminal.get("returns").get(1).asDouble()};
    assertThat(Math.abs(returns[0])).isEqualTo(1.0); // check-check: the higher card wins the ante
    assertThat(returns[0] + returns[1]).isZero();
    Reply atTerminal = http.get("/api/games/kuhn_poker/tree?path=" + terminal.get("path").asText());
    assertThat(atTerminal.status()).isEqualTo(200);
    assertThat(atTerminal.json().get("children")).isEmpty();
    assertThat(atTerminal.json().at("/node/returns/0").asDouble()).isEqualTo(returns[0]);
  }

  @Test
  void badPathsTooLongPathsAndNormalFormGamesAreRefusedWithOneLine() {
    assertBad(http.get("/api/games/kuhn_poker/tree?path=x"), 400, "not an action id");
    assertBad(http.get("/api/games/kuhn_poker/tree?path=0..1"), 400, "not an action id");
    assertBad(http.get("/api/games/kuhn_poker/tree?path=-1"), 400, "not an action id");
    assertBad(http.get("/api/games/kuhn_poker/tree?path=0.0"), 400, "move 0 is not legal for chance at 0; legal: 1, 2");
    assertBad(http.get("/api/games/kuhn_poker/tree?path=0.1.7"), 400, "not legal");
    assertBad(http.get("/api/games/kuhn_poker/tree?path=0.1.0.0.0"), 400, "past a terminal node at 0.1.0.0");
    assertBad(http.get("/api/games/kuhn_poker/tree?path=" + "0.".repeat(GameTreeNodes.MAX_PATH) + "0"), 400, "at most");
    assertBad(http.get("/api/games/matching_pennies/tree"), 400, "normal-form game");
    assertBad(http.get("/api/games/no_such_game/tree"), 400, "no_such_game");
  }

  @Test
  void csvTablesParseBackToTheJsonResult() {
    long id = http.submit("{\"kind\":\"solve\",\"game\":\"kuhn_poker\",\"solver\":\"cfr+(iterations=200)\"}");
    assertThat(http.awaitFinal(id).get("status").asText()).isEqualTo("completed");
    JsonNode result = http.get("/api/jobs/" + id + "/result").json();

    Reply curve = http.get("/api/jobs/" + id + "/result.csv?table=convergence");
    assertThat(curve.status()).as(curve.body()).isEqualTo(200);
    assertThat(curve.contentType()).startsWith("text/csv");
    List<List<String>> rows = parseCsv(curve.body());
    assertThat(rows.get(0)).containsExactly("iteration", "value", "seconds");
    JsonNode points = result.at("/curve/points");
    assertThat(rows).hasSize(points.size() + 1);
    for (int i = 0; i < points.size(); i++) {
      assertThat(Long.parseLong(rows.get(i + 1).get(0))).isEqualTo(points.get(i).get("iteration").asLong());
      assertThat(Double.parseDouble(rows.get(i + 1).get(1))).isEqualTo(points.get(i).get("value").asDouble());
    }

    List<List<String>> policy = parseCsv(http.get("/api/jobs/" + id + "/result.csv?table=equilibria").body());
    assertThat(policy.get(0)).containsExactly("player", "informationState", "action", "probability", "exactProbability");
    int row = 1;
    for (JsonNode infoset : result.get("policy")) {
      for (int k = 0; k < infoset.get("actions").size(); k++, row++) {
        assertThat(policy.get(row).get(1)).isEqualTo(infoset.get("key").asText());
        assertThat(Double.parseDouble(policy.get(row).get(3))).isEqualTo(infoset.get("probabilities").get(k).asDouble());
      }
    }
    assertThat(policy).hasSize(row);

    assertBad(http.get("/api/jobs/" + id + "/result.csv"), 400, "table=equilibria");
    assertBad(http.get("/api/jobs/" + id + "/result.csv?table=ratings"), 404, "has no table 'ratings'");
    assertBad(http.get("/api/jobs/999999/result.csv?table=equilibria"), 404, "999999");
  }

  @Test
  void aTournamentsCrossTableAndMetricsDownloadAsCsvWithQuotedNames() {
    long id = http.submit("{\"kind\":\"tournament\",\"game\":\"repeated_rock_paper_scissors(rounds=20)\","
        + "\"agents\":[\"rockbot\",\"randbot\",\"mcts(simulations=2,rollouts=1)\"],\"matchesPerPairing\":2,\"seed\":3}");
    assertThat(http.awaitFinal(id).get("status").asText()).as(http.get("/api/jobs/" + id).body()).isEqualTo("completed");
    JsonNode result = http.get("/api/jobs/" + id + "/result").json();
    Reply reply = http.get("/api/jobs/" + id + "/result.csv?table=cross-table");
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body()).contains("\"mcts(simulations=2,rollouts=1)\"").contains("\r\n");
    List<List<String>> rows = parseCsv(reply.body());
    JsonNode agents = result.at("/crossTable/agents");
    assertThat(rows).hasSize(agents.size() + 1);
    for (int i = 0; i < agents.size(); i++) {
      assertThat(rows.get(0).get(i + 1)).isEqualTo(agents.get(i).asText());
      assertThat(rows.get(i + 1).get(0)).isEqualTo(agents.get(i).asText());
      for (int j = 0; j < agents.size(); j++) {
        JsonNode mean = result.at("/crossTable/meanReturns").get(i).get(j);
        String cell = rows.get(i + 1).get(j + 1);
        if (result.at("/crossTable/matches").get(i).get(j).asLong() == 0) {
          assertThat(cell).isEmpty();
        } else {
          assertThat(Double.parseDouble(cell)).isEqualTo(mean.asDouble());
        }
      }
    }
    List<List<String>> metrics = parseCsv(http.get("/api/jobs/" + id + "/result.csv?table=metrics").body());
    assertThat(metrics).hasSize(result.get("metrics").size() + 1);
    assertThat(metrics.get(1).get(1)).isEqualTo(result.at("/metrics/0/agent").asText());
    assertBad(http.get("/api/jobs/" + id + "/result.gambit"), 404, "Gambit text is for a solve");
  }

  @Test
  void matchingPenniesEquilibriumIsGambitTextWithExactFractions() {
    long id = http.submit("{\"kind\":\"solve\",\"game\":\"matching_pennies\",\"solver\":\"support\"}");
    assertThat(http.awaitFinal(id).get("status").asText()).isEqualTo("completed");
    Reply reply = http.get("/api/jobs/" + id + "/result.gambit");
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(reply.contentType()).startsWith("text/plain");
    assertThat(reply.body()).isEqualTo("NE,1/2,1/2,1/2,1/2\n");
    Reply header = http.send(http.builder("/api/jobs/" + id + "/result.gambit").GET());
    assertThat(header.status()).isEqualTo(200);
  }

  @Test
  void kuhnPokerSolvedExactlyIsOneBehaviourProfileInGambitOrderAsTheLibraryWritesIt() {
    long id = http.submit("{\"kind\":\"solve\",\"game\":\"kuhn_poker\",\"solver\":\"sequence-lp\"}");
    assertThat(http.awaitFinal(id).get("status").asText()).isEqualTo("completed");
    JsonNode result = http.get("/api/jobs/" + id + "/result").json();
    String text = http.get("/api/jobs/" + id + "/result.gambit").body();
    assertThat(text).endsWith("\n").hasLineCount(1);
    String[] fields = text.trim().split(",");
    assertThat(fields[0]).isEqualTo("NE");
    assertThat(fields).hasSize(1 + 24); // 12 information sets with 2 actions each
    List<String> expected = new ArrayList<>();
    for (int player = 0; player < 2; player++) {
      for (JsonNode row : result.get("policy")) {
        if (row.get("player").asInt() == player) {
          row.get("exactProbabilities").forEach(p -> expected.add(p.asText()));
        }
      }
    }
    assertThat(List.of(fields).subList(1, fields.length)).containsExactlyElementsOf(expected);
    assertThat(expected).allMatch(p -> p.matches("-?\\d+(/\\d+)?"));
    var direct = SolveJob.solve(GameRegistry.create("kuhn_poker"), SolverRegistry.configure("sequence-lp"),
        SolveLimits.defaults(), JobContext.sequential());
    assertThat(GambitEquilibria.text(GambitEquilibria.lines(direct))).isEqualTo(text);
  }

  @Test
  void theRunPageLinksEveryDownload() {
    long id = http.submit("{\"kind\":\"solve\",\"game\":\"matching_pennies\",\"solver\":\"support\"}");
    http.awaitFinal(id);
    String page = http.get("/runs/" + id).body();
    assertThat(page).contains("href=\"/api/jobs/" + id + "/result\"")
        .contains("href=\"/api/jobs/" + id + "/result.csv?table=equilibria\"")
        .contains("href=\"/api/jobs/" + id + "/result.gambit\"");
  }

  /** RFC 4180 parsing: quoted fields, doubled quotes, CRLF records. */
  static List<List<String>> parseCsv(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        assertThat(c).as("bare LF or CR in CSV").isNotIn('\r', '\n');
        cell.append(c);
      }
    }
    assertThat(cell).isEmpty();
    assertThat(row).isEmpty();
    return rows;
  }

  private static void assertBad(Reply reply, int status, String fragment) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(status);
    assertThat(reply.contentType()).startsWith("application/json");
    assertThat(reply.error()).as(reply.body()).contains(fragment).doesNotContain("\n").doesNotContain("Exception");
  }
}

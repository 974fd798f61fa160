package org.agora.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agora.core.GameRegistry;
import org.agora.core.normalform.NormalFormGame;
import org.agora.server.ServerFixture.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTML pages over plain HTTP: status, headings, content, and escaping of every value a client chose. */
class PagesTest {

  static ServerFixture http;

  @BeforeAll
  static void start() {
    http = new ServerFixture(new AgoraServer(ServerConfig.defaults().withPort(0), new InMemoryRunRepository(), null));
  }

  @AfterAll
  static void stop() {
    http.close();
  }

  private static Reply page(String path) {
    Reply reply = http.get(path);
    assertThat(reply.status()).as(path + ": " + reply.body()).isEqualTo(200);
    assertThat(reply.contentType()).as(path).startsWith("text/html");
    assertThat(reply.body()).as(path).contains("<nav aria-label=\"Main\">", "href=\"/games\"", "href=\"/solve\"",
        "href=\"/tournament\"", "href=\"/runs\"", "<script src=\"/app.js\" defer></script>");
    return reply;
  }

  @Test
  void everyPageAnswers200WithItsHeading() {
    assertThat(page("/").body()).contains("<h1>Agora workbench</h1>", "/api/openapi.yaml", "/api/jobs/{id}/events");
    assertThat(page("/games").body()).contains("<h1>Games</h1>", "<label for=\"game-search\">", ">kuhn_poker</a>");
    assertThat(page("/games/kuhn_poker").body()).contains("<h1>kuhn_poker(players=2)</h1>", "Sizes of the game tree", "Information states");
    assertThat(page("/solve").body()).contains("<h1>Solve a game</h1>", "<label for=\"solve-method\">",
        "value=\"cfr+\" data-iterations=\"true\" selected", "value=\"kuhn_poker\"");
    assertThat(page("/tournament").body()).contains("<h1>Run a tournament</h1>",
        "value=\"repeated_rock_paper_scissors(rounds=100)\"", "value=\"randbot\" checked", "<legend>Agents");
    assertThat(page("/runs").body()).contains("<h1>Runs</h1>");
    assertThat(http.get("/app.js").status()).isEqualTo(200);
    assertThat(http.get("/style.css").status()).isEqualTo(200);
  }

  @Test
  void anExtensiveGamePageShowsTheRootAndItsChildrenInDetailsElementsWithoutJavaScript() {
    String body = page("/games/kuhn_poker").body();
    assertThat(body).contains("Sizes of the game tree", "<div id=\"game-tree\" class=\"tree\" data-api=\"/api/games/kuhn_poker/tree\"",
        "<details open data-path=\"\" data-loaded=\"true\"><summary>Root: chance node; 3 moves</summary>",
        "<details data-path=\"0\"><summary>move 0 \u201c", "(probability 0.3333) \u2192 chance node; 2 moves</summary>",
        "href=\"/api/games/kuhn_poker/tree?path=2\"");
    assertThat(body.split("<details data-path=", -1)).hasSize(4); // the three first cards, nothing deeper
    String ticTacToe = page("/games/tic_tac_toe").body();
    assertThat(ticTacToe).contains("<summary>Root: x to move; information state").contains("; 9 moves</summary>");
    assertThat(page("/games/matching_pennies").body()).doesNotContain("game-tree");
  }

  @Test
  void theCatalogueSearchesOnTheServerToo() {
    String body = page("/games?q=POKER").body();
    assertThat(body).contains(">kuhn_poker</a>", ">leduc_poker</a>", "value=\"POKER\"").doesNotContain(">tic_tac_toe</a>");
    assertThat(page("/games?q=no-such-game-anywhere").body()).contains("0 games matching");
  }

  @Test
  void aNormalFormGamePageMarksEachPureEquilibriumWithASymbol() {
    String stagHunt = page("/games/stag_hunt").body();
    assertThat(count(stagHunt, "<td class=\"nash\">")).isEqualTo(2);
    assertThat(count(stagHunt, "(pure Nash equilibrium)")).isEqualTo(2);
    assertThat(stagHunt).contains("Pure Nash equilibria (\u2605): (stag, stag), (hare, hare).");
    String pennies = page("/games/matching_pennies").body();
    assertThat(pennies).contains("id=\"payoff-matrix\"", "No pure Nash equilibrium.").doesNotContain("<td class=\"nash\">");
    assertThat(page("/games/prisoners_dilemma").body()).containsOnlyOnce("<td class=\"nash\">");
  }

  @Test
  void pureEquilibriaAreTheProfilesNoPlayerLeavesAlone() {
    NormalFormGame dilemma = (NormalFormGame) GameRegistry.create("prisoners_dilemma");
    boolean[] stable = PayoffMatrixHtml.pureEquilibria(dilemma);
    int equilibria = 0;
    for (int profile = 0; profile < stable.length; profile++) {
      if (stable[profile]) {
        equilibria++;
        for (int player = 0; player < 2; player++) {
          assertThat(dilemma.strategyName(player, dilemma.strategyInProfile(profile, player))).containsIgnoringCase("defect");
        }
      }
    }
    assertThat(equilibria).isEqualTo(1);
    assertThat(PayoffMatrixHtml.pureEquilibria((NormalFormGame) GameRegistry.create("rock_paper_scissors"))).doesNotContain(true);
  }

  @Test
  void aGameStringWithMarkupComesBackEscapedInTheErrorPage() {
    Reply reply = http.get("/games/%3Cscript%3Ealert(1)%3C%2Fscript%3E");
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.contentType()).startsWith("text/html");
    assertThat(reply.body()).contains("<h1>Error 400</h1>", "&lt;script&gt;alert(1)&lt;/script&gt;")
        .doesNotContain("<script>alert");
    Reply parameter = http.get("/games/kuhn_poker(players=%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E)");
    assertThat(parameter.status()).isEqualTo(400);
    assertThat(parameter.body()).contains("&quot;&gt;&lt;img").doesNotContain("<img");
  }

  @Test
  void searchTextAndGameQueryParametersAreEscaped() {
    String search = page("/games?q=%22%3E%3Cscript%3Ex()%3C/script%3E").body();
    assertThat(search).contains("value=\"&quot;&gt;&lt;script&gt;x()&lt;/script&gt;\"").doesNotContain("<script>x()");
    String solve = page("/solve?game=%22%3E%3Cscript%3Ey()%3C/script%3E").body();
    assertThat(solve).contains("&quot;&gt;&lt;script&gt;y()").doesNotContain("<script>y()");
  }

  @Test
  void unknownRunsAreHtml404sAndRunsAreListedWithTheirPages() {
    Reply missing = http.get("/runs/%3Cb%3E");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.body()).contains("&lt;b&gt;").doesNotContain("<b>");
    assertThat(http.get("/runs/999999").status()).isEqualTo(404);

    long id = http.submit("{\"kind\":\"solve\",\"game\":\"matching_pennies\",\"solver\":\"lp\"}");
    assertThat(http.awaitFinal(id).path("status").asText()).isEqualTo("completed");
    String runs = page("/runs").body();
    assertThat(runs).contains("href=\"/runs/" + id + "\">Run " + id + "</a>", "\u2714 completed",
        "data-action=\"delete\" data-id=\"" + id + "\"");
    assertThat(page("/runs/" + id).body()).contains("<h1>Run " + id + ":", "data-status=\"completed\"", "matching_pennies");
  }

  @Test
  void aRunningRunOffersCancelAndACancelledOneOffersResume() {
    long id = http.submit("{\"kind\":\"solve\",\"game\":\"leduc_poker\",\"solver\":\"cfr+(iterations=100000000)\"}");
    http.awaitRunning(id);
    String running = page("/runs").body();
    assertThat(running).contains("data-action=\"cancel\" data-id=\"" + id + "\">Cancel run " + id + "</button>", "\u25b6 running")
        .doesNotContain("data-action=\"delete\" data-id=\"" + id + "\"");
    assertThat(page("/runs/" + id).body()).contains("data-status=\"running\"", ">Cancel run " + id + "<");
    assertThat(http.method("POST", "/api/jobs/" + id + "/cancel").status()).isEqualTo(202);
    assertThat(http.awaitFinal(id).path("status").asText()).isEqualTo("cancelled");
    assertThat(page("/runs/" + id).body()).contains(">Resume run " + id + "<", ">Delete run " + id + "<")
        .doesNotContain(">Cancel run " + id + "<");
  }

  private static int count(String text, String needle) {
    Matcher matcher = Pattern.compile(Pattern.quote(needle)).matcher(text);
    int n = 0;
    while (matcher.find()) {
      n++;
    }
    return n;
  }
}

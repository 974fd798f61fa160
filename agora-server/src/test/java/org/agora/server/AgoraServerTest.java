package org.agora.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.agora.server.ServerFixture.Reply;
import org.agora.store.RunStatus;
import org.agora.store.TournamentStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON API over HTTP, against a server on a free loopback port. */
class AgoraServerTest {

  private static final String LONG_SOLVE = "{\"kind\":\"solve\",\"game\":\"leduc_poker\",\"solver\":\"cfr+(iterations=100000000)\"}";
  private static final String RPS_NFG = "NFG 1 R \"rps\" { \"P1\" \"P2\" } { { \"R\" \"P\" \"S\" } { \"R\" \"P\" \"S\" } }\n"
      + "0 0 -1 1 1 -1 1 -1 0 0 -1 1 -1 1 1 -1 0 0\n";
  private static final String ENTRY_EFG = "EFG 2 R \"Entry game\" { \"Entrant\" \"Incumbent\" }\n\"\"\n\n"
      + "p \"\" 1 1 \"\" { \"In\" \"Out\" } 0\np \"\" 2 1 \"\" { \"Fight\" \"Accommodate\" } 0\n"
      + "t \"\" 1 \"\" { -1 -1 }\nt \"\" 2 \"\" { 1 1 }\nt \"\" 3 \"\" { 0 2 }\n";

  @TempDir
  static Path directory;
  static TournamentStore store;
  static ServerFixture http;

  @BeforeAll
  static void start() {
    store = TournamentStore.open("jdbc:sqlite:" + directory.resolve("agora.db"));
    ServerConfig config = ServerConfig.defaults().withPort(0).withMatchBudget(1_000).withMaxBodyBytes(64 * 1024);
    http = new ServerFixture(new AgoraServer(config, new InMemoryRunRepository(), store));
  }

  @AfterAll
  static void stop() {
    http.close();
    store.close();
  }

  @Test
  void everyRouteIsInTheOpenApiDocument() {
    Reply yaml = http.get("/api/openapi.yaml");
    assertThat(yaml.status()).isEqualTo(200);
    List<String> sections = List.of(yaml.body().split("\n  (?=/)"));
    for (AgoraServer.Route route : http.server.routes()) {
      String section = sections.stream().filter(s -> s.startsWith(route.path() + ":\n")).findFirst()
          .orElseThrow(() -> new AssertionError("openapi.yaml lacks " + route.path()));
      assertThat(section).as(route.toString()).contains("\n    " + route.method().toLowerCase() + ":");
    }
    assertThat(http.server.routes()).hasSizeGreaterThanOrEqualTo(12);
  }

  @Test
  void servesTheIndexPageAndStaticAssets() {
    Reply index = http.get("/");
    assertThat(index.status()).isEqualTo(200);
    assertThat(index.contentType()).startsWith("text/html");
    assertThat(index.body()).contains("/api/openapi.yaml", "/api/jobs/{id}/events");
    assertThat(http.get("/style.css").status()).isEqualTo(200);
    assertThat(http.get("/../../etc/passwd").status()).isIn(400, 404);
    Reply missing = http.get("/no-such-page.html");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.error()).contains("no such page");
  }

  @Test
  void listsAndSearchesTheCatalogue() {
    JsonNode all = http.get("/api/games").json();
    assertThat(all.size()).isGreaterThan(20);
    JsonNode poker = http.get("/api/games?q=POKER").json();
    assertThat(poker.size()).isLessThan(all.size()).isGreaterThan(0);
    List<String> names = new ArrayList<>();
    poker.forEach(game -> names.add(game.get("name").asText()));
    assertThat(names).contains("kuhn_poker", "leduc_poker");
    JsonNode kuhn = poker.findParent("name");
    assertThat(kuhn.has("parameters")).isTrue();
    assertThat(names).doesNotContain("nfg", "efg");
  }

  @Test
  void describesAnExtensiveGameWithItsTreeAndANormalFormGameWithItsMatrix() {
    JsonNode kuhn = http.get("/api/games/kuhn_poker").json();
    assertThat(kuhn.get("players").asInt()).isEqualTo(2);
    assertThat(kuhn.at("/type/information").asText()).isEqualTo("imperfect");
    assertThat(kuhn.at("/tree/enumerated").asBoolean()).isTrue();
    assertThat(kuhn.at("/tree/nodes").asLong()).isEqualTo(58);
    JsonNode three = http.get("/api/games/kuhn_poker(players%3D3)").json();
    assertThat(three.get("players").asInt()).isEqualTo(3);
    JsonNode matrix = http.get("/api/games/matrix(payoffs%3D%221%20-1;-1%201%22)").json();
    assertThat(matrix.at("/normalForm/profiles").asInt()).isEqualTo(4);
    assertThat(matrix.at("/normalForm/payoffs").size()).isEqualTo(4);
  }

  @Test
  void describesAGameStringAndUploadsAGambitFile() {
    Reply described = http.postJson("/api/games", "{\"game\":\"kuhn_poker(players=3)\"}");
    assertThat(described.status()).isEqualTo(201);
    assertThat(described.json().get("name").asText()).isEqualTo("kuhn_poker(players=3)");

    Reply uploaded = http.post("/api/games", "text/plain", RPS_NFG);
    assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
    String id = uploaded.json().get("id").asText();
    assertThat(id).startsWith("upload-");
    assertThat(uploaded.json().at("/normalForm/payoffs").size()).isEqualTo(9);
    assertThat(http.get("/api/games/" + id).json().at("/normalForm/strategies/0/1").asText()).isEqualTo("P");

    long solve = http.submit("{\"kind\":\"solve\",\"gameId\":\"" + id + "\",\"solver\":\"lp\"}");
    assertThat(http.awaitFinal(solve).get("status").asText()).isEqualTo("completed");
    assertThat(http.get("/api/jobs/" + solve + "/result").json().at("/profiles/0/strategies/0/0").asDouble())
        .isCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void aTournamentAndAPsroRunPlayAnUploadedGame() {
    String id = http.post("/api/games", "text/plain", RPS_NFG).json().get("id").asText();
    long tournament = http.submit("{\"kind\":\"tournament\",\"gameId\":\"" + id + "\","
        + "\"agents\":[\"random\",\"random\"],\"matchesPerPairing\":30,\"seed\":5}");
    JsonNode played = http.awaitFinal(tournament);
    assertThat(played.get("status").asText()).as(played.toString()).isEqualTo("completed");
    assertThat(played.at("/spec/gameId").asText()).isEqualTo(id);
    assertThat(played.at("/spec/game").isMissingNode()).isTrue();
    assertThat(played.get("title").asText()).contains(id);
    JsonNode result = http.get("/api/jobs/" + tournament + "/result").json();
    assertThat(result.get("matches").asLong()).isEqualTo(30);
    assertThat(store.matches(played.get("tournamentId").asLong())).hasSize(30);
    assertThat(store.tournament(played.get("tournamentId").asLong()).spec().game()).isEqualTo(id);

    long psro = http.submit("{\"kind\":\"psro\",\"gameId\":\"" + id + "\",\"iterations\":3}");
    JsonNode psroRun = http.awaitFinal(psro);
    assertThat(psroRun.get("status").asText()).as(psroRun.toString()).isEqualTo("completed");
    assertThat(psroRun.at("/spec/gameId").asText()).isEqualTo(id);
    assertThat(http.get("/api/jobs/" + psro + "/result").body()).contains("iterations");

    // the pages send an upload's id as "game": it is taken as the upload and recorded as gameId
    long fromPage = http.submit("{\"kind\":\"tournament\",\"game\":\"" + id + "\",\"agents\":[\"random\",\"random\"],"
        + "\"matchesPerPairing\":2}");
    JsonNode pageRun = http.awaitFinal(fromPage);
    assertThat(pageRun.get("status").asText()).as(pageRun.toString()).isEqualTo("completed");
    assertThat(pageRun.at("/spec/gameId").asText()).isEqualTo(id);
    long solveFromPage = http.submit("{\"kind\":\"solve\",\"game\":\"" + id + "\",\"solver\":\"lp\"}");
    assertThat(http.awaitFinal(solveFromPage).get("status").asText()).isEqualTo("completed");
  }

  @Test
  void jobsOnUploadsAreCheckedAsOnRegisteredGames() {
    String id = http.post("/api/games", "text/plain", RPS_NFG).json().get("id").asText();
    String threePlayers = http.post("/api/games", "text/plain",
        "NFG 1 R \"three\" { \"A\" \"B\" \"C\" } { 1 1 1 }\n1 2 3\n").json().get("id").asText();
    assertBad(http.postJson("/api/jobs", "{\"kind\":\"tournament\",\"gameId\":\"" + id + "\","
        + "\"agents\":[\"random\",\"random\",\"random\"],\"matchesPerPairing\":1000}"), 400, "match budget");
    assertBad(http.postJson("/api/jobs", "{\"kind\":\"tournament\",\"gameId\":\"" + threePlayers + "\","
        + "\"agents\":[\"random\",\"random\",\"random\"]}"), 400, "two-player");
    // an agent that cannot play the uploaded game is refused before anything is queued
    assertBad(http.postJson("/api/jobs", "{\"kind\":\"tournament\",\"gameId\":\"" + id + "\","
        + "\"agents\":[\"random\",\"alphabeta\"]}"), 400, "alphabeta");
    assertBad(http.postJson("/api/jobs", "{\"kind\":\"psro\",\"gameId\":\"" + threePlayers + "\"}"), 400, "two-player");
    assertBad(http.postJson("/api/jobs", "{\"kind\":\"tournament\",\"gameId\":\"" + id + "\","
        + "\"agents\":[\"random\",\"no_such_bot\"]}"), 400, "no_such_bot");
    assertBad(http.postJson("/api/jobs", "{\"kind\":\"tournament\",\"gameId\":\"" + id + "\",\"game\":\"kuhn_poker\","
        + "\"agents\":[\"random\",\"random\"]}"), 400, "not both");
    assertBad(http.postJson("/api/jobs", "{\"kind\":\"psro\",\"gameId\":\"kuhn_poker\"}"), 400, "upload-N");
    assertBad(http.postJson("/api/jobs", "{\"kind\":\"tournament\",\"gameId\":\"upload-987654\","
        + "\"agents\":[\"random\",\"random\"]}"), 404, "no uploaded game 'upload-987654'");
    assertBad(http.postJson("/api/jobs", "{\"kind\":\"psro\",\"gameId\":\"upload-987654\"}"), 404, "no uploaded game");
    assertBad(http.get("/api/games/upload-987654"), 404, "no uploaded game");
    assertBad(http.get("/api/games/upload-x1"), 404, "no uploaded game");
  }

  @Test
  void listsTheUploadsNewestFirstAndShowsThemInTheCatalogue() {
    String older = http.post("/api/games", "text/plain", RPS_NFG).json().get("id").asText();
    String newer = http.post("/api/games", "text/plain", ENTRY_EFG).json().get("id").asText();
    Reply listed = http.get("/api/uploads");
    assertThat(listed.status()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    listed.json().forEach(upload -> ids.add(upload.get("id").asText()));
    assertThat(ids).containsSubsequence(newer, older);
    JsonNode entry = listed.json().get(ids.indexOf(newer));
    assertThat(entry.get("title").asText()).isEqualTo("Entry game");
    assertThat(entry.get("format").asText()).isEqualTo("efg");
    assertThat(entry.get("players").asInt()).isEqualTo(2);
    assertThat(java.time.Instant.parse(entry.get("createdAt").asText())).isBeforeOrEqualTo(java.time.Instant.now());
    assertThat(listed.json().get(ids.indexOf(older)).get("format").asText()).isEqualTo("nfg");

    Reply catalogue = http.get("/games");
    assertThat(catalogue.body()).contains("<h2 id=\"uploads-heading\">Uploaded games</h2>",
        "href=\"/games/" + newer + "\"", "Entry game");
    Reply page = http.get("/games/" + newer);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("Solve this game", "Tournament on this game");
    assertThat(http.get("/games/upload-987654").status()).isEqualTo(404);
  }

  @Test
  void refusesBadUploadsWithTheirLineAndColumn() {
    Reply bad = http.post("/api/games", "text/plain", "NFG 1 R \"x\" { \"A\" \"B\" }\n{ { \"a\" } { \"b\" } }\n1 2 oops\n");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.error()).matches("upload:\\d+:\\d+: .*").doesNotContain("\n");
    Reply notGambit = http.post("/api/games", "text/plain", "hello");
    assertThat(notGambit.status()).isEqualTo(400);
    assertThat(notGambit.error()).startsWith("upload:1:1");
    Reply wrongType = http.post("/api/games", "application/xml", "<game/>");
    assertThat(wrongType.status()).isEqualTo(415);
    Reply noType = http.post("/api/jobs", null, "{}");
    assertThat(noType.status()).isEqualTo(415);
    Reply huge = http.post("/api/games", "text/plain", "NFG 1 R \"x\" " + "x".repeat(70 * 1024));
    assertThat(huge.status()).isEqualTo(413);
    assertThat(huge.error()).contains("limit");
    Reply empty = http.post("/api/games", "text/plain", "");
    assertThat(empty.status()).isEqualTo(400);
  }

  @Test
  void anOversizedBodyIsAnswered413EveryTimeWithOrWithoutADeclaredLength() {
    // answered before the body was read, the 413 once raced the client's writing (a broken pipe, no answer)
    byte[] oversized = ("NFG 1 R \"x\" " + "x".repeat(200 * 1024)).getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < 20; i++) {
      Reply declared = http.send(http.builder("/api/games").header("Content-Type", "text/plain")
          .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(oversized)));
      assertThat(declared.status()).isEqualTo(413);
      Reply chunked = http.send(http.builder("/api/games").header("Content-Type", "text/plain")
          .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(oversized))));
      assertThat(chunked.status()).isEqualTo(413);
      assertThat(chunked.error()).contains("over the limit");
    }
    assertThat(http.get("/api/games/kuhn_poker").status()).isEqualTo(200);
  }

  @Test
  void refusesBadJobRequestsWithOneLine() {
    assertBad(http.postJson("/api/jobs", "{\"kind\":\"solve\","), 400, "malformed JSON");
    assertBad(http.postJson("/api/jobs", "[1,2]"), 400, "kind");
    assertBad(http.postJson("/api/jobs", "{\"kind\":\"train\"}"), 400, "unknown job kind 'train'");
    assertBad(http.postJson("/api/jobs", "{\"kind\":\"solve\",\"game\":\"no_such_game\",\"solver\":\"cfr\"}"),
        400, "unknown game 'no_such_game'");
    assertBad(http.postJson("/api/jobs", "{\"kind\":\"solve\",\"game\":\"kuhn_poker\",\"solver\":\"cfr+(iterations=-5)\"}"),
        400, "iterations");
    assertBad(http.postJson("/api/jobs", "{\"kind\":\"solve\",\"game\":\"kuhn_poker(players=99)\",\"solver\":\"cfr\"}"),
        400, "players");
    assertBad(http.postJson("/api/jobs", "{\"kind\":\"solve\",\"game\":\"kuhn_poker\",\"solver\":\"cfr\",\"extra\":1}"),
        400, "unknown field 'extra'");
    assertBad(http.postJson("/api/jobs", "{\"kind\":\"solve\",\"game\":\"kuhn_poker\",\"solver\":\"cfr\","
        + "\"limits\":{\"max_nodes\":999999999999}}"), 400, "server's limit");
    assertBad(http.postJson("/api/jobs", "{\"kind\":\"tournament\",\"game\":\"repeated_rock_paper_scissors\","
        + "\"agents\":[\"randbot\",\"rockbot\",\"greenberg\"],\"matchesPerPairing\":1000}"), 400, "match budget");
    assertBad(http.postJson("/api/jobs", "{\"kind\":\"tournament\",\"game\":\"repeated_rock_paper_scissors\","
        + "\"agents\":[\"no_such_bot\"]}"), 400, "no_such_bot");
    assertBad(http.postJson("/api/jobs", "{\"kind\":\"psro\",\"game\":\"kuhn_poker\",\"iterations\":\"ten\"}"),
        400, "whole number");
  }

  @Test
  void refusesStringsThatNameFiles() {
    assertBad(http.get("/api/games/matrix(file%3D%2Fetc%2Fpasswd)"), 400, "names a file");
    assertBad(http.get("/api/games/nfg(file%3D..%2F..%2Fsecret.nfg)"), 400, "names a file");
    assertBad(http.postJson("/api/games", "{\"game\":\"efg(file=/tmp/x.efg)\"}"), 400, "names a file");
    assertBad(http.postJson("/api/jobs", "{\"kind\":\"solve\",\"game\":\"repeated(stage=matrix(file=/etc/hosts))\","
        + "\"solver\":\"lp\"}"), 400, "names a file");
    assertBad(http.postJson("/api/jobs", "{\"kind\":\"tournament\",\"game\":\"repeated_rock_paper_scissors\","
        + "\"agents\":[\"randbot\",\"policy(file=/etc/passwd)\"]}"), 400, "names a file");
    assertBad(http.postJson("/api/jobs", "{\"kind\":\"solve\",\"gameId\":\"upload-../../etc/passwd\",\"solver\":\"lp\"}"),
        404, "no uploaded game");
  }

  @Test
  void answersUnknownIdsMethodsAndPathsWithJson() {
    assertBad(http.get("/api/jobs/999999"), 404, "no job 999999");
    assertBad(http.get("/api/jobs/..%2F..%2Fetc%2Fpasswd"), 404, "no job");
    assertBad(http.get("/api/jobs/-3/result"), 404, "no job");
    assertBad(http.get("/api/jobs/abc/events"), 404, "no job 'abc'");
    assertBad(http.method("POST", "/api/jobs/999999/cancel"), 404, "no job");
    assertBad(http.delete("/api/jobs/999999"), 404, "no job");
    assertBad(http.get("/api/games/upload-12345"), 404, "no uploaded game");
    assertBad(http.method("PUT", "/api/jobs"), 405, "PUT is not allowed");
    assertBad(http.get("/api/nothing"), 404, "no such page");
    assertBad(http.get("/api/jobs?status=sleeping"), 400, "unknown status");
    assertBad(http.get("/api/jobs?limit=0"), 400, "limit");
  }

  @Test
  void solvesKuhnPokerWithCfrPlusAndStreamsItsProgress() throws Exception {
    long id = http.submit("{\"kind\":\"solve\",\"game\":\"kuhn_poker\",\"solver\":\"cfr+(iterations=3000)\"}");
    HttpResponse<InputStream> stream = http.client.send(http.builder("/api/jobs/" + id + "/events").GET().build(),
        HttpResponse.BodyHandlers.ofInputStream());
    assertThat(stream.statusCode()).isEqualTo(200);
    assertThat(stream.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
    List<String> events = new ArrayList<>();
    List<JsonNode> progress = new ArrayList<>();
    String finalData = null;
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
      String event = null;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.startsWith("event: ")) {
          event = line.substring(7);
          events.add(event);
        } else if (line.startsWith("data: ") && "status".equals(event)) {
          finalData = line.substring(6);
        } else if (line.startsWith("data: ") && "progress".equals(event)) {
          progress.add(ServerFixture.MAPPER.readTree(line.substring(6)));
        }
      }
    }
    assertThat(events).contains("progress").last().isEqualTo("status");
    JsonNode lastProgress = progress.get(progress.size() - 1);
    assertThat(lastProgress.get("done").asLong()).isEqualTo(3000);
    assertThat(lastProgress.get("total").asLong()).isEqualTo(3000);
    for (int i = 1; i < progress.size(); i++) {
      assertThat(progress.get(i).get("done").asLong()).isGreaterThanOrEqualTo(progress.get(i - 1).get("done").asLong());
    }
    JsonNode last = ServerFixture.MAPPER.readTree(finalData);
    assertThat(last.get("status").asText()).isEqualTo("completed");
    assertThat(last.at("/progress/done").asLong()).isEqualTo(3000);
    JsonNode result = http.get("/api/jobs/" + id + "/result").json();
    assertThat(result.get("kind").asText()).isEqualTo("solve");
    assertThat(result.get("nashConv").asDouble()).isLessThan(0.01);
    assertThat(result.at("/curve/points").size()).isGreaterThan(1);
    assertThat(result.get("policy").size()).isGreaterThan(0);
  }

  @Test
  void aRunningSolveShowsItsCurveLiveAndStreamsItsPoints() throws Exception {
    long id = http.submit("{\"kind\":\"solve\",\"game\":\"leduc_poker\","
        + "\"solver\":\"cfr+(iterations=100000000,sample_every=3)\"}");
    JsonNode live = awaitLive(id, json -> json.get("series").size() > 0 && json.at("/series/0/x").size() >= 2);
    JsonNode series = live.at("/series/0");
    assertThat(series.get("series").asText()).isEqualTo("exploitability");
    assertThat(series.get("x").get(0).asDouble()).isEqualTo(3.0);
    assertThat(series.get("x").get(1).asDouble()).isEqualTo(6.0);
    assertThat(series.get("y").get(0).asDouble()).isPositive();
    assertThat(live.get("standings").isNull()).isTrue();

    HttpResponse<InputStream> stream = http.client.send(http.builder("/api/jobs/" + id + "/events").GET().build(),
        HttpResponse.BodyHandlers.ofInputStream());
    JsonNode first = null;
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
      String event = null;
      for (String line = reader.readLine(); line != null && first == null; line = reader.readLine()) {
        if (line.startsWith("event: ")) {
          event = line.substring(7);
        } else if (line.startsWith("data: ") && "points".equals(event)) {
          first = ServerFixture.MAPPER.readTree(line.substring(6));
        }
      }
    }
    assertThat(first).isNotNull();
    assertThat(first.get("series").asText()).isEqualTo("exploitability");
    assertThat(first.get("reset").asBoolean()).isTrue(); // a new stream starts with the whole series
    assertThat(first.get("x").get(0).asDouble()).isEqualTo(3.0);
    http.method("POST", "/api/jobs/" + id + "/cancel");
    assertThat(http.awaitFinal(id).get("status").asText()).isEqualTo("cancelled");
    assertThat(http.get("/api/jobs/" + id + "/live").json().get("series").size()).isZero();
  }

  @Test
  void aRunningTournamentShowsItsStandingsSoFar() {
    long id = http.submit("{\"kind\":\"tournament\",\"game\":\"repeated_rock_paper_scissors(rounds=1000)\","
        + "\"agents\":[\"greenberg\",\"iocainebot\",\"rockbot\"],\"matchesPerPairing\":330,\"seed\":1}");
    JsonNode live = awaitLive(id, json -> !json.get("standings").isNull());
    JsonNode standings = live.get("standings");
    assertThat(standings.get("partial").asBoolean()).isTrue();
    assertThat(standings.get("matches").asLong()).isPositive().isLessThan(990);
    assertThat(standings.get("metrics").size()).isEqualTo(3);
    assertThat(standings.at("/crossTable/agents").size()).isEqualTo(3);
    http.method("POST", "/api/jobs/" + id + "/cancel");
    assertThat(http.awaitFinal(id).get("status").asText()).isEqualTo("cancelled");
    assertThat(http.get("/api/jobs/" + id + "/live").json().get("standings").isNull()).isTrue();
    assertBad(http.get("/api/jobs/999999/live"), 404, "no job 999999");
  }

  private JsonNode awaitLive(long id, java.util.function.Predicate<JsonNode> ready) {
    for (int i = 0; i < 1200; i++) {
      JsonNode live = http.get("/api/jobs/" + id + "/live").json();
      if (ready.test(live)) {
        return live;
      }
      assertThat(live.get("status").asText()).as(live.toString()).isIn("queued", "running");
      ServerFixture.sleep(50);
    }
    throw new AssertionError("job " + id + " showed nothing live within a minute");
  }

  @Test
  void runsASmallRrpsTournamentAndStoresItsMatches() {
    Reply submitted = http.postJson("/api/jobs", "{\"kind\":\"tournament\",\"game\":\"repeated_rock_paper_scissors(rounds=100)\","
        + "\"agents\":[\"randbot\",\"rockbot\",\"greenberg\"],\"matchesPerPairing\":4,\"seed\":7}");
    assertThat(submitted.status()).isEqualTo(202);
    assertThat(submitted.json().at("/progress/total").asLong()).as("known from the start").isEqualTo(12);
    long id = submitted.json().get("id").asLong();
    JsonNode job = http.awaitFinal(id);
    assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("completed");
    assertThat(job.at("/progress/done").asLong()).isEqualTo(12);
    assertThat(job.at("/progress/total").asLong()).isEqualTo(12);
    JsonNode result = http.get("/api/jobs/" + id + "/result").json();
    assertThat(result.get("matches").asLong()).isEqualTo(12);
    assertThat(result.at("/crossTable/agents").size()).isEqualTo(3);
    assertThat(result.at("/crossTable/meanReturns").size()).isEqualTo(3);
    assertThat(result.at("/crossTable/matches/0/1").asLong()).isEqualTo(4);
    assertThat(result.get("metrics").size()).isEqualTo(3);
    assertThat(result.at("/metrics/0/agent").asText()).isEqualTo("greenberg");
    JsonNode ratings = result.get("ratings");
    assertThat(ratings).hasSize(3);
    assertThat(ratings.get(0).get("agent").asText()).isEqualTo("randbot");
    double nashMass = 0;
    double alphaMass = 0;
    for (JsonNode rating : ratings) {
      assertThat(rating.get("elo").isNumber()).isTrue();
      assertThat(rating.get("glicko2Deviation").asDouble()).isPositive();
      assertThat(rating.get("nashRating").asDouble()).isLessThanOrEqualTo(1e-9);
      nashMass += rating.get("nashWeight").asDouble();
      alphaMass += rating.get("alphaRankMass").asDouble();
    }
    assertThat(nashMass).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(alphaMass).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    // greenberg beats both, so it has the best Elo and all of the Nash mass
    JsonNode greenberg = ratings.get(2);
    assertThat(greenberg.get("elo").asDouble()).isGreaterThan(ratings.get(0).get("elo").asDouble())
        .isGreaterThan(ratings.get(1).get("elo").asDouble());
    assertThat(greenberg.get("nashWeight").asDouble()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    Reply csv = http.get("/api/jobs/" + id + "/result.csv?table=ratings");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.body().split("\r\n")).hasSize(4);
    assertThat(csv.body()).startsWith("agent,elo,glicko2,glicko2Deviation,wengLinMu,wengLinSigma,nashWeight,nashRating,"
        + "alphaRankMass\r\nrandbot,");
    long tournament = job.get("tournamentId").asLong();
    assertThat(store.matches(tournament)).hasSize(12);
    JsonNode listed = http.get("/api/jobs?kind=tournament").json();
    assertThat(listed.get(0).get("id").asLong()).isEqualTo(id);
    // kinds the CLI records in the same store filter too (none here); an unknown one is refused
    assertThat(http.get("/api/jobs?kind=bandit-multiplayer").json()).isEmpty();
    assertBad(http.get("/api/jobs?kind=bogus"), 400, "unknown kind 'bogus'; allowed: solve, tournament, psro,");
  }

  @Test
  void aTreeOverTheNodeLimitIsRefusedAtOnceOrFailsTheJobWithOneLine() {
    assertBad(http.postJson("/api/jobs", "{\"kind\":\"solve\",\"game\":\"leduc_poker\",\"solver\":\"cfr\","
        + "\"limits\":{\"max_nodes\":1000}}"), 400, "more than 1000 nodes (max_nodes");
    long fits = http.submit("{\"kind\":\"solve\",\"game\":\"kuhn_poker\",\"solver\":\"cfr(iterations=10)\","
        + "\"limits\":{\"max_nodes\":100}}");
    assertThat(http.awaitFinal(fits).get("status").asText()).isEqualTo("completed");
    // over the size a request enumerates at once (the description limit), the job measures the tree
    ServerConfig config = new ServerConfig(ServerConfig.LOOPBACK, 0, null, 1, 4, 1000, 10, 1 << 16, 100,
        org.agora.core.solve.SolveLimits.defaults());
    try (ServerFixture small = new ServerFixture(new AgoraServer(config, new InMemoryRunRepository(), null))) {
      long id = small.submit("{\"kind\":\"solve\",\"game\":\"leduc_poker\",\"solver\":\"cfr\","
          + "\"limits\":{\"max_nodes\":1000}}");
      JsonNode job = small.awaitFinal(id);
      assertThat(job.get("status").asText()).isEqualTo("failed");
      assertThat(job.get("error").asText()).contains("more than 1000 nodes").doesNotContain("\n");
      assertBad(small.get("/api/jobs/" + id + "/result"), 409, "failed");
    }
  }

  @Test
  void runsPsro() {
    long id = http.submit("{\"kind\":\"psro\",\"game\":\"kuhn_poker\",\"iterations\":3}");
    JsonNode job = http.awaitFinal(id);
    assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("completed");
    JsonNode result = http.get("/api/jobs/" + id + "/result").json();
    assertThat(result.get("iterations").size()).isEqualTo(4);
    assertThat(result.get("metaStrategy").size()).isEqualTo(2);
  }

  @Test
  void cancelsALongJobThenDeletesIt() {
    long id = http.submit(LONG_SOLVE);
    http.awaitRunning(id);
    assertBad(http.delete("/api/jobs/" + id), 409, "cancel it before deleting");
    assertBad(http.get("/api/jobs/" + id + "/result"), 409, "no result");
    Reply cancel = http.method("POST", "/api/jobs/" + id + "/cancel");
    assertThat(cancel.status()).isEqualTo(202);
    JsonNode job = http.awaitFinal(id);
    assertThat(job.get("status").asText()).isEqualTo("cancelled");
    assertBad(http.method("POST", "/api/jobs/" + id + "/cancel"), 409, "already cancelled");
    assertThat(http.delete("/api/jobs/" + id).status()).isEqualTo(204);
    assertBad(http.get("/api/jobs/" + id), 404, "no job");
  }

  @Test
  void aJobCancelledAsItIsHandedToANewWorkerEndsCancelled() {
    // the first job of a pool starts a worker thread; cancelled before that thread ran it, it once stayed queued
    ServerConfig config = ServerConfig.defaults().withPort(0).withWorkers(1, 1);
    for (int i = 0; i < 12; i++) {
      try (ServerFixture small = new ServerFixture(new AgoraServer(config, new InMemoryRunRepository(), null))) {
        long id = small.submit(LONG_SOLVE);
        small.method("POST", "/api/jobs/" + id + "/cancel");
        assertThat(small.awaitFinal(id).get("status").asText()).isEqualTo("cancelled");
      }
    }
  }

  @Test
  void aFullQueueIsRefusedWith503() {
    ServerConfig config = ServerConfig.defaults().withPort(0).withWorkers(1, 1);
    try (ServerFixture small = new ServerFixture(new AgoraServer(config, new InMemoryRunRepository(), null))) {
      long running = small.submit(LONG_SOLVE);
      long waiting = small.submit(LONG_SOLVE);
      Reply refused = small.postJson("/api/jobs", LONG_SOLVE);
      assertBad(refused, 503, "queue is full");
      assertThat(small.get("/api/jobs").json().size()).isEqualTo(2);
      small.method("POST", "/api/jobs/" + waiting + "/cancel");
      assertThat(small.get("/api/jobs/" + waiting).json().get("status").asText()).isEqualTo("cancelled");
      small.method("POST", "/api/jobs/" + running + "/cancel");
      assertThat(small.awaitFinal(running).get("status").asText()).isEqualTo("cancelled");
    }
  }

  @Test
  void stoppingTheServerInterruptsRunningJobsAndATournamentResumesAfterARestart() {
    InMemoryRunRepository runs = new InMemoryRunRepository();
    ServerConfig config = ServerConfig.defaults().withPort(0);
    String tournament = "{\"kind\":\"tournament\",\"game\":\"repeated_rock_paper_scissors(rounds=300)\","
        + "\"agents\":[\"randbot\",\"rockbot\",\"greenberg\",\"iocainebot\"],\"matchesPerPairing\":100}";
    long solve;
    long played;
    try (ServerFixture first = new ServerFixture(new AgoraServer(config, runs, store))) {
      solve = first.submit(LONG_SOLVE);
      played = first.submit(tournament);
      first.awaitRunning(played);
    }
    assertThat(runs.get(solve).orElseThrow().status()).isEqualTo(RunStatus.INTERRUPTED);
    RunRecord interrupted = runs.get(played).orElseThrow();
    assertThat(interrupted.status()).isEqualTo(RunStatus.INTERRUPTED);
    assertThat(interrupted.done()).isLessThan(600);
    try (ServerFixture second = new ServerFixture(new AgoraServer(config, runs, store))) {
      assertThat(second.get("/api/jobs?status=interrupted").json().size()).isEqualTo(2);
      Reply resumed = second.method("POST", "/api/jobs/" + played + "/resume");
      assertThat(resumed.status()).as(resumed.body()).isEqualTo(202);
      assertBad(second.method("POST", "/api/jobs/" + played + "/resume"), 409, "only interrupted or cancelled");
      JsonNode job = second.awaitFinal(played);
      assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("completed");
      assertThat(second.get("/api/jobs/" + played + "/result").json().get("matches").asLong()).isEqualTo(600);
      assertThat(store.matches(interrupted.tournamentId())).hasSize(600);
    }
  }

  @Test
  void aTokenIsRequiredOffLoopbackAndCheckedOnEveryRequest() {
    assertThatThrownBy(() -> ServerConfig.defaults().withHost("0.0.0.0", null))
        .hasMessageContaining("needs --token");
    assertThatThrownBy(() -> ServerConfig.defaults().withHost("127.0.0.1", "short")).hasMessageContaining("8 characters");
    ServerConfig config = ServerConfig.defaults().withPort(0).withHost("127.0.0.1", "s3cret-token");
    try (ServerFixture guarded = new ServerFixture(new AgoraServer(config, new InMemoryRunRepository(), null))) {
      assertBad(guarded.get("/api/games"), 401, "bearer token");
      assertBad(guarded.get("/"), 401, "bearer token");
      guarded.token = "s3cret-tokeX";
      assertBad(guarded.get("/api/jobs"), 401, "bearer token");
      guarded.token = "s3cret-token";
      assertThat(guarded.get("/api/jobs").status()).isEqualTo(200);
      assertThat(guarded.get("/").status()).isEqualTo(200);
    }
  }

  private static void assertBad(Reply reply, int status, String fragment) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(status);
    assertThat(reply.contentType()).startsWith("application/json");
    assertThat(reply.error()).as(reply.body()).contains(fragment).doesNotContain("\n").doesNotContain("Exception");
  }
}

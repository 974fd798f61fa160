package org.agora.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.agora.core.AgentProvider;
import org.agora.core.AgentRegistry;
import org.agora.core.Game;
import org.agora.core.ParameterSpec;
import org.agora.core.normalform.NormalFormGame;
import org.agora.core.solve.SolverProvider;
import org.agora.core.solve.SolverRegistry;
import org.agora.store.RunStatus;

/**
 * The workbench's HTML pages, rendered on the server with every value escaped ({@link Html#text}):
 * home, game catalogue with search, a game (payoff matrix with pure Nash equilibria marked by a
 * symbol, or the tree's sizes), the solve and tournament forms, the run history and one run. The
 * forms and live views are driven by {@code /app.js} over the JSON API; the pages use real links,
 * buttons and labels so that they work from the keyboard, and mark states with words and symbols,
 * not colour alone. A client mistake (an unknown game, a bad id) is an HTML page with its 4xx status.
 */
final class Pages {

  /** The game the tournament form proposes. */
  static final String DEFAULT_TOURNAMENT_GAME = "repeated_rock_paper_scissors(rounds=100)";
  private static final List<String> DEFAULT_AGENTS = List.of("randbot", "rockbot", "greenberg");

  private static final ObjectMapper MAPPER = JsonMapper.builder().build();

  private final GameCatalog games;
  private final JobService jobs;

  Pages(GameCatalog games, JobService jobs) {
    this.games = games;
    this.jobs = jobs;
  }

  /** A page handler; client mistakes become an HTML error page. */
  interface PageHandler {
    String render(Context ctx);
  }

  void serve(Context ctx, PageHandler handler) {
    String body;
    int status = 200;
    try {
      body = handler.render(ctx);
    } catch (ApiException e) {
      status = e.status();
      body = errorPage(e.status(), e.getMessage());
    } catch (IllegalArgumentException e) { // GameSpecException too
      status = 400;
      body = errorPage(400, JobRequests.oneLine(e.getMessage()));
    }
    if (status != 200) {
      ctx.attribute(AgoraServer.ERROR_WRITTEN, Boolean.TRUE); // keep the HTML page, not the API's JSON 404
    }
    ctx.status(status).contentType("text/html; charset=utf-8").result(body);
  }

  // ---------------------------------------------------------------- layout

  private static String layout(String title, String page, String current, String content) {
    StringBuilder html = new StringBuilder(4096);
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(Html.text(title)).append(" \u2013 Agora workbench</title>\n")
        .append("<link rel=\"stylesheet\" href=\"/style.css\">\n")
        .append("<script src=\"/app.js\" defer></script>\n</head>\n")
        .append("<body data-page=\"").append(Html.text(page)).append("\">\n")
        .append("<a class=\"skip\" href=\"#main\">Skip to content</a>\n")
        .append("<header><nav aria-label=\"Main\"><ul>\n");
    String[][] links = {{"/", "Home"}, {"/games", "Games"}, {"/solve", "Solve"}, {"/tournament", "Tournament"},
        {"/runs", "Runs"}, {"/api/openapi.yaml", "API"}};
    for (String[] link : links) {
      html.append("<li><a href=\"").append(link[0]).append('"');
      if (link[1].equals(current)) {
        html.append(" aria-current=\"page\"");
      }
      html.append('>').append(link[1]).append("</a></li>\n");
    }
    html.append("</ul></nav></header>\n<main id=\"main\">\n").append(content).append("\n</main>\n</body>\n</html>\n");
    return html.toString();
  }

  String errorPage(int status, String message) {
    return layout("Error " + status, "error", "",
        "<h1>Error " + status + "</h1>\n<p class=\"error\" role=\"alert\">" + Html.text(message) + "</p>\n"
            + "<p><a href=\"/games\">Back to the games</a></p>");
  }

  // ---------------------------------------------------------------- home

  String home(Context ctx) {
    return layout("Home", "home", "Home", """
        <h1>Agora workbench</h1>
        <p>Explore games, run solvers and watch them converge, play tournaments between agents, and find
        every run again later: runs are stored in the database.</p>
        <ul class="cards">
        <li><a href="/games">Game catalogue</a>: search the games, see a payoff matrix or a tree's size.</li>
        <li><a href="/solve">Solve a game</a>: pick a method, watch the convergence curve.</li>
        <li><a href="/tournament">Run a tournament</a>: agents play each other; leaderboard and cross-table.</li>
        <li><a href="/runs">Run history</a>: every solve, tournament and PSRO run, with its result.</li>
        </ul>
        <h2>JSON API</h2>
        <p>Everything the pages do goes through the JSON API, described in
        <a href="/api/openapi.yaml">/api/openapi.yaml</a>.</p>
        <table>
        <caption>API routes</caption>
        <thead><tr><th scope="col">Method</th><th scope="col">Path</th><th scope="col">What</th></tr></thead>
        <tbody>
        <tr><td>GET</td><td><a href="/api/games">/api/games</a>?q=</td><td>the game catalogue, with search</td></tr>
        <tr><td>GET</td><td><a href="/api/games/kuhn_poker">/api/games/{name}</a></td><td>a game: type, players, parameters, payoff matrix or tree size</td></tr>
        <tr><td>GET</td><td><a href="/api/games/kuhn_poker/tree">/api/games/{name}/tree</a>?path=</td><td>one node of a game tree and its children</td></tr>
        <tr><td>POST</td><td>/api/games</td><td>describe a game string, or upload a .nfg/.efg file</td></tr>
        <tr><td>POST</td><td>/api/jobs</td><td>start a solve, tournament or PSRO job</td></tr>
        <tr><td>GET</td><td><a href="/api/jobs">/api/jobs</a></td><td>runs, newest first (?kind=, ?status=, ?limit=)</td></tr>
        <tr><td>GET</td><td>/api/jobs/{id}</td><td>a job's status and progress</td></tr>
        <tr><td>GET</td><td>/api/jobs/{id}/events</td><td>its progress as server-sent events</td></tr>
        <tr><td>GET</td><td>/api/jobs/{id}/result</td><td>its result</td></tr>
        <tr><td>GET</td><td>/api/jobs/{id}/result.csv?table=</td><td>one table of its result as CSV</td></tr>
        <tr><td>GET</td><td>/api/jobs/{id}/result.gambit</td><td>a solve's equilibria as Gambit NE lines</td></tr>
        <tr><td>POST</td><td>/api/jobs/{id}/cancel</td><td>cancel it</td></tr>
        <tr><td>POST</td><td>/api/jobs/{id}/resume</td><td>resume an interrupted or cancelled job</td></tr>
        <tr><td>DELETE</td><td>/api/jobs/{id}</td><td>delete a finished job</td></tr>
        </tbody>
        </table>""");
  }

  // ---------------------------------------------------------------- catalogue

  String catalogue(Context ctx) {
    String query = ctx.queryParam("q");
    JsonNode list = games.list(query);
    StringBuilder html = new StringBuilder();
    html.append("<h1>Games</h1>\n<form class=\"search\" method=\"get\" action=\"/games\" role=\"search\">\n")
        .append("<label for=\"game-search\">Search games</label>\n")
        .append("<input id=\"game-search\" name=\"q\" type=\"search\" value=\"").append(Html.text(query))
        .append("\" placeholder=\"name or description, e.g. poker\">\n<button type=\"submit\">Search</button>\n</form>\n")
        .append("<p id=\"game-count\" aria-live=\"polite\">").append(list.size()).append(list.size() == 1 ? " game" : " games")
        .append(query == null || query.isBlank() ? "" : " matching \u201c" + Html.text(query) + "\u201d").append("</p>\n")
        .append("<table id=\"catalogue\">\n<thead><tr><th scope=\"col\">Game</th><th scope=\"col\">Players</th>")
        .append("<th scope=\"col\">Type</th><th scope=\"col\">Description</th><th scope=\"col\">Actions</th></tr></thead>\n<tbody>\n");
    for (JsonNode game : list) {
      String name = game.path("name").asText();
      String href = "/games/" + Html.urlPart(name);
      html.append("<tr data-search=\"").append(Html.text((name + " " + game.path("description").asText()).toLowerCase(Locale.ROOT)))
          .append("\"><th scope=\"row\"><a href=\"").append(Html.text(href)).append("\">").append(Html.text(name)).append("</a></th>")
          .append("<td>").append(game.has("players") ? game.get("players").asText() : "\u2013").append("</td>")
          .append("<td>").append(Html.text(game.path("needsParameters").asBoolean()
              ? "needs parameters" : game.path("type").path("summary").asText())).append("</td>")
          .append("<td>").append(Html.text(game.path("description").asText())).append("</td><td>");
      if (!game.path("needsParameters").asBoolean()) {
        html.append("<a href=\"/solve?game=").append(Html.text(Html.urlPart(name))).append("\">Solve</a>");
      }
      html.append("</td></tr>\n");
    }
    html.append("</tbody>\n</table>\n");
    uploads(html);
    return layout("Games", "games", "Games", html.toString());
  }

  /** The uploaded games, newest first, each linking to its game page. */
  private void uploads(StringBuilder html) {
    JsonNode uploads = games.listUploads(AgoraServer.MAX_LIST);
    html.append("<h2 id=\"uploads-heading\">Uploaded games</h2>\n")
        .append("<form id=\"upload-form\" class=\"job-form\">\n<p><label for=\"upload-file\">Gambit file (.nfg or .efg)</label>\n")
        .append("<input id=\"upload-file\" name=\"file\" type=\"file\" accept=\".nfg,.efg,text/plain\" required>\n")
        .append("<button type=\"submit\">Upload</button></p>\n")
        .append("<p id=\"upload-error\" class=\"error\" role=\"alert\" hidden></p>\n</form>\n");
    if (uploads.isEmpty()) {
      html.append("<p id=\"no-uploads\">No uploaded games yet: upload one above, or POST a .nfg or .efg file to"
          + " /api/games (Content-Type: text/plain).</p>\n");
      return;
    }
    html.append("<table id=\"uploads\" aria-labelledby=\"uploads-heading\">\n<thead><tr><th scope=\"col\">Game</th>")
        .append("<th scope=\"col\">Title</th><th scope=\"col\">Format</th><th scope=\"col\">Players</th>")
        .append("<th scope=\"col\">Uploaded</th><th scope=\"col\">Actions</th></tr></thead>\n<tbody>\n");
    for (JsonNode upload : uploads) {
      String id = upload.path("id").asText();
      String encoded = Html.text(Html.urlPart(id));
      html.append("<tr><th scope=\"row\"><a href=\"/games/").append(encoded).append("\">").append(Html.text(id))
          .append("</a></th><td>").append(Html.text(upload.path("title").asText())).append("</td><td>")
          .append(Html.text(upload.path("format").asText())).append("</td><td>").append(upload.path("players").asInt())
          .append("</td><td>").append(Html.text(upload.path("createdAt").asText().replace('T', ' ')
              .replaceAll("\\.\\d+Z$", "Z"))).append("</td><td><a href=\"/solve?game=").append(encoded)
          .append("\">Solve</a></td></tr>\n");
    }
    html.append("</tbody>\n</table>\n");
  }

  // ---------------------------------------------------------------- game

  String game(Context ctx) {
    String name = URLDecoder.decode(ctx.pathParam("name"), StandardCharsets.UTF_8);
    Game game = games.resolve(name);
    ObjectNode description = games.describe(game);
    StringBuilder html = new StringBuilder();
    html.append("<h1>").append(Html.text(description.path("name").asText())).append("</h1>\n");
    String providerName = name.contains("(") ? name.substring(0, name.indexOf('(')).trim() : name.trim();
    for (JsonNode entry : games.list(null)) {
      if (entry.path("name").asText().equals(providerName)) {
        html.append("<p class=\"lead\">").append(Html.text(entry.path("description").asText())).append("</p>\n");
      }
    }
    String encoded = Html.text(Html.urlPart(name));
    html.append("<p><a class=\"button\" href=\"/solve?game=").append(encoded).append("\">Solve this game</a> ")
        .append("<a class=\"button\" href=\"/tournament?game=").append(encoded).append("\">Tournament on this game</a> ")
        .append("<a href=\"/api/games/").append(encoded).append("\" download=\"game.json\">Description as JSON</a></p>\n");
    html.append("<h2>Facts</h2>\n<dl class=\"facts\">\n");
    fact(html, "Type", description.path("type").path("summary").asText());
    List<String> players = new ArrayList<>();
    description.path("playerNames").forEach(p -> players.add(p.asText()));
    fact(html, "Players", description.path("players").asText() + " (" + String.join(", ", players) + ")");
    fact(html, "Distinct actions", description.path("actions").asText());
    fact(html, "Utility range", number(description.get("minUtility")) + " to " + number(description.get("maxUtility")));
    fact(html, "Utility sum", description.path("utilitySum").isNull() ? "not constant" : number(description.get("utilitySum")));
    fact(html, "Longest play", description.path("maxGameLength").asText() + " moves");
    StringBuilder parameters = new StringBuilder();
    description.path("parameters").fields().forEachRemaining(field -> {
      if (parameters.length() > 0) {
        parameters.append(", ");
      }
      parameters.append(field.getKey()).append('=').append(field.getValue().asText());
    });
    fact(html, "Parameters", parameters.length() == 0 ? "none" : parameters.toString());
    html.append("</dl>\n");
    if (game instanceof NormalFormGame normalForm) {
      PayoffMatrixHtml.append(html, normalForm);
    } else {
      JsonNode tree = description.path("tree");
      html.append("<h2>Game tree</h2>\n");
      if (tree.path("enumerated").asBoolean()) {
        html.append("<table class=\"sizes\"><caption>Sizes of the game tree</caption><tbody>\n");
        row(html, "Nodes", tree.path("nodes").asText());
        row(html, "Terminal nodes", tree.path("terminalNodes").asText());
        row(html, "Decision nodes", tree.path("decisionNodes").asText());
        row(html, "Chance nodes", tree.path("chanceNodes").asText());
        row(html, "Simultaneous-move nodes", tree.path("simultaneousNodes").asText());
        row(html, "Depth", tree.path("maxDepth").asText());
        List<String> states = new ArrayList<>();
        tree.path("informationStates").forEach(s -> states.add(s.asText()));
        row(html, "Information states", tree.path("totalInformationStates").asText() + " (per player: " + String.join(", ", states) + ")");
        html.append("</tbody></table>\n");
      } else {
        html.append("<p>The tree has more than ").append(tree.path("nodeLimit").asText())
            .append(" nodes; it is too large to count here.</p>\n");
      }
      GameTreeHtml.append(html, game, name);
    }
    return layout(description.path("name").asText(), "game", "Games", html.toString());
  }

  private static void fact(StringBuilder html, String term, String value) {
    html.append("<dt>").append(Html.text(term)).append("</dt><dd>").append(Html.text(value)).append("</dd>\n");
  }

  private static void row(StringBuilder html, String header, String value) {
    html.append("<tr><th scope=\"row\">").append(Html.text(header)).append("</th><td>").append(Html.text(value)).append("</td></tr>\n");
  }

  private static String number(JsonNode value) {
    return value == null || value.isNull() ? "\u2013" : number(value.asDouble());
  }

  static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    String text = String.format(Locale.ROOT, "%.4g", value);
    if (text.contains(".") && !text.contains("e")) {
      text = text.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
    return text;
  }

  // ---------------------------------------------------------------- solve

  String solve(Context ctx) {
    String game = ctx.queryParam("game");
    if (game == null || game.isBlank()) {
      game = "kuhn_poker";
    }
    StringBuilder html = new StringBuilder();
    html.append("<h1>Solve a game</h1>\n<form id=\"solve-form\" class=\"job-form\">\n")
        .append("<p><label for=\"solve-game\">Game</label>\n<input id=\"solve-game\" name=\"game\" required list=\"game-names\" value=\"")
        .append(Html.text(game)).append("\" size=\"40\"></p>\n");
    gameNames(html);
    html.append("<p><label for=\"solve-method\">Method</label>\n<select id=\"solve-method\" name=\"method\">\n");
    for (SolverProvider solver : SolverRegistry.providers()) {
      boolean iterations = solver.parameters().stream().anyMatch(p -> p.name().equals("iterations"));
      html.append("<option value=\"").append(Html.text(solver.name())).append("\" data-iterations=\"").append(iterations)
          .append("\"").append(solver.name().equals("cfr+") ? " selected" : "").append(">")
          .append(Html.text(solver.name() + " \u2013 " + solver.input().name().toLowerCase(Locale.ROOT).replace('_', ' ')
              + (solver.iterative() ? ", iterative" : ""))).append("</option>\n");
    }
    html.append("</select></p>\n")
        .append("<p><label for=\"solve-iterations\">Iterations</label>\n<input id=\"solve-iterations\" name=\"iterations\" type=\"number\" min=\"1\" max=\"100000000\" value=\"1000\">\n")
        .append("<span class=\"hint\" id=\"iterations-hint\">used by iterative methods only</span></p>\n")
        .append("<p><button type=\"submit\">Solve</button></p>\n</form>\n");
    jobPanel(html);
    return layout("Solve", "solve", "Solve", html.toString());
  }

  private void gameNames(StringBuilder html) {
    html.append("<datalist id=\"game-names\">\n");
    for (JsonNode entry : games.list(null)) {
      html.append("<option value=\"").append(Html.text(entry.path("name").asText())).append("\">\n");
    }
    html.append("</datalist>\n");
  }

  private static void jobPanel(StringBuilder html) {
    html.append("""
        <section id="job" aria-labelledby="job-heading" hidden>
        <h2 id="job-heading">Run <span id="job-id"></span></h2>
        <p>Status: <strong id="job-status" aria-live="polite">queued</strong>
        <progress id="job-progress" max="1" value="0"></progress> <span id="job-progress-text"></span></p>
        <p id="job-links"></p>
        <p id="job-error" class="error" role="alert" hidden></p>
        <div id="job-live"></div>
        <div id="job-result"></div>
        </section>""");
  }

  // ---------------------------------------------------------------- tournament

  String tournament(Context ctx) {
    String game = ctx.queryParam("game");
    if (game == null || game.isBlank()) {
      game = DEFAULT_TOURNAMENT_GAME;
    }
    StringBuilder html = new StringBuilder();
    html.append("<h1>Run a tournament</h1>\n<form id=\"tournament-form\" class=\"job-form\">\n")
        .append("<p><label for=\"tournament-game\">Game</label>\n<input id=\"tournament-game\" name=\"game\" required list=\"game-names\" value=\"")
        .append(Html.text(game)).append("\" size=\"40\"></p>\n");
    gameNames(html);
    html.append("<fieldset id=\"agents\"><legend>Agents (pick at least two)</legend>\n<div class=\"agent-list\">\n");
    int index = 0;
    for (AgentProvider agent : AgentRegistry.providers()) {
      if (agent.parameters().stream().anyMatch(p -> p.required() && !p.name().equals("seed")) || agent.name().equals("policy")) {
        continue;
      }
      String id = "agent-" + index++;
      html.append("<div><input type=\"checkbox\" name=\"agent\" id=\"").append(id).append("\" value=\"")
          .append(Html.text(agent.name())).append('"').append(DEFAULT_AGENTS.contains(agent.name()) ? " checked" : "")
          .append("> <label for=\"").append(id).append("\"><strong>").append(Html.text(agent.name())).append("</strong> ")
          .append("<span class=\"hint\">").append(Html.text(agent.description())).append("</span></label></div>\n");
    }
    html.append("</div>\n<p><label for=\"tournament-more\">More agents (agent strings, comma-separated)</label>\n")
        .append("<input id=\"tournament-more\" name=\"more\" size=\"40\" placeholder=\"e.g. mcts(simulations=50)\"></p>\n</fieldset>\n")
        .append("<p><label for=\"tournament-matches\">Matches per pairing</label>\n")
        .append("<input id=\"tournament-matches\" name=\"matches\" type=\"number\" min=\"1\" max=\"100000\" value=\"10\"></p>\n")
        .append("<p><label for=\"tournament-seed\">Seed</label>\n<input id=\"tournament-seed\" name=\"seed\" type=\"number\" value=\"0\"></p>\n")
        .append("<p><input type=\"checkbox\" id=\"tournament-self\" name=\"selfPlay\"> <label for=\"tournament-self\">Self-play (each agent also plays itself)</label></p>\n")
        .append("<p><button type=\"submit\">Start tournament</button></p>\n</form>\n");
    jobPanel(html);
    return layout("Tournament", "tournament", "Tournament", html.toString());
  }

  // ---------------------------------------------------------------- runs

  String runs(Context ctx) {
    StringBuilder html = new StringBuilder();
    html.append("<h1>Runs</h1>\n<p>Every solve, tournament and PSRO run, newest first. Runs are stored; they are here after a restart.</p>\n")
        .append("<p id=\"run-message\" role=\"status\"></p>\n");
    List<RunRecord> runs = jobs.runs().list(new RunFilter(null, null, AgoraServer.MAX_LIST));
    if (runs.isEmpty()) {
      html.append("<p id=\"no-runs\">No runs yet: <a href=\"/solve\">solve a game</a> or <a href=\"/tournament\">run a tournament</a>.</p>\n");
      return layout("Runs", "runs", "Runs", html.toString());
    }
    html.append("<table id=\"runs\">\n<thead><tr><th scope=\"col\">Run</th><th scope=\"col\">Kind</th><th scope=\"col\">Title</th>")
        .append("<th scope=\"col\">Status</th><th scope=\"col\">Progress</th><th scope=\"col\">Created</th><th scope=\"col\">Actions</th></tr></thead>\n<tbody>\n");
    for (RunRecord stored : runs) {
      RunRecord run = jobs.current(stored.id()).orElse(stored);
      html.append("<tr data-run-id=\"").append(run.id()).append("\"><th scope=\"row\"><a href=\"/runs/").append(run.id()).append("\">Run ")
          .append(run.id()).append("</a></th><td>").append(Html.text(run.kind())).append("</td><td>").append(Html.text(run.title()))
          .append("</td><td class=\"status\">").append(statusLabel(run.status())).append("</td><td>").append(progress(run))
          .append("</td><td>").append(Html.text(run.createdAt().toString().replace('T', ' ').replaceAll("\\.\\d+Z$", "Z")))
          .append("</td><td>");
      actions(html, run);
      html.append("</td></tr>\n");
    }
    html.append("</tbody>\n</table>\n");
    return layout("Runs", "runs", "Runs", html.toString());
  }

  private static String statusLabel(RunStatus status) {
    String symbol = switch (status) {
      case COMPLETED -> "\u2714 ";
      case FAILED -> "\u2716 ";
      case RUNNING -> "\u25b6 ";
      case QUEUED -> "\u2026 ";
      default -> "\u25a0 ";
    };
    return "<span class=\"status-" + status.storedName() + "\">" + symbol + Html.text(status.storedName()) + "</span>";
  }

  private static String progress(RunRecord run) {
    return run.total() > 0 ? run.done() + " / " + run.total() : run.done() > 0 ? Long.toString(run.done()) : "\u2013";
  }

  private static void actions(StringBuilder html, RunRecord run) {
    String id = Long.toString(run.id());
    if (run.status() == RunStatus.QUEUED || run.status() == RunStatus.RUNNING) {
      html.append("<button type=\"button\" data-action=\"cancel\" data-id=\"").append(id).append("\">Cancel run ").append(id).append("</button> ");
    }
    if (run.status() == RunStatus.INTERRUPTED || run.status() == RunStatus.CANCELLED) {
      html.append("<button type=\"button\" data-action=\"resume\" data-id=\"").append(id).append("\">Resume run ").append(id).append("</button> ");
    }
    if (!run.status().active()) {
      html.append("<button type=\"button\" data-action=\"delete\" data-id=\"").append(id).append("\">Delete run ").append(id).append("</button>");
    }
  }

  /** Links to every download of a completed run's result: JSON, each CSV table, Gambit text for a solve. */
  private static void downloads(StringBuilder html, long id, String resultJson) {
    JsonNode result;
    try {
      result = MAPPER.readTree(resultJson);
    } catch (java.io.IOException e) {
      return; // an unreadable stored result: the JSON link on the API still says so
    }
    String base = "/api/jobs/" + id + "/result";
    html.append("<h2>Downloads</h2>\n<ul class=\"downloads\" id=\"downloads\">\n<li><a href=\"").append(base)
        .append("\" id=\"download-json\" download=\"agora-run-").append(id).append(".json\">Result as JSON</a></li>\n");
    for (String table : ResultTables.of(result).keySet()) {
      html.append("<li><a href=\"").append(base).append(".csv?table=").append(Html.text(Html.urlPart(table)))
          .append("\" data-table=\"").append(Html.text(table)).append("\">").append(Html.text(capitalised(table.replace('-', ' '))))
          .append(" as CSV</a></li>\n");
    }
    if (result.path("kind").asText().equals("solve")) {
      html.append("<li><a href=\"").append(base).append(".gambit\" id=\"download-gambit\">Equilibria as Gambit text (NE lines)</a></li>\n");
    }
    html.append("</ul>\n");
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  String run(Context ctx) {
    String text = ctx.pathParam("id");
    long id;
    try {
      id = Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw ApiException.notFound("no run '" + ClientStrings.abbreviate(text) + "' (run ids are positive whole numbers)");
    }
    RunRecord run = jobs.find(id);
    StringBuilder html = new StringBuilder();
    html.append("<h1>Run ").append(run.id()).append(": ").append(Html.text(run.title())).append("</h1>\n")
        .append("<p id=\"run-message\" role=\"status\"></p>\n<dl class=\"facts\">\n");
    fact(html, "Kind", run.kind());
    html.append("<dt>Status</dt><dd id=\"run-status\">").append(statusLabel(run.status())).append("</dd>\n");
    fact(html, "Progress", progress(run));
    fact(html, "Created", run.createdAt().toString());
    fact(html, "Updated", run.updatedAt().toString());
    if (run.error() != null) {
      fact(html, "Error", run.error());
    }
    html.append("<dt>Request</dt><dd><code>").append(Html.text(run.specJson())).append("</code></dd>\n</dl>\n<p>");
    actions(html, run);
    html.append("</p>\n");
    if (run.status() == RunStatus.COMPLETED) {
      jobs.runs().result(id).ifPresent(result -> downloads(html, id, result));
    }
    html.append("<div id=\"run-view\" data-run-id=\"").append(run.id()).append("\" data-kind=\"").append(Html.text(run.kind()))
        .append("\" data-status=\"").append(run.status().storedName()).append("\"></div>\n");
    jobPanel(html);
    return layout("Run " + run.id(), "run", "Runs", html.toString());
  }
}

package org.agora.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.agora.core.Game;
import org.agora.core.GameSpecException;
import org.agora.io.GambitEquilibria;
import org.agora.io.GambitParseException;
import org.agora.store.GameUploadStore;
import org.agora.store.RunStatus;
import org.agora.store.TournamentStore;

/**
 * The workbench server: the HTML pages ({@link Pages}: home, games, a game, solve, tournament, runs,
 * a run), the JSON API under {@code /api/} (described by {@code /api/openapi.yaml}), the
 * static assets under {@code static/} on the classpath, a bearer-token check when a token is set, and
 * one-line JSON errors ({@code {"error": "..."}}) for every client mistake. Start it with {@link #start()};
 * {@link #close()} stops it, cancelling running jobs and recording them interrupted.
 */
public final class AgoraServer implements AutoCloseable {

  /**
   * The job kinds a listing can filter by: those the workbench runs, and those the CLI records in the same
   * store ({@code agora simulate auction}, its cross-table, {@code agora bandit} and its subcommands).
   */
  static final List<String> LISTED_KINDS = List.of("solve", "tournament", "psro", "simulate-auction",
      "pacing-cross-table", "bandit", "bandit-multiplayer", "bandit-contextual", "bandit-collaborative",
      "bandit-federated", "bandit-market");


  private static final Logger LOG = Logger.getLogger(AgoraServer.class.getName());
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** Most runs one listing returns. */
  static final int MAX_LIST = 500;
  /** An oversized body up to this many times the limit is read and dropped before the 413 (see body). */
  static final int DRAINED_BODY_FACTOR = 8;
  /** Unchanging answers kept serialised (the catalogue, game descriptions). */
  static final int RESPONSES_CACHED = 64;
  /** Request attribute set once a response carries its own error body (JSON or an HTML page). */
  static final String ERROR_WRITTEN = "agora.error";

  /** One route: method and path as Javalin writes it ({@code /api/jobs/{id}}). */
  public record Route(String method, String path) {}

  private final ServerConfig config;
  private final ObjectMapper mapper = JsonMapper.builder().build();
  private final GameCatalog games;
  private final JobRequests requests;
  private final JobService jobs;
  private final Pages pages;
  private final List<Route> routes = new ArrayList<>();
  private final Javalin app;
  private final byte[] token;
  private final ResponseCache responses = new ResponseCache(RESPONSES_CACHED);
  private final JobViews views = new JobViews(mapper);
  private final JobEventStream events;

  /**
   * A server over the runs in {@code runs} (read once, then served from memory) and, for tournaments'
   * matches, {@code store} (null: matches are not stored and tournaments cannot be resumed), keeping
   * uploaded games in memory only. Nothing listens until {@link #start()}.
   */
  public AgoraServer(ServerConfig config, RunRepository runs, TournamentStore store) {
    this(config, runs, store, null);
  }

  /**
   * A server as {@link #AgoraServer(ServerConfig, RunRepository, TournamentStore)} that keeps uploaded
   * games in {@code uploads} (null: in memory), so that they and the jobs on them outlive it.
   */
  public AgoraServer(ServerConfig config, RunRepository stored, TournamentStore store, GameUploadStore uploads) {
    this.config = Objects.requireNonNull(config, "config");
    RunRepository runs = new CachedRunRepository(stored); // the API reads runs from memory
    this.games = new GameCatalog(config.describeNodeLimit(), uploads);
    this.requests = new JobRequests(config, games);
    this.jobs = new JobService(config, runs, store, requests, mapper);
    this.events = new JobEventStream(jobs, views, mapper);
    this.pages = new Pages(games, jobs);
    this.token = config.token() == null ? null : config.token().getBytes(StandardCharsets.UTF_8);
    runs.interruptRunning(); // runs left running by a server that died are not running now
    this.app = Javalin.create(this::configure);
  }

  private void configure(JavalinConfig cfg) {
    cfg.startup.showJavalinBanner = false;
    cfg.startup.showOldJavalinVersionWarning = false;
    cfg.http.prefer405over404 = true;
    cfg.http.maxRequestSize = config.maxBodyBytes();
    cfg.staticFiles.add(files -> {
      files.hostedPath = "/";
      files.directory = "/static";
      files.location = Location.CLASSPATH;
    });
    cfg.routes.before(this::checkToken);
    cfg.routes.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
    cfg.routes.exception(GameSpecException.class, (e, ctx) -> error(ctx, 400, JobRequests.oneLine(e.getMessage())));
    cfg.routes.exception(GambitParseException.class, (e, ctx) -> error(ctx, 400, JobRequests.oneLine(e.getMessage())));
    cfg.routes.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, JobRequests.oneLine(e.getMessage())));
    cfg.routes.exception(JsonProcessingException.class,
        (e, ctx) -> error(ctx, 400, "malformed JSON: " + JobRequests.oneLine(e.getOriginalMessage())));
    cfg.routes.exception(Exception.class, (e, ctx) -> {
      LOG.log(Level.WARNING, "request " + ctx.method() + " " + ctx.path() + " failed", e);
      error(ctx, 500, "internal error (" + e.getClass().getSimpleName() + "); the server log has the details");
    });
    cfg.routes.error(404, ctx -> {
      if (ctx.attribute(ERROR_WRITTEN) != null) {
        return; // an ApiException already said what was not found
      }
      error(ctx, 404, "no such page: " + ClientStrings.abbreviate(ctx.path()));
    });
    cfg.routes.error(405, ctx -> error(ctx, 405, ctx.method() + " is not allowed on " + ClientStrings.abbreviate(ctx.path())));
    cfg.routes.error(413, ctx -> error(ctx, 413, "the request body is over the limit of " + config.maxBodyBytes() + " bytes"));

    cfg.routes.get("/", ctx -> pages.serve(ctx, pages::home));
    cfg.routes.get("/games", ctx -> pages.serve(ctx, pages::catalogue));
    cfg.routes.get("/games/{name}", ctx -> pages.serve(ctx, pages::game));
    cfg.routes.get("/solve", ctx -> pages.serve(ctx, pages::solve));
    cfg.routes.get("/tournament", ctx -> pages.serve(ctx, pages::tournament));
    cfg.routes.get("/runs", ctx -> pages.serve(ctx, pages::runs));
    cfg.routes.get("/runs/{id}", ctx -> pages.serve(ctx, pages::run));
    route(cfg, "GET", "/api", ctx -> ctx.redirect("/api/openapi.yaml"));
    route(cfg, "GET", "/api/openapi.yaml", this::openApi);
    route(cfg, "GET", "/api/games", ctx -> {
      String query = ctx.queryParam("q");
      if (query == null || query.isBlank()) {
        cached(ctx, "catalogue", () -> games.list(null));
      } else {
        json(ctx, 200, games.list(query));
      }
    });
    route(cfg, "POST", "/api/games", this::createGame);
    route(cfg, "GET", "/api/games/{name}", ctx -> {
      String name = decoded(ctx, "name");
      cached(ctx, "game " + name, () -> describe(games.resolve(name), null));
    });
    route(cfg, "GET", "/api/games/{name}/tree",
        ctx -> json(ctx, 200, GameTreeNodes.node(games.resolve(decoded(ctx, "name")), ctx.queryParam("path"))));
    route(cfg, "GET", "/api/uploads", ctx -> json(ctx, 200, games.listUploads(MAX_LIST)));
    route(cfg, "GET", "/api/jobs", this::listJobs);
    route(cfg, "POST", "/api/jobs", this::submitJob);
    route(cfg, "GET", "/api/jobs/{id}", ctx -> json(ctx, 200, views.view(jobs.find(id(ctx)))));
    route(cfg, "DELETE", "/api/jobs/{id}", ctx -> {
      jobs.delete(id(ctx));
      ctx.status(204);
    });
    route(cfg, "GET", "/api/jobs/{id}/result", this::result);
    route(cfg, "GET", "/api/jobs/{id}/result.csv", this::resultCsv);
    route(cfg, "GET", "/api/jobs/{id}/result.gambit", this::resultGambit);
    route(cfg, "GET", "/api/jobs/{id}/events", ctx -> events.stream(ctx, id(ctx)));
    route(cfg, "GET", "/api/jobs/{id}/live", ctx -> {
      long id = id(ctx);
      json(ctx, 200, views.live(jobs.find(id), jobs.live(id).orElse(null)));
    });
    route(cfg, "POST", "/api/jobs/{id}/cancel", ctx -> json(ctx, 202, views.view(jobs.cancel(id(ctx)))));
    route(cfg, "POST", "/api/jobs/{id}/resume", ctx -> json(ctx, 202, views.view(jobs.resume(id(ctx)))));
  }

  private void route(JavalinConfig cfg, String method, String path, Handler handler) {
    routes.add(new Route(method, path));
    switch (method) {
      case "GET" -> cfg.routes.get(path, handler);
      case "POST" -> cfg.routes.post(path, handler);
      case "DELETE" -> cfg.routes.delete(path, handler);
      default -> throw new IllegalArgumentException(method);
    }
  }

  /** Starts listening; returns this. */
  public AgoraServer start() {
    app.start(config.host(), config.port());
    return this;
  }

  /** The port listened on (the one chosen when configured with 0). */
  public int port() {
    return app.port();
  }

  /** The base address, e.g. {@code http://127.0.0.1:8080}. */
  public String address() {
    String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
    return "http://" + host + ":" + port();
  }

  /** Every API route, in registration order. */
  public List<Route> routes() {
    return List.copyOf(routes);
  }

  /** Stops taking requests, cancels the running jobs and records them interrupted. */
  @Override
  public void close() {
    app.stop();
    jobs.close();
  }

  private void checkToken(Context ctx) {
    if (token == null) {
      return;
    }
    String header = ctx.header("Authorization");
    byte[] given = header != null && header.startsWith("Bearer ")
        ? header.substring("Bearer ".length()).trim().getBytes(StandardCharsets.UTF_8) : new byte[0];
    if (!MessageDigest.isEqual(given, token)) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new ApiException(401, "this server needs a bearer token: send 'Authorization: Bearer TOKEN'");
    }
  }

  private void openApi(Context ctx) throws IOException {
    try (InputStream yaml = AgoraServer.class.getResourceAsStream("openapi.yaml")) {
      ctx.contentType("application/yaml; charset=utf-8").result(Objects.requireNonNull(yaml).readAllBytes());
    }
  }

  private void createGame(Context ctx) throws IOException {
    String type = contentType(ctx);
    byte[] body = body(ctx);
    ObjectNode description;
    if (type.equals("application/json")) {
      JsonNode request = mapper.readTree(body);
      if (request == null || !request.isObject() || !request.path("game").isTextual() || request.size() != 1) {
        throw ApiException.badRequest("send {\"game\": \"GAME STRING\"}, or a .nfg/.efg file as text/plain");
      }
      description = describe(games.resolve(request.get("game").asText()), null);
    } else if (type.equals("text/plain") || type.equals("application/octet-stream")) {
      String text = new String(body, StandardCharsets.UTF_8);
      GameUploads.Added upload = games.addUpload(text);
      description = describe(upload.game(), upload.id());
    } else {
      throw new ApiException(415, "POST /api/games takes application/json ({\"game\": ...}) or text/plain"
          + " (a .nfg/.efg file), not " + ClientStrings.abbreviate(type));
    }
    json(ctx, 201, description);
  }

  private ObjectNode describe(Game game, String uploadId) {
    ObjectNode description = games.describe(game);
    if (uploadId != null) {
      ObjectNode withId = NODES.objectNode().put("id", uploadId);
      withId.setAll(description);
      return withId;
    }
    return description;
  }

  private void submitJob(Context ctx) throws IOException {
    if (!contentType(ctx).equals("application/json")) {
      throw new ApiException(415, "POST /api/jobs takes application/json");
    }
    JsonNode request = mapper.readTree(body(ctx));
    RunRecord run = jobs.submit(requests.prepare(request));
    ctx.header("Location", "/api/jobs/" + run.id());
    json(ctx, 202, views.view(run));
  }

  private void listJobs(Context ctx) {
    String kind = ctx.queryParam("kind");
    if (kind != null && !LISTED_KINDS.contains(kind)) {
      throw ApiException.badRequest("unknown kind '" + ClientStrings.abbreviate(kind) + "'; allowed: "
          + String.join(", ", LISTED_KINDS));
    }
    String statusName = ctx.queryParam("status");
    RunStatus status;
    try {
      status = statusName == null ? null : RunStatus.ofStoredName(statusName);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(ClientStrings.abbreviate(e.getMessage()));
    }
    int limit = 100;
    String limitText = ctx.queryParam("limit");
    if (limitText != null) {
      try {
        limit = Integer.parseInt(limitText);
      } catch (NumberFormatException e) {
        limit = -1;
      }
      if (limit < 1 || limit > MAX_LIST) {
        throw ApiException.badRequest("limit must be 1 to " + MAX_LIST);
      }
    }
    ArrayNode list = NODES.arrayNode();
    for (RunRecord run : jobs.runs().list(new RunFilter(kind, status, limit))) {
      list.add(views.view(jobs.withLiveProgress(run)));
    }
    json(ctx, 200, list);
  }

  private void result(Context ctx) {
    ctx.contentType("application/json").result(storedResult(id(ctx)));
  }

  /** The stored result of completed job {@code id} (409 for a job without one). */
  private String storedResult(long id) {
    RunRecord run = jobs.find(id);
    if (run.status() != RunStatus.COMPLETED) {
      throw ApiException.conflict("job " + id + " is " + run.status().storedName() + "; it has no result"
          + (run.error() == null ? "" : ": " + run.error()));
    }
    return jobs.runs().result(id).orElseThrow(() -> ApiException.notFound("job " + id + " has no result"));
  }

  /** One table of a result as CSV ({@link ResultTables}), as an attachment. */
  private void resultCsv(Context ctx) throws IOException {
    long id = id(ctx);
    Map<String, List<List<String>>> tables = ResultTables.of(mapper.readTree(storedResult(id)));
    String table = ctx.queryParam("table");
    if (table == null || table.isBlank()) {
      throw ApiException.badRequest("name a table: ?table=" + String.join(", ?table=", tables.keySet()));
    }
    List<List<String>> rows = tables.get(table);
    if (rows == null) {
      throw ApiException.notFound("job " + id + " has no table '" + ClientStrings.abbreviate(table) + "'; it has: "
          + String.join(", ", tables.keySet()));
    }
    attachment(ctx, "text/csv; charset=utf-8", "agora-run-" + id + "-" + table + ".csv", ResultTables.csv(rows));
  }

  /** A solve's equilibria as Gambit's {@code NE,...} lines, as an attachment. */
  private void resultGambit(Context ctx) throws IOException {
    long id = id(ctx);
    JsonNode result = mapper.readTree(storedResult(id));
    if (!result.path("kind").asText().equals("solve")) {
      throw ApiException.notFound("job " + id + " is a " + result.path("kind").asText()
          + "; Gambit text is for a solve's equilibria");
    }
    attachment(ctx, "text/plain; charset=utf-8", "agora-run-" + id + "-equilibria.txt",
        GambitEquilibria.text(GambitEquilibria.lines(result)));
  }

  private static void attachment(Context ctx, String type, String filename, String body) {
    ctx.header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
    ctx.contentType(type).result(body);
  }

  /**
   * The request body, at most the configured limit (413 above it). An oversized body that is not huge
   * (up to {@link #DRAINED_BODY_FACTOR} times the limit) is read to its end and dropped before the 413
   * is sent: answering while the client is still sending makes the server close the connection, and a
   * client that is still writing then sees a broken pipe instead of the answer. Larger bodies are not
   * read (a client sending those should ask with {@code Expect: 100-continue}).
   */
  private byte[] body(Context ctx) {
    long declared = ctx.contentLength();
    int limit = config.maxBodyBytes();
    long drainable = (long) limit * DRAINED_BODY_FACTOR;
    try (InputStream in = ctx.req().getInputStream()) {
      if (declared > limit) {
        if (declared <= drainable) {
          drain(in, declared);
        }
        throw new ApiException(413, "the request body has " + declared + " bytes; the limit is " + limit);
      }
      byte[] body = in.readNBytes(limit + 1);
      if (body.length > limit) {
        drain(in, drainable); // without a declared length: drop a bounded rest, as above
        throw new ApiException(413, "the request body is over the limit of " + limit + " bytes");
      }
      if (body.length == 0) {
        throw ApiException.badRequest("the request body is empty");
      }
      return body;
    } catch (IOException e) {
      throw ApiException.badRequest("cannot read the request body: " + e.getMessage());
    }
  }

  /** Reads and drops up to {@code bytes} bytes, stopping early at the end of the stream. */
  private static void drain(InputStream in, long bytes) throws IOException {
    byte[] buffer = new byte[8192];
    for (long left = bytes; left > 0; ) {
      int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
      if (read < 0) {
        return;
      }
      left -= read;
    }
  }

  private static String contentType(Context ctx) {
    String type = ctx.contentType();
    if (type == null) {
      throw new ApiException(415, "the request has no Content-Type; send application/json");
    }
    int semicolon = type.indexOf(';');
    return (semicolon < 0 ? type : type.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
  }

  private static long id(Context ctx) {
    String text = ctx.pathParam("id");
    try {
      long id = Long.parseLong(text);
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // fall through: not a run id
    }
    throw ApiException.notFound("no job '" + ClientStrings.abbreviate(text) + "' (job ids are positive whole numbers)");
  }

  private static String decoded(Context ctx, String name) {
    return URLDecoder.decode(ctx.pathParam(name), StandardCharsets.UTF_8);
  }

  /** Answers 200 with the cached JSON of {@code key}, computed by {@code answer} the first time. */
  private void cached(Context ctx, String key, Supplier<JsonNode> answer) {
    byte[] body = responses.get(key, () -> {
      try {
        return mapper.writeValueAsBytes(answer.get());
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("cannot write JSON", e);
      }
    });
    ctx.status(200).contentType("application/json").result(body);
  }

  private void json(Context ctx, int status, JsonNode body) {
    try {
      ctx.status(status).contentType("application/json").result(mapper.writeValueAsString(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  private void error(Context ctx, int status, String message) {
    ctx.attribute(ERROR_WRITTEN, Boolean.TRUE);
    json(ctx, status, NODES.objectNode().put("error", message == null ? "error" : message));
  }
}

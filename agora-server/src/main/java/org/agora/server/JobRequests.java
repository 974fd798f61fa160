package org.agora.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.agora.core.Game;
import org.agora.core.ParameterSpec;
import org.agora.core.TreeStatistics;
import org.agora.core.normalform.NormalFormGame;
import org.agora.core.solve.SolveLimits;
import org.agora.core.solve.SolveSpec;
import org.agora.core.solve.SolverConfiguration;
import org.agora.core.solve.SolverInput;
import org.agora.core.solve.SolverRegistry;
import org.agora.evaluation.psro.PsroSpec;
import org.agora.evaluation.tournament.Schedule;
import org.agora.evaluation.tournament.TournamentRunner;
import org.agora.evaluation.tournament.TournamentSpec;

/**
 * Reads a job request ({@code POST /api/jobs}) into a {@link PreparedJob}, checking everything that can
 * be checked before the job is queued: field names and types, the game, agent and solver strings
 * (created once), and the server's limits (solve limits, the tournament match budget, PSRO iterations).
 * Every refusal is an {@link ApiException} with one line.
 *
 * <p>Requests: {@code {"kind":"solve", "game" | "gameId", "solver", "limits":{max_nodes, ...}}},
 * {@code {"kind":"tournament", "game" | "gameId", "agents":[...], "matchesPerPairing", "seed", "selfPlay"}},
 * {@code {"kind":"psro", "game" | "gameId", "iterations", "metaSolver", "initialPolicy", "stopBelow"}};
 * {@code "gameId": "upload-N"} names an uploaded game, which every kind runs on as it was built.
 */
final class JobRequests {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final int MAX_AGENTS = 64;

  private final ServerConfig config;
  private final GameCatalog games;

  JobRequests(ServerConfig config, GameCatalog games) {
    this.config = config;
    this.games = games;
  }

  PreparedJob prepare(JsonNode body) {
    if (body == null || !body.isObject()) {
      throw ApiException.badRequest("a job request is a JSON object with a \"kind\": solve, tournament or psro");
    }
    String kind = text(body, "kind", null);
    if (kind == null) {
      throw ApiException.badRequest("the job request has no \"kind\"; allowed: solve, tournament, psro");
    }
    try {
      return switch (kind) {
        case "solve" -> solve(body);
        case "tournament" -> tournament(body);
        case "psro" -> psro(body);
        default -> throw ApiException.badRequest("unknown job kind '" + ClientStrings.abbreviate(kind)
            + "'; allowed: solve, tournament, psro");
      };
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(oneLine(e.getMessage()));
    }
  }

  private PreparedJob solve(JsonNode body) {
    allowOnly(body, "solve", Set.of("kind", "game", "gameId", "solver", "limits"));
    String solver = ClientStrings.check("the solver", text(body, "solver", null));
    SolverConfiguration configured = SolverRegistry.configure(solver);
    SolveLimits limits = limits(body.get("limits"));
    ObjectNode request = NODES.objectNode().put("kind", "solve");
    GameChoice game = game(body, request);
    // refuses a tree method on a tree over max_nodes now, not when the job runs
    checkTreeSize(game.game(), configured, limits);
    String gameName = game.name();
    request.put("solver", solver);
    ObjectNode limitsJson = request.putObject("limits");
    long[] values = {limits.maxProfiles(), limits.maxNodes(), limits.maxTableau(), limits.maxExactTableau(),
        limits.maxSupports(), limits.maxVertices()};
    for (int i = 0; i < values.length; i++) {
      limitsJson.put(SolveLimits.PARAMETERS.get(i).name(), values[i]);
    }
    SolveSpec spec = new SolveSpec(gameName, solver, limits);
    return new PreparedJob(spec, request, solverName(solver) + " on " + ClientStrings.abbreviate(gameName),
        game.uploaded(), -1);
  }

  /**
   * The game of a request, built once: {@code "gameId": "upload-N"} names an uploaded game (so does a
   * {@code "game"} of that form, as the pages send it), any other {@code "game"} is a game string. The
   * normalised request records it as {@code gameId} or {@code game}.
   *
   * @param name the upload id or the trimmed game string (a job's specification names its game by it)
   * @param game the game
   * @param uploaded the game when it was uploaded (jobs run on it as built), else null
   */
  private record GameChoice(String name, Game game, Game uploaded) {}

  private GameChoice game(JsonNode body, ObjectNode request) {
    String gameString = text(body, "game", null);
    String gameId = text(body, "gameId", null);
    if (gameId != null) {
      if (gameString != null) {
        throw ApiException.badRequest("give \"game\" or \"gameId\", not both");
      }
      if (!gameId.trim().startsWith(GameCatalog.UPLOAD_PREFIX)) {
        throw ApiException.badRequest("\"gameId\" names an uploaded game (upload-N); give a game string as \"game\"");
      }
    }
    String name = ClientStrings.check("the game", gameId != null ? gameId : gameString);
    Game game = games.resolve(name);
    if (name.startsWith(GameCatalog.UPLOAD_PREFIX)) {
      request.put("gameId", name);
      return new GameChoice(name, game, game);
    }
    request.put("game", name);
    return new GameChoice(name, game, null);
  }

  /**
   * Refuses a tree method on a game whose tree is over {@code max_nodes} when that limit is small
   * enough to enumerate at once (at most the server's description limit); larger trees are measured
   * by the job, which fails with the same one line.
   */
  private void checkTreeSize(Game game, SolverConfiguration solver, SolveLimits limits) {
    if (game instanceof NormalFormGame || solver.provider().input() != SolverInput.GAME_TREE
        || limits.maxNodes() > config.describeNodeLimit()) {
      return;
    }
    Optional<TreeStatistics> statistics;
    try {
      statistics = TreeStatistics.compute(game, limits.maxNodes());
    } catch (StackOverflowError tooDeep) {
      statistics = Optional.empty();
    }
    if (statistics.isEmpty()) {
      throw ApiException.badRequest("the game tree of " + ClientStrings.abbreviate(game.name()) + " has more than "
          + limits.maxNodes() + " nodes (max_nodes; the server allows up to " + config.solveLimits().maxNodes() + ")");
    }
  }

  private SolveLimits limits(JsonNode node) {
    SolveLimits server = config.solveLimits();
    long[] maxima = {server.maxProfiles(), server.maxNodes(), server.maxTableau(), server.maxExactTableau(),
        server.maxSupports(), server.maxVertices()};
    Map<String, Long> values = new HashMap<>();
    for (int i = 0; i < maxima.length; i++) {
      values.put(SolveLimits.PARAMETERS.get(i).name(), maxima[i]);
    }
    if (node == null || node.isNull()) {
      return SolveLimits.of(values);
    }
    if (!node.isObject()) {
      throw ApiException.badRequest("\"limits\" is an object such as {\"max_nodes\": 1000000}");
    }
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      int index = -1;
      for (int i = 0; i < SolveLimits.PARAMETERS.size(); i++) {
        if (SolveLimits.PARAMETERS.get(i).name().equals(field.getKey())) {
          index = i;
        }
      }
      if (index < 0) {
        throw ApiException.badRequest("unknown limit '" + ClientStrings.abbreviate(field.getKey()) + "'; allowed: "
            + String.join(", ", SolveLimits.PARAMETERS.stream().map(ParameterSpec::name).toList()));
      }
      if (!field.getValue().canConvertToLong() || !field.getValue().isIntegralNumber()) {
        throw ApiException.badRequest("limit " + field.getKey() + " must be a whole number");
      }
      long value = field.getValue().asLong();
      if (value < 1 || value > maxima[index]) {
        throw ApiException.badRequest("limit " + field.getKey() + " must be 1 to " + maxima[index]
            + " (the server's limit), got " + value);
      }
      values.put(field.getKey(), value);
    }
    return SolveLimits.of(values);
  }

  private PreparedJob tournament(JsonNode body) {
    allowOnly(body, "tournament", Set.of("kind", "game", "gameId", "agents", "matchesPerPairing", "seed", "selfPlay"));
    ObjectNode request = NODES.objectNode().put("kind", "tournament");
    GameChoice choice = game(body, request);
    String game = choice.name();
    JsonNode agentsNode = body.get("agents");
    if (agentsNode == null || !agentsNode.isArray() || agentsNode.isEmpty()) {
      throw ApiException.badRequest("\"agents\" is a non-empty array of agent strings such as [\"random\", \"mcts\"]");
    }
    if (agentsNode.size() > MAX_AGENTS) {
      throw ApiException.badRequest("at most " + MAX_AGENTS + " agents, got " + agentsNode.size());
    }
    List<String> agents = new ArrayList<>();
    for (JsonNode agent : agentsNode) {
      if (!agent.isTextual()) {
        throw ApiException.badRequest("every agent is a string such as \"random\"");
      }
      agents.add(ClientStrings.check("the agent", agent.asText()));
    }
    int matches = (int) integer(body, "matchesPerPairing", 10, 1, Integer.MAX_VALUE);
    long seed = integer(body, "seed", 0, Long.MIN_VALUE, Long.MAX_VALUE);
    boolean selfPlay = bool(body, "selfPlay", false);
    TournamentSpec spec = new TournamentSpec(game, agents, new Schedule.RoundRobin(selfPlay), matches, seed);
    TournamentRunner runner = new TournamentRunner(spec, choice.game());
    if (runner.game().playerCount() != 2) {
      throw ApiException.badRequest("a tournament needs a two-player game; " + runner.game().name() + " has "
          + runner.game().playerCount() + " players");
    }
    if (runner.matchCount() > config.matchBudget()) {
      throw ApiException.badRequest("the tournament has " + runner.matchCount() + " matches, over the server's"
          + " match budget of " + config.matchBudget() + "; give fewer agents or matchesPerPairing");
    }
    agents.forEach(request.putArray("agents")::add);
    request.put("matchesPerPairing", matches).put("seed", seed).put("selfPlay", selfPlay);
    return new PreparedJob(spec, request, "tournament of " + agents.size() + " agents on " + ClientStrings.abbreviate(game),
        choice.uploaded(), runner.matchCount());
  }

  private PreparedJob psro(JsonNode body) {
    allowOnly(body, "psro", Set.of("kind", "game", "gameId", "iterations", "metaSolver", "initialPolicy", "stopBelow"));
    ObjectNode request = NODES.objectNode().put("kind", "psro");
    GameChoice choice = game(body, request);
    String game = choice.name();
    int iterations = (int) integer(body, "iterations", 10, 0, config.maxPsroIterations());
    String metaSolver = ClientStrings.check("the meta-solver", text(body, "metaSolver", "nash"));
    String initialPolicy = text(body, "initialPolicy", "uniform");
    JsonNode stop = body.get("stopBelow");
    if (stop != null && !stop.isNumber()) {
      throw ApiException.badRequest("\"stopBelow\" must be a number");
    }
    double stopBelow = stop == null ? 0.0 : stop.asDouble();
    PsroSpec spec = new PsroSpec(game, iterations, metaSolver, initialPolicy, stopBelow);
    Game created = choice.game();
    if (created.playerCount() != 2) {
      throw ApiException.badRequest("PSRO needs a two-player game; " + created.name() + " has "
          + created.playerCount() + " players");
    }
    request.put("iterations", iterations).put("metaSolver", metaSolver).put("initialPolicy", initialPolicy)
        .put("stopBelow", stopBelow);
    return new PreparedJob(spec, request, "psro on " + ClientStrings.abbreviate(game), choice.uploaded(), -1);
  }

  private static void allowOnly(JsonNode body, String kind, Set<String> allowed) {
    Iterator<String> names = body.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!allowed.contains(name)) {
        throw ApiException.badRequest("unknown field '" + ClientStrings.abbreviate(name) + "' in a " + kind
            + " request; allowed: " + String.join(", ", allowed.stream().sorted().toList()));
      }
    }
  }

  private static String text(JsonNode body, String name, String fallback) {
    JsonNode node = body.get(name);
    if (node == null || node.isNull()) {
      return fallback;
    }
    if (!node.isTextual()) {
      throw ApiException.badRequest("\"" + name + "\" must be a string");
    }
    return node.asText();
  }

  private static long integer(JsonNode body, String name, long fallback, long min, long max) {
    JsonNode node = body.get(name);
    if (node == null || node.isNull()) {
      return fallback;
    }
    if (!node.isIntegralNumber() || !node.canConvertToLong()) {
      throw ApiException.badRequest("\"" + name + "\" must be a whole number");
    }
    long value = node.asLong();
    if (value < min || value > max) {
      throw ApiException.badRequest("\"" + name + "\" must be " + min + " to " + max + ", got " + value);
    }
    return value;
  }

  private static boolean bool(JsonNode body, String name, boolean fallback) {
    JsonNode node = body.get(name);
    if (node == null || node.isNull()) {
      return fallback;
    }
    if (!node.isBoolean()) {
      throw ApiException.badRequest("\"" + name + "\" must be true or false");
    }
    return node.asBoolean();
  }

  private static String solverName(String solver) {
    int parenthesis = solver.indexOf('(');
    return parenthesis < 0 ? solver : solver.substring(0, parenthesis);
  }

  static String oneLine(String message) {
    if (message == null) {
      return "bad request";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}

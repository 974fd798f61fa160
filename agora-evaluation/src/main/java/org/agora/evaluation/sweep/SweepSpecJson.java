package org.agora.evaluation.sweep;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.agora.core.ParameterSpec;
import org.agora.core.job.JobSpec;
import org.agora.core.solve.SolveLimits;
import org.agora.evaluation.tournament.MatchRecord;
import org.agora.evaluation.tournament.Schedule;
import org.agora.evaluation.tournament.TournamentSpec;

/**
 * The JSON of job specifications ({@code tournament}, {@code evaluation-sweep}, {@code solver-sweep})
 * and of sweep results. A specification is an object with a {@code "kind"} field:
 *
 * <pre>
 * {"kind": "tournament", "game": "...", "agents": ["..."], "schedule": "round-robin" | {"type": "round-robin",
 *   "selfPlay": false} | {"type": "custom", "seatings": [[0, 1]]} | {"type": "one-vs-population", "focal": 0},
 *   "matchesPerPairing": 10, "seed": 0}
 * {"kind": "evaluation-sweep", "game": "...", "agents": ["..."], "opponents": ["..."], "matchesPerPairing": 10,
 *   "seeds": [0, 1]}
 * {"kind": "solver-sweep", "games": ["..."], "solvers": ["..."], "grid": {"iterations": [100, 1000]},
 *   "seeds": [0], "limits": {"max_profiles": 100000}}
 * </pre>
 *
 * <p>{@code schedule} defaults to a round robin without self-play, {@code seed} to 0, {@code seeds} to
 * {@code [0]}, {@code grid} to none and {@code limits} to the defaults (absent limits take theirs). Grid
 * values may be strings, numbers or booleans. Unknown fields, repeated fields, wrong types and bad
 * values are refused with a one-line {@link SweepSpecException} naming the field; JSON syntax errors
 * carry the line and column.
 */
public final class SweepSpecJson {

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private SweepSpecJson() {}

  /** A malformed or invalid specification: a one-line message, with the line and column when known. */
  public static final class SweepSpecException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final int column;

    SweepSpecException(String message, int line, int column) {
      super(message);
      this.line = line;
      this.column = column;
    }

    /** The line of the error (from 1), or -1 when not known. */
    public int line() {
      return line;
    }

    /** The column of the error (from 1), or -1 when not known. */
    public int column() {
      return column;
    }
  }

  /**
   * Reads a specification.
   *
   * @throws SweepSpecException for malformed JSON, an unknown kind, an unknown or repeated field, a
   *     value of the wrong type or a value the specification refuses
   */
  public static JobSpec readSpec(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException malformed) {
      JsonLocation at = malformed.getLocation();
      String message = malformed.getOriginalMessage();
      int newline = message.indexOf('\n');
      message = "malformed JSON: " + (newline < 0 ? message : message.substring(0, newline)).strip();
      throw at == null ? new SweepSpecException(message, -1, -1)
          : new SweepSpecException(message, at.getLineNr(), at.getColumnNr());
    }
    if (root == null || root.isMissingNode()) {
      throw new SweepSpecException("the specification is empty; give a JSON object with a \"kind\"", -1, -1);
    }
    return readSpec(root);
  }

  /** Reads a specification from a parsed tree; see {@link #readSpec(String)}. */
  public static JobSpec readSpec(JsonNode root) {
    if (!root.isObject()) {
      throw error("the specification must be a JSON object with a \"kind\", got " + type(root));
    }
    String kind = text(root, "kind");
    try {
      return switch (kind) {
        case TournamentSpec.KIND -> tournament(root);
        case EvaluationSweepSpec.KIND -> evaluationSweep(root);
        case SolverSweepSpec.KIND -> solverSweep(root);
        default -> throw error("unknown kind '" + kind + "'; kinds: " + TournamentSpec.KIND + ", "
            + EvaluationSweepSpec.KIND + ", " + SolverSweepSpec.KIND);
      };
    } catch (SweepSpecException bad) {
      throw bad;
    } catch (IllegalArgumentException refused) {
      throw error(kind + ": " + refused.getMessage());
    }
  }

  private static TournamentSpec tournament(JsonNode root) {
    fields(root, "kind", "game", "agents", "schedule", "matchesPerPairing", "seed");
    Schedule schedule = root.has("schedule") ? schedule(root.get("schedule")) : new Schedule.RoundRobin(false);
    return new TournamentSpec(text(root, "game"), texts(root, "agents"), schedule, positiveInt(root, "matchesPerPairing"),
        root.has("seed") ? integer(root.get("seed"), "seed") : 0L);
  }

  private static Schedule schedule(JsonNode node) {
    if (node.isTextual()) {
      if (node.asText().equals("round-robin")) {
        return new Schedule.RoundRobin(false);
      }
      throw error("field 'schedule': unknown schedule '" + node.asText()
          + "'; give \"round-robin\" or an object with a \"type\" (round-robin, custom, one-vs-population)");
    }
    if (!node.isObject()) {
      throw error("field 'schedule' must be a string or an object, got " + type(node));
    }
    String type = text(node, "type");
    switch (type) {
      case "round-robin" -> {
        fields(node, "type", "selfPlay");
        JsonNode selfPlay = node.get("selfPlay");
        if (selfPlay != null && !selfPlay.isBoolean()) {
          throw error("field 'selfPlay' must be true or false, got " + type(selfPlay));
        }
        return new Schedule.RoundRobin(selfPlay != null && selfPlay.asBoolean());
      }
      case "custom" -> {
        fields(node, "type", "seatings");
        JsonNode seatings = array(node, "seatings");
        List<int[]> list = new ArrayList<>();
        for (JsonNode seating : seatings) {
          if (!seating.isArray() || seating.isEmpty()) {
            throw error("field 'seatings' must be a list of lists of agent indexes, e.g. [[0, 1]]");
          }
          int[] seats = new int[seating.size()];
          for (int s = 0; s < seats.length; s++) {
            long agent = integer(seating.get(s), "seatings");
            if (agent < 0 || agent > Integer.MAX_VALUE) {
              throw error("field 'seatings': agent index " + agent + " is negative or too large");
            }
            seats[s] = (int) agent;
          }
          list.add(seats);
        }
        return new Schedule.Custom(list);
      }
      case "one-vs-population" -> {
        fields(node, "type", "focal");
        long focal = integer(required(node, "focal"), "focal");
        if (focal < 0 || focal > Integer.MAX_VALUE) {
          throw error("field 'focal' must be an agent index >= 0, got " + focal);
        }
        return new Schedule.OneVsPopulation((int) focal);
      }
      default -> throw error("field 'type': unknown schedule '" + type + "'; types: round-robin, custom,"
          + " one-vs-population");
    }
  }

  private static EvaluationSweepSpec evaluationSweep(JsonNode root) {
    fields(root, "kind", "game", "agents", "opponents", "matchesPerPairing", "seeds");
    return new EvaluationSweepSpec(text(root, "game"), texts(root, "agents"), texts(root, "opponents"),
        positiveInt(root, "matchesPerPairing"), seeds(root));
  }

  private static SolverSweepSpec solverSweep(JsonNode root) {
    fields(root, "kind", "games", "solvers", "grid", "seeds", "limits");
    Map<String, List<String>> grid = new LinkedHashMap<>();
    JsonNode gridNode = root.get("grid");
    if (gridNode != null && !gridNode.isNull()) {
      if (!gridNode.isObject()) {
        throw error("field 'grid' must be an object of parameter name to a list of values, got " + type(gridNode));
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = gridNode.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> entry = it.next();
        if (!entry.getValue().isArray()) {
          throw error("field 'grid." + entry.getKey() + "' must be a list of values, got " + type(entry.getValue()));
        }
        List<String> values = new ArrayList<>();
        for (JsonNode value : entry.getValue()) {
          if (!value.isValueNode() || value.isNull()) {
            throw error("field 'grid." + entry.getKey() + "' holds " + type(value) + "; give strings or numbers");
          }
          values.add(value.asText());
        }
        grid.put(entry.getKey(), values);
      }
    }
    SolveLimits limits = null;
    JsonNode limitsNode = root.get("limits");
    if (limitsNode != null && !limitsNode.isNull()) {
      if (!limitsNode.isObject()) {
        throw error("field 'limits' must be an object such as {\"max_profiles\": 100000}, got " + type(limitsNode));
      }
      List<String> names = new ArrayList<>();
      for (ParameterSpec parameter : SolveLimits.PARAMETERS) {
        names.add(parameter.name());
      }
      Map<String, Long> values = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = limitsNode.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> entry = it.next();
        if (!names.contains(entry.getKey())) {
          throw error("unknown field 'limits." + entry.getKey() + "'; limits: " + String.join(", ", names));
        }
        long value = integer(entry.getValue(), "limits." + entry.getKey());
        if (value < 1) {
          throw error("field 'limits." + entry.getKey() + "' must be >= 1, got " + value);
        }
        values.put(entry.getKey(), value);
      }
      limits = SolveLimits.of(values);
    }
    return new SolverSweepSpec(texts(root, "games"), texts(root, "solvers"), grid, seeds(root), limits);
  }

  /** Writes a specification as a JSON object with its kind. */
  public static ObjectNode specNode(JobSpec spec) {
    ObjectNode node = MAPPER.createObjectNode().put("kind", spec.kind());
    if (spec instanceof TournamentSpec tournament) {
      node.put("game", tournament.game());
      strings(node.putArray("agents"), tournament.agents());
      ObjectNode schedule = node.putObject("schedule");
      Schedule kind = tournament.schedule();
      if (kind instanceof Schedule.RoundRobin roundRobin) {
        schedule.put("type", "round-robin").put("selfPlay", roundRobin.selfPlay());
      } else if (kind instanceof Schedule.OneVsPopulation one) {
        schedule.put("type", "one-vs-population").put("focal", one.focal());
      } else if (kind instanceof Schedule.Custom custom) {
        ArrayNode seatings = schedule.put("type", "custom").putArray("seatings");
        for (int[] seating : custom.seatings()) {
          ArrayNode seats = seatings.addArray();
          for (int agent : seating) {
            seats.add(agent);
          }
        }
      }
      node.put("matchesPerPairing", tournament.matchesPerPairing()).put("seed", tournament.seed());
    } else if (spec instanceof EvaluationSweepSpec sweep) {
      node.put("game", sweep.game());
      strings(node.putArray("agents"), sweep.agents());
      strings(node.putArray("opponents"), sweep.opponents());
      node.put("matchesPerPairing", sweep.matchesPerPairing());
      sweep.seeds().forEach(node.putArray("seeds")::add);
    } else if (spec instanceof SolverSweepSpec sweep) {
      strings(node.putArray("games"), sweep.games());
      strings(node.putArray("solvers"), sweep.solvers());
      ObjectNode grid = node.putObject("grid");
      sweep.grid().forEach((key, values) -> strings(grid.putArray(key), values));
      sweep.seeds().forEach(node.putArray("seeds")::add);
      ObjectNode limits = node.putObject("limits");
      SolveLimits l = sweep.limits();
      long[] values = {l.maxProfiles(), l.maxNodes(), l.maxTableau(), l.maxExactTableau(), l.maxSupports(),
          l.maxVertices()};
      for (int i = 0; i < values.length; i++) {
        limits.put(SolveLimits.PARAMETERS.get(i).name(), values[i]);
      }
    } else {
      throw new IllegalArgumentException("no JSON form for job kind " + spec.kind());
    }
    return node;
  }

  /** {@link #specNode} as compact text. */
  public static String writeSpec(JobSpec spec) {
    return specNode(spec).toString();
  }

  /**
   * An evaluation sweep's result: its spec, match count, ranking and pairings, and with {@code rows}
   * every match (seed index, index, pairing, match, seats, seed, returns, length).
   */
  public static ObjectNode resultNode(EvaluationSweepResult result, boolean rows) {
    EvaluationSweepSpec spec = result.spec();
    ObjectNode node = MAPPER.createObjectNode().put("kind", spec.kind());
    node.set("spec", specNode(spec));
    node.put("matches", result.matches());
    ArrayNode ranking = node.putArray("ranking");
    for (EvaluationSweepResult.AgentSummary agent : result.ranking()) {
      ObjectNode row = ranking.addObject().put("rank", agent.rank()).put("agent", agent.name())
          .put("agentIndex", agent.agent()).put("matches", agent.matches());
      number(row, "meanReturn", agent.meanReturn());
    }
    ArrayNode pairings = node.putArray("pairings");
    for (EvaluationSweepResult.Pairing pairing : result.pairings()) {
      ObjectNode row = pairings.addObject()
          .put("agent", spec.agents().get(pairing.agent())).put("agentIndex", pairing.agent())
          .put("opponent", spec.opponents().get(pairing.opponent())).put("opponentIndex", pairing.opponent())
          .put("matches", pairing.matches());
      number(row, "meanReturn", pairing.meanReturn());
      number(row, "standardError", pairing.standardError());
    }
    if (rows) {
      ArrayNode matches = node.putArray("rows");
      for (SweepMatch sweepMatch : result.rows()) {
        MatchRecord match = sweepMatch.match();
        ObjectNode row = matches.addObject().put("seedIndex", sweepMatch.seedIndex()).put("index", match.index())
            .put("pairing", match.pairing()).put("match", match.match());
        for (int agent : match.seats()) {
          row.withArray("seats").add(agent);
        }
        row.put("seed", match.seed());
        ArrayNode returns = row.putArray("returns");
        for (double value : match.returns()) {
          returns.add(value);
        }
        row.put("length", match.length());
      }
    }
    return node;
  }

  /** A solver sweep's result: its spec, counts, per (game, solver) summaries and every row. */
  public static ObjectNode resultNode(SolverSweepResult result) {
    ObjectNode node = MAPPER.createObjectNode().put("kind", result.spec().kind());
    node.set("spec", specNode(result.spec()));
    node.put("solves", result.rows().size()).put("failures", result.failures());
    ArrayNode summaries = node.putArray("summaries");
    for (SolverSweepResult.Summary summary : result.summaries()) {
      ObjectNode row = summaries.addObject().put("game", summary.game()).put("solver", summary.solver())
          .put("solves", summary.solves()).put("failures", summary.failures()).put("concept", summary.concept());
      number(row, "meanNashConv", summary.meanNashConv());
      number(row, "minNashConv", summary.minNashConv());
      number(row, "maxNashConv", summary.maxNashConv());
      number(row, "meanExploitability", summary.meanExploitability());
      number(row, "minExploitability", summary.minExploitability());
      number(row, "maxExploitability", summary.maxExploitability());
      number(row, "meanValue", summary.meanValue());
      number(row, "meanSeconds", summary.meanSeconds());
    }
    ArrayNode rows = node.putArray("rows");
    for (SolveRow solve : result.rows()) {
      ObjectNode row = rows.addObject().put("index", solve.index()).put("game", solve.game())
          .put("solver", solve.solver()).put("seed", solve.seed()).put("status", solve.status())
          .put("error", solve.error()).put("concept", solve.concept());
      number(row, "nashConv", solve.nashConv());
      number(row, "exploitability", solve.exploitability());
      number(row, "value", solve.value());
      row.put("equilibria", solve.equilibria());
      number(row, "seconds", solve.seconds());
    }
    return node;
  }

  /** A finite number, or null (JSON has no NaN or infinity). */
  private static void number(ObjectNode node, String field, double value) {
    if (Double.isFinite(value)) {
      node.put(field, value);
    } else {
      node.putNull(field);
    }
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }

  private static void fields(JsonNode node, String... allowed) {
    Set<String> names = Set.of(allowed);
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!names.contains(name)) {
        throw error("unknown field '" + name + "'; fields: " + String.join(", ", allowed));
      }
    }
  }

  private static JsonNode required(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw error("field '" + field + "' is missing");
    }
    return value;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = required(node, field);
    if (!value.isTextual()) {
      throw error("field '" + field + "' must be a string, got " + type(value));
    }
    return value.asText();
  }

  private static JsonNode array(JsonNode node, String field) {
    JsonNode value = required(node, field);
    if (!value.isArray()) {
      throw error("field '" + field + "' must be a list, got " + type(value));
    }
    return value;
  }

  private static List<String> texts(JsonNode node, String field) {
    List<String> values = new ArrayList<>();
    for (JsonNode value : array(node, field)) {
      if (!value.isTextual()) {
        throw error("field '" + field + "' must be a list of strings; it holds " + type(value));
      }
      values.add(value.asText());
    }
    return values;
  }

  private static long integer(JsonNode value, String field) {
    if (value == null || !value.isIntegralNumber() || !value.canConvertToLong()) {
      throw error("field '" + field + "' must be an integer, got " + type(value));
    }
    return value.asLong();
  }

  private static int positiveInt(JsonNode node, String field) {
    long value = integer(required(node, field), field);
    if (value < 1 || value > Integer.MAX_VALUE) {
      throw error("field '" + field + "' must be in [1, " + Integer.MAX_VALUE + "], got " + value);
    }
    return (int) value;
  }

  private static List<Long> seeds(JsonNode root) {
    if (!root.has("seeds")) {
      return List.of(0L);
    }
    List<Long> seeds = new ArrayList<>();
    for (JsonNode seed : array(root, "seeds")) {
      seeds.add(integer(seed, "seeds"));
    }
    return seeds;
  }

  private static String type(JsonNode value) {
    if (value == null || value.isNull()) {
      return "null";
    }
    if (value.isTextual()) {
      String text = value.asText();
      return "the string \"" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "\"";
    }
    if (value.isNumber() || value.isBoolean()) {
      return value.asText();
    }
    return value.isArray() ? "a list" : "an object";
  }

  private static SweepSpecException error(String message) {
    return new SweepSpecException(message, -1, -1);
  }
}

package org.agora.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stored job result (the JSON of {@link JobResults}) as named tables for CSV downloads
 * ({@code GET /api/jobs/{id}/result.csv?table=NAME}), written per RFC 4180 by {@link #csv}.
 *
 * <p>Tables: a solve's {@code equilibria} (a normal-form result's profiles, one row per strategy; a
 * tree result's behaviour policy, one row per action) and {@code convergence} (the curve or trajectory
 * of an iterative method), and a tree result's {@code players}; a tournament's {@code cross-table},
 * {@code metrics} and {@code ratings} (when the result has ratings); a PSRO run's {@code iterations}
 * and {@code meta-strategy}. Numbers are written as the JSON holds them (so a parsed cell equals the
 * JSON number), non-finite numbers and absent values as empty cells.
 */
final class ResultTables {

  private ResultTables() {}

  /** The tables a result has, by name, in order; each table is its header row then its rows. */
  static Map<String, List<List<String>>> of(JsonNode result) {
    Map<String, List<List<String>>> tables = new LinkedHashMap<>();
    switch (result.path("kind").asText()) {
      case "solve" -> solve(result, tables);
      case "tournament" -> tournament(result, tables);
      case "psro" -> psro(result, tables);
      default -> { }
    }
    return tables;
  }

  private static void solve(JsonNode result, Map<String, List<List<String>>> tables) {
    if (result.path("profiles").isArray()) {
      List<List<String>> rows = table("equilibrium", "player", "strategy", "probability", "exactProbability", "payoff", "nashConv");
      int index = 1;
      for (JsonNode profile : result.get("profiles")) {
        JsonNode strategies = profile.path("strategies");
        for (int p = 0; p < strategies.size(); p++) {
          for (int s = 0; s < strategies.get(p).size(); s++) {
            rows.add(List.of(Integer.toString(index), Integer.toString(p), Integer.toString(s), cell(strategies.get(p).get(s)),
                cell(profile.path("exactStrategies").path(p).path(s)), cell(profile.path("payoffs").path(p)),
                cell(profile.path("nashConv"))));
          }
        }
        index++;
      }
      tables.put("equilibria", rows);
      JsonNode trajectory = result.path("trajectory");
      if (trajectory.isObject() && trajectory.size() > 0) {
        List<String> names = new ArrayList<>();
        trajectory.fieldNames().forEachRemaining(names::add);
        List<List<String>> curve = new ArrayList<>();
        curve.add(names);
        for (int i = 0; i < trajectory.get(names.get(0)).size(); i++) {
          List<String> row = new ArrayList<>();
          for (String name : names) {
            row.add(cell(trajectory.get(name).path(i)));
          }
          curve.add(row);
        }
        tables.put("convergence", curve);
      }
      return;
    }
    List<List<String>> policy = table("player", "informationState", "action", "probability", "exactProbability");
    for (JsonNode row : result.path("policy")) {
      for (int k = 0; k < row.path("actions").size(); k++) {
        policy.add(List.of(cell(row.path("player")), cell(row.path("key")), cell(row.path("actions").get(k)),
            cell(row.path("probabilities").path(k)), cell(row.path("exactProbabilities").path(k))));
      }
    }
    tables.put("equilibria", policy);
    if (result.path("curve").isObject()) {
      List<List<String>> curve = table("iteration", "value", "seconds");
      for (JsonNode point : result.get("curve").path("points")) {
        curve.add(List.of(cell(point.path("iteration")), cell(point.path("value")), cell(point.path("seconds"))));
      }
      tables.put("convergence", curve);
    }
    List<List<String>> players = table("player", "expectedReturn", "exactExpectedReturn", "bestResponseGain");
    for (JsonNode player : result.path("players")) {
      players.add(List.of(cell(player.path("player")), cell(player.path("expectedReturn")),
          cell(player.path("exactExpectedReturn")), cell(player.path("bestResponseGain"))));
    }
    tables.put("players", players);
  }

  private static void tournament(JsonNode result, Map<String, List<List<String>>> tables) {
    JsonNode cross = result.path("crossTable");
    List<String> header = new ArrayList<>();
    header.add("agent");
    cross.path("agents").forEach(agent -> header.add(agent.asText()));
    List<List<String>> crossTable = new ArrayList<>();
    crossTable.add(header);
    for (int row = 0; row < cross.path("agents").size(); row++) {
      List<String> cells = new ArrayList<>();
      cells.add(cross.get("agents").get(row).asText());
      for (int column = 0; column < cross.path("agents").size(); column++) {
        boolean played = cross.path("matches").path(row).path(column).asLong(1) > 0;
        cells.add(played ? cell(cross.path("meanReturns").path(row).path(column)) : "");
      }
      crossTable.add(cells);
    }
    tables.put("cross-table", crossTable);
    List<List<String>> metrics = table("rank", "agent", "aggregateScore", "populationReturn", "withinPopulationExploitability");
    int rank = 1;
    for (JsonNode agent : result.path("metrics")) {
      metrics.add(List.of(Integer.toString(rank++), cell(agent.path("agent")), cell(agent.path("aggregateScore")),
          cell(agent.path("populationReturn")), cell(agent.path("withinPopulationExploitability"))));
    }
    tables.put("metrics", metrics);
    if (result.path("ratings").isArray() && result.get("ratings").size() > 0) {
      tables.put("ratings", objects(result.get("ratings")));
    }
  }

  private static void psro(JsonNode result, Map<String, List<List<String>>> tables) {
    tables.put("iterations", objects(result.path("iterations")));
    List<List<String>> meta = table("player", "policy", "probability");
    JsonNode players = result.path("metaStrategy");
    for (int p = 0; p < players.size(); p++) {
      for (int k = 0; k < players.get(p).size(); k++) {
        meta.add(List.of(Integer.toString(p), Integer.toString(k), cell(players.get(p).get(k))));
      }
    }
    tables.put("meta-strategy", meta);
  }

  /** An array of flat objects as a table, columns in the first object's field order. */
  private static List<List<String>> objects(JsonNode array) {
    List<String> header = new ArrayList<>();
    if (array.size() > 0) {
      array.get(0).fieldNames().forEachRemaining(header::add);
    }
    List<List<String>> rows = new ArrayList<>();
    rows.add(header);
    for (JsonNode object : array) {
      List<String> row = new ArrayList<>();
      for (String name : header) {
        row.add(cell(object.path(name)));
      }
      rows.add(row);
    }
    return rows;
  }

  private static List<List<String>> table(String... header) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of(header));
    return rows;
  }

  private static String cell(JsonNode value) {
    return value == null || value.isMissingNode() || value.isNull() || value.isContainerNode() ? "" : value.asText();
  }

  /** The rows as RFC 4180 CSV: CRLF line ends; fields with a comma, quote, CR or LF quoted, quotes doubled. */
  static String csv(List<List<String>> rows) {
    StringBuilder out = new StringBuilder();
    for (List<String> row : rows) {
      Iterator<String> cells = row.iterator();
      while (cells.hasNext()) {
        String cell = cells.next();
        if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\r') >= 0 || cell.indexOf('\n') >= 0) {
          out.append('"').append(cell.replace("\"", "\"\"")).append('"');
        } else {
          out.append(cell);
        }
        if (cells.hasNext()) {
          out.append(',');
        }
      }
      out.append("\r\n");
    }
    return out.toString();
  }
}

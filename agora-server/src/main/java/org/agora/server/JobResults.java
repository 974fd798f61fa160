package org.agora.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.agora.core.solve.SolveResult;
import org.agora.evaluation.population.AgentMetrics;
import org.agora.evaluation.population.CrossTable;
import org.agora.evaluation.population.PopulationMetrics;
import org.agora.evaluation.rating.EloRating;
import org.agora.evaluation.rating.Glicko2Rating;
import org.agora.evaluation.rating.MatchStreamRatings;
import org.agora.evaluation.rating.WengLinRating;
import org.agora.evaluation.report.CrossTableRatings;
import org.agora.evaluation.psro.PsroIteration;
import org.agora.evaluation.psro.PsroResult;
import org.agora.evaluation.tournament.MatchRecord;
import org.agora.evaluation.tournament.TournamentResult;
import org.agora.io.SolveResultJson;

/**
 * The JSON of job results: a solve's as {@code agora solve --json} writes it (equilibria, and the
 * convergence curve of iterative methods); a tournament's cross-table, population metrics and
 * ratings; a PSRO
 * run's iterations and final meta-strategy. Non-finite numbers are written as null.
 */
final class JobResults {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JobResults() {}

  static ObjectNode solve(SolveResult result) {
    ObjectNode json = NODES.objectNode().put("kind", "solve");
    json.setAll(SolveResultJson.toTree(result));
    return json;
  }

  static ObjectNode tournament(List<String> agents, List<MatchRecord> records) {
    TournamentResult result = TournamentResult.of(agents, 2, records);
    CrossTable table = result.crossTable();
    PopulationMetrics metrics = PopulationMetrics.of(table);
    ObjectNode json = NODES.objectNode().put("kind", "tournament").put("matches", result.matches());
    ArrayNode names = json.putArray("agents");
    table.agents().forEach(names::add);
    ObjectNode cross = json.putObject("crossTable");
    cross.set("agents", names.deepCopy());
    ArrayNode rows = cross.putArray("meanReturns");
    ArrayNode counts = cross.putArray("matches");
    for (int row = 0; row < table.size(); row++) {
      ArrayNode cells = rows.addArray();
      ArrayNode countRow = counts.addArray();
      for (int column = 0; column < table.size(); column++) {
        number(cells, table.meanReturn(row, column));
        countRow.add(table.matchCount(row, column).orElse(0));
      }
    }
    ArrayNode ranking = json.putArray("metrics");
    for (AgentMetrics agent : metrics.rankedByAggregateScore()) {
      ObjectNode entry = ranking.addObject().put("agent", agent.agent());
      number(entry, "populationReturn", agent.populationReturn());
      number(entry, "withinPopulationExploitability", agent.withinPopulationExploitability());
      number(entry, "aggregateScore", agent.aggregateScore());
    }
    json.set("ratings", ratings(table, records));
    return json;
  }

  /**
   * Each agent's ratings, in table order: Elo, Glicko-2 and Weng–Lin over the match stream
   * ({@link MatchStreamRatings}), and Nash averaging and alpha-rank over the cross-table
   * ({@link CrossTableRatings}; null when the table is too large for alpha-rank).
   */
  private static ArrayNode ratings(CrossTable table, List<MatchRecord> records) {
    MatchStreamRatings stream = MatchStreamRatings.of(table.agents(), records);
    Map<String, EloRating> elo = new HashMap<>();
    stream.elo().forEach(rated -> elo.put(rated.agent(), rated.rating()));
    Map<String, Glicko2Rating> glicko = new HashMap<>();
    stream.glicko2().forEach(rated -> glicko.put(rated.agent(), rated.rating()));
    Map<String, WengLinRating> wengLin = new HashMap<>();
    stream.wengLin().forEach(rated -> wengLin.put(rated.agent(), rated.rating()));
    CrossTableRatings game;
    try {
      game = CrossTableRatings.of(table, CrossTableRatings.DEFAULT_ALPHA, CrossTableRatings.DEFAULT_POPULATION_SIZE);
    } catch (IllegalArgumentException tooLarge) {
      game = null;
    }
    ArrayNode ratings = NODES.arrayNode();
    for (int i = 0; i < table.size(); i++) {
      String agent = table.agent(i);
      ObjectNode entry = ratings.addObject().put("agent", agent);
      number(entry, "elo", elo.get(agent).rating());
      number(entry, "glicko2", glicko.get(agent).rating());
      number(entry, "glicko2Deviation", glicko.get(agent).deviation());
      number(entry, "wengLinMu", wengLin.get(agent).mu());
      number(entry, "wengLinSigma", wengLin.get(agent).sigma());
      number(entry, "nashWeight", game == null ? Double.NaN : game.nashWeights()[i]);
      number(entry, "nashRating", game == null ? Double.NaN : game.nashRatings()[i]);
      number(entry, "alphaRankMass", game == null ? Double.NaN : game.alphaRankMass()[i]);
    }
    return ratings;
  }

  /**
   * The standings of a tournament still running, over the matches played so far: the cross-table with
   * null for pairs that have not met yet, and a leaderboard ranked by each agent's mean return
   * against the opponents it has met ({@code populationReturn}); the population metrics that need
   * every pair (aggregate score, within-population exploitability) are null until the result.
   */
  static ObjectNode partialTournament(List<String> agents, List<MatchRecord> records) {
    TournamentResult result = TournamentResult.of(agents, 2, records);
    int n = agents.size();
    List<String> names = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (String agent : agents) {
      int occurrence = seen.merge(agent, 1, Integer::sum);
      names.add(occurrence == 1 ? agent : agent + " #" + occurrence);
    }
    ObjectNode json = NODES.objectNode().put("kind", "tournament").put("partial", true).put("matches", result.matches());
    ArrayNode agentNames = json.putArray("agents");
    names.forEach(agentNames::add);
    ObjectNode cross = json.putObject("crossTable");
    cross.set("agents", agentNames.deepCopy());
    ArrayNode rows = cross.putArray("meanReturns");
    ArrayNode counts = cross.putArray("matches");
    double[] populationReturn = new double[n];
    int[] met = new int[n];
    long[] played = new long[n];
    for (int row = 0; row < n; row++) {
      ArrayNode cells = rows.addArray();
      ArrayNode countRow = counts.addArray();
      double sum = 0.0;
      for (int column = 0; column < n; column++) {
        long count = result.returns(row, column).count();
        double mean = result.meanReturn(row, column);
        number(cells, mean);
        countRow.add(count);
        played[row] += count;
        if (column != row && count > 0) {
          sum += mean;
          met[row]++;
        }
      }
      populationReturn[row] = met[row] == 0 ? Double.NaN : sum / met[row];
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> Double.isNaN(populationReturn[a]) || Double.isNaN(populationReturn[b])
        ? Boolean.compare(Double.isNaN(populationReturn[a]), Double.isNaN(populationReturn[b]))
        : Double.compare(populationReturn[b], populationReturn[a]));
    ArrayNode ranking = json.putArray("metrics");
    for (int agent : order) {
      ObjectNode entry = ranking.addObject().put("agent", names.get(agent));
      number(entry, "populationReturn", populationReturn[agent]);
      entry.putNull("withinPopulationExploitability");
      entry.putNull("aggregateScore");
      entry.put("opponentsMet", met[agent]).put("matches", played[agent]);
    }
    return json;
  }

  static ObjectNode psro(PsroResult result) {
    ObjectNode json = NODES.objectNode().put("kind", "psro");
    ArrayNode iterations = json.putArray("iterations");
    for (PsroIteration iteration : result.iterations()) {
      ObjectNode row = iterations.addObject().put("iteration", iteration.iteration())
          .put("policies", iteration.policies());
      number(row, "nashConv", iteration.nashConv());
      number(row, "exploitability", iteration.exploitability());
      row.put("seconds", iteration.elapsedNanos() / 1e9);
    }
    ArrayNode meta = json.putArray("metaStrategy");
    for (double[] player : result.metaStrategy()) {
      ArrayNode probabilities = meta.addArray();
      for (double p : player) {
        number(probabilities, p);
      }
    }
    return json;
  }

  private static void number(ArrayNode array, double value) {
    if (Double.isFinite(value)) {
      array.add(value);
    } else {
      array.addNull();
    }
  }

  private static void number(ObjectNode object, String name, double value) {
    if (Double.isFinite(value)) {
      object.put(name, value);
    } else {
      object.putNull(name);
    }
  }
}

package org.agora.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.agora.core.Rational;
import org.agora.core.solve.ConvergenceCurve;
import org.agora.core.solve.EquilibriumProfile;
import org.agora.core.solve.InformationStatePolicy;
import org.agora.core.solve.JointDistribution;
import org.agora.core.solve.NormalFormSolveResult;
import org.agora.core.solve.PlayerEvaluation;
import org.agora.core.solve.SolveResult;
import org.agora.core.solve.Trajectory;
import org.agora.core.solve.TreeSolveResult;

/**
 * The JSON form of a {@link SolveResult}, the one {@code agora solve --json} prints: field names and
 * order are part of the format. Numbers stay doubles (whole ones may be printed without a fraction),
 * NaN and infinities are meant to print as {@code null}, exact values are strings such as {@code "3/5"}.
 *
 * <p>Normal-form results: {@code game, method, concept, [value, exactValue], profiles (exact,
 * strategies, [exactStrategies], payoffs, nashConv), [distribution (profile, probability)],
 * [trajectory (x label and each series by name)], notes}. Tree results: {@code game, method, concept,
 * seconds, nashConv, [exactNashConv], [exploitability], players (player, expectedReturn,
 * [exactExpectedReturn], bestResponseGain), [curve (measure, points: iteration, value, seconds)],
 * notes, policy (player, key, actions, probabilities, [exactProbabilities])}.
 */
public final class SolveResultJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();

  private SolveResultJson() {}

  /** The result as a JSON tree, fields in format order. */
  public static ObjectNode toTree(SolveResult result) {
    if (result instanceof NormalFormSolveResult normalForm) {
      return normalForm(normalForm);
    }
    return tree((TreeSolveResult) result);
  }

  /** The result as compact JSON text (NaN written as {@code null}). */
  public static String write(SolveResult result) {
    try {
      return MAPPER.writeValueAsString(toTree(result));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a solve result as JSON: " + e.getMessage(), e);
    }
  }

  private static ObjectNode normalForm(NormalFormSolveResult result) {
    ObjectNode json = NODES.objectNode();
    json.put("game", result.gameName()).put("method", result.solver()).put("concept", result.concept());
    if (result.value() != null) {
      number(json, "value", result.value().value());
      if (result.value().exact() != null) {
        json.put("exactValue", result.value().exact().toString());
      }
    }
    ArrayNode profiles = json.putArray("profiles");
    for (EquilibriumProfile profile : result.profiles()) {
      ObjectNode entry = profiles.addObject();
      entry.put("exact", profile.exact());
      ArrayNode strategies = entry.putArray("strategies");
      for (double[] strategy : profile.strategies()) {
        numbers(strategies.addArray(), strategy);
      }
      if (profile.exact()) {
        ArrayNode exact = entry.putArray("exactStrategies");
        for (Rational[] strategy : profile.exactStrategies()) {
          rationals(exact.addArray(), strategy);
        }
      }
      numbers(entry.putArray("payoffs"), profile.payoffs());
      number(entry, "nashConv", profile.nashConv());
    }
    JointDistribution distribution = result.distribution();
    if (distribution != null) {
      ArrayNode entries = json.putArray("distribution");
      for (JointDistribution.Entry row : distribution.entries()) {
        ObjectNode entry = entries.addObject();
        ArrayNode names = entry.putArray("profile");
        row.strategies().forEach(names::add);
        number(entry, "probability", row.probability());
      }
    }
    Trajectory trajectory = result.trajectory();
    if (trajectory != null) {
      ObjectNode curve = json.putObject("trajectory");
      numbers(curve.putArray(trajectory.xLabel()), trajectory.x());
      for (Trajectory.Series series : trajectory.series()) {
        numbers(curve.putArray(series.name()), series.y());
      }
    }
    strings(json.putArray("notes"), result.notes());
    return json;
  }

  private static ObjectNode tree(TreeSolveResult result) {
    ObjectNode json = NODES.objectNode();
    json.put("game", result.gameName()).put("method", result.solver()).put("concept", result.concept());
    number(json, "seconds", result.seconds());
    number(json, "nashConv", result.nashConv());
    if (result.exactNashConv() != null) {
      json.put("exactNashConv", result.exactNashConv().toString());
    }
    if (result.exploitability() != null) {
      number(json, "exploitability", result.exploitability());
    }
    ArrayNode players = json.putArray("players");
    for (PlayerEvaluation player : result.players()) {
      ObjectNode entry = players.addObject();
      entry.put("player", player.player());
      number(entry, "expectedReturn", player.expectedReturn());
      if (player.exactExpectedReturn() != null) {
        entry.put("exactExpectedReturn", player.exactExpectedReturn().toString());
      }
      number(entry, "bestResponseGain", player.bestResponseGain());
    }
    ConvergenceCurve curve = result.curve();
    if (curve != null) {
      ObjectNode node = json.putObject("curve");
      node.put("measure", curve.measure());
      ArrayNode points = node.putArray("points");
      for (int i = 0; i < curve.iterations().length; i++) {
        ObjectNode point = points.addObject();
        point.put("iteration", curve.iterations()[i]);
        number(point, "value", curve.values()[i]);
        number(point, "seconds", curve.elapsedSeconds()[i]);
      }
    }
    strings(json.putArray("notes"), result.notes());
    ArrayNode policy = json.putArray("policy");
    for (InformationStatePolicy row : result.policy()) {
      ObjectNode entry = policy.addObject();
      entry.put("player", row.player()).put("key", row.key());
      ArrayNode actions = entry.putArray("actions");
      for (int action : row.actions()) {
        actions.add(action);
      }
      numbers(entry.putArray("probabilities"), row.probabilities());
      if (row.exactProbabilities() != null) {
        rationals(entry.putArray("exactProbabilities"), row.exactProbabilities());
      }
    }
    return json;
  }

  private static void number(ObjectNode node, String name, double value) {
    if (Double.isFinite(value)) {
      node.put(name, value);
    } else {
      node.putNull(name);
    }
  }

  private static void numbers(ArrayNode array, double[] values) {
    for (double value : values) {
      if (Double.isFinite(value)) {
        array.add(value);
      } else {
        array.addNull();
      }
    }
  }

  private static void rationals(ArrayNode array, Rational[] values) {
    for (Rational value : values) {
      array.add(value.toString());
    }
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }
}

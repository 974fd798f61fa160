package org.agora.io;

import com.fasterxml.jackson.databind.JsonNode;
import org.agora.core.Game;
import org.agora.core.TabularPolicy;

/**
 * Validates the {@code states} entries of a policy JSON file one by one and writes them into a
 * {@link TabularPolicy} (see {@link PolicyJson}). Each problem is a one-line
 * {@link IllegalArgumentException} naming the file, the entry and what is wrong.
 */
final class PolicyRows {

  private final TabularPolicy policy;
  private final Game game;
  private final String file;
  private final boolean[] seen;
  private final double[] distribution;

  PolicyRows(TabularPolicy policy, Game game, String file) {
    this.policy = policy;
    this.game = game;
    this.file = file;
    this.seen = new boolean[policy.size()];
    this.distribution = new double[policy.actionCount()];
  }

  /** Validates entry {@code index} and writes its row. */
  void apply(int index, JsonNode entry) {
    String where = "state #" + index;
    if (entry == null || !entry.isObject()) {
      throw error(where, "expected an object with player, key, actions and probabilities");
    }
    JsonNode playerNode = entry.get("player");
    if (playerNode == null || !playerNode.isInt()) {
      throw error(where, "\"player\" must be an integer, got " + playerNode);
    }
    int player = playerNode.intValue();
    JsonNode keyNode = entry.get("key");
    if (keyNode == null || !keyNode.isTextual()) {
      throw error(where, "\"key\" must be a string, got " + keyNode);
    }
    String key = keyNode.textValue();
    where = "state #" + index + " (player " + player + ", key '" + key + "')";
    if (player < 0 || player >= game.playerCount()) {
      throw error(where, "player must be in [0, " + game.playerCount() + ")");
    }
    int row = policy.row(player, key);
    if (row < 0) {
      throw error(where, "not an information state of player " + player + " in " + game.name());
    }
    if (seen[row]) {
      throw error(where, "given twice");
    }
    seen[row] = true;
    JsonNode actions = entry.get("actions");
    JsonNode probabilities = entry.get("probabilities");
    if (actions == null || !actions.isArray() || probabilities == null || !probabilities.isArray()
        || actions.size() != probabilities.size()) {
      throw error(where, "\"actions\" and \"probabilities\" must be arrays of the same length");
    }
    java.util.Arrays.fill(distribution, 0.0);
    boolean[] listed = new boolean[policy.actionCount()];
    double sum = 0.0;
    for (int i = 0; i < actions.size(); i++) {
      JsonNode actionNode = actions.get(i);
      if (!actionNode.isInt()) {
        throw error(where, "action " + actionNode + " is not an integer");
      }
      int action = actionNode.intValue();
      if (action < 0 || action >= policy.actionCount() || !policy.isLegal(row, action)) {
        throw error(where, "action " + action + " is not legal there; legal: " + legalActions(row));
      }
      if (listed[action]) {
        throw error(where, "action " + action + " is listed twice");
      }
      listed[action] = true;
      JsonNode probabilityNode = probabilities.get(i);
      double probability = probabilityNode.isNumber() ? probabilityNode.doubleValue() : Double.NaN;
      if (!(probability >= 0.0 && probability <= 1.0 + PolicyJson.SUM_TOLERANCE)) {
        throw error(where, "probability " + probabilityNode + " of action " + action + " is not a number in [0, 1]");
      }
      distribution[action] = probability;
      sum += probability;
    }
    if (Math.abs(sum - 1.0) > PolicyJson.SUM_TOLERANCE) {
      throw error(where, "probabilities sum to " + sum + ", not 1 (tolerance " + PolicyJson.SUM_TOLERANCE + ")");
    }
    if (Math.abs(sum - 1.0) > 1e-12) {
      // Within the tolerance but visibly off: rescale. Sums off only by rounding are kept bit for
      // bit, so that written policies read back exactly.
      for (int action = 0; action < distribution.length; action++) {
        distribution[action] /= sum;
      }
    }
    policy.setProbabilities(row, distribution);
  }

  private String legalActions(int row) {
    StringBuilder text = new StringBuilder();
    for (int action = 0; action < policy.actionCount(); action++) {
      if (policy.isLegal(row, action)) {
        text.append(text.length() == 0 ? "" : ", ").append(action);
      }
    }
    return text.toString();
  }

  private IllegalArgumentException error(String where, String problem) {
    return new IllegalArgumentException(file + ": " + where + ": " + problem);
  }
}

package org.agora.cli.markets;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.agora.markets.equilibrium.Market;

/**
 * Reads a {@link Market} from JSON: {@code {"budgets": [B_1, ...], "values": [[v_11, v_12, ...], ...],
 * "supplies": [s_1, ...]}} with one row of values per buyer and supplies optional (1 each by default).
 * Errors are one line naming the source, the line and column where the JSON parser has them, and the
 * field.
 */
public final class MarketJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Set<String> FIELDS = Set.of("budgets", "values", "supplies");

  private MarketJson() {}

  /**
   * Parses {@code text}; {@code source} names it in errors.
   *
   * @throws IllegalArgumentException with a one-line message for malformed JSON or an invalid market
   */
  public static Market read(String text, String source) {
    JsonNode root;
    try {
      root = MAPPER.readTree(text);
    } catch (JsonProcessingException malformed) {
      JsonLocation where = malformed.getLocation();
      String at = where == null ? source : source + ":" + where.getLineNr() + ":" + where.getColumnNr();
      throw new IllegalArgumentException(at + ": malformed JSON: " + malformed.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(source + ": expected a JSON object with budgets, values and supplies");
    }
    for (Iterator<Map.Entry<String, JsonNode>> fields = root.fields(); fields.hasNext();) {
      String name = fields.next().getKey();
      if (!FIELDS.contains(name)) {
        throw new IllegalArgumentException(source + ": unknown field '" + name + "'; allowed: budgets, values, supplies");
      }
    }
    double[] budgets = numbers(root.get("budgets"), source, "budgets");
    JsonNode rows = root.get("values");
    if (rows == null || !rows.isArray() || rows.isEmpty()) {
      throw new IllegalArgumentException(source + ": 'values' must be a non-empty array of rows, one per buyer");
    }
    if (rows.size() != budgets.length) {
      throw new IllegalArgumentException(source + ": " + budgets.length + " budgets but " + rows.size()
          + " rows of values; give one row per buyer");
    }
    int goods = -1;
    double[] values = null;
    for (int i = 0; i < rows.size(); i++) {
      double[] row = numbers(rows.get(i), source, "values[" + i + "]");
      if (goods < 0) {
        goods = row.length;
        values = new double[budgets.length * goods];
      } else if (row.length != goods) {
        throw new IllegalArgumentException(source + ": values[" + i + "] has " + row.length + " values, values[0] has "
            + goods + "; every buyer needs one value per good");
      }
      System.arraycopy(row, 0, values, i * goods, goods);
    }
    double[] supplies;
    if (root.has("supplies")) {
      supplies = numbers(root.get("supplies"), source, "supplies");
      if (supplies.length != goods) {
        throw new IllegalArgumentException(source + ": " + supplies.length + " supplies for " + goods + " goods");
      }
    } else {
      supplies = new double[goods];
      java.util.Arrays.fill(supplies, 1.0);
    }
    try {
      return new Market(budgets.length, goods, budgets, values, supplies);
    } catch (IllegalArgumentException invalid) {
      throw new IllegalArgumentException(source + ": " + invalid.getMessage());
    }
  }

  private static double[] numbers(JsonNode node, String source, String field) {
    if (node == null || !node.isArray() || node.isEmpty()) {
      throw new IllegalArgumentException(source + ": '" + field + "' must be a non-empty array of numbers");
    }
    double[] numbers = new double[node.size()];
    for (int k = 0; k < numbers.length; k++) {
      JsonNode element = node.get(k);
      if (!element.isNumber()) {
        throw new IllegalArgumentException(source + ": " + field + "[" + k + "] is " + element + ", not a number");
      }
      numbers[k] = element.asDouble();
    }
    return numbers;
  }
}

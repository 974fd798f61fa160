package org.agora.cli.output;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Prints a Jackson tree (such as agora-io's JSON form of a solve result) through {@link JsonWriter},
 * so that it has the CLI's layout: fields in the tree's order, whole doubles without a fraction,
 * NaN as null.
 */
public final class JsonNodeWriter {

  private JsonNodeWriter() {}

  /** {@code node} as the CLI prints JSON. */
  public static String render(JsonNode node) {
    JsonWriter json = new JsonWriter();
    write(json, node);
    return json.toString();
  }

  private static void write(JsonWriter json, JsonNode node) {
    if (node.isObject()) {
      json.beginObject();
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        json.name(field.getKey());
        write(json, field.getValue());
      }
      json.endObject();
    } else if (node.isArray()) {
      json.beginArray();
      for (JsonNode element : node) {
        write(json, element);
      }
      json.endArray();
    } else if (node.isTextual()) {
      json.value(node.textValue());
    } else if (node.isBoolean()) {
      json.value(node.booleanValue());
    } else if (node.isIntegralNumber()) {
      json.value(node.longValue());
    } else if (node.isNumber()) {
      json.value(node.doubleValue());
    } else if (node.isNull() || node.isMissingNode()) {
      json.nullValue();
    } else {
      throw new IllegalArgumentException("cannot print a JSON node of type " + node.getNodeType());
    }
  }
}

package org.agora.cli.command;

import java.util.List;
import java.util.Map;
import org.agora.cli.output.JsonWriter;
import org.agora.core.GameType;
import org.agora.core.ParameterSpec;

/** Shared wording and JSON shapes for game types and parameters. */
final class GameDescriptions {

  private GameDescriptions() {}

  /** Lower-case, hyphenated name of an enum constant, e.g. {@code zero-sum}. */
  static String word(Enum<?> constant) {
    return constant.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /** Writes {@code "type": {dynamics, chance, information, utility, summary}}. */
  static void writeType(JsonWriter json, GameType type) {
    json.name("type").beginObject()
        .field("dynamics", word(type.dynamics()))
        .field("chance", word(type.chance()))
        .field("information", word(type.information()))
        .field("utility", word(type.utility()))
        .field("summary", type.describe())
        .endObject();
  }

  /** Writes {@code "parameters": [...]} with each declaration. */
  static void writeParameterSpecs(JsonWriter json, List<ParameterSpec> specs) {
    json.name("parameters").beginArray();
    for (ParameterSpec spec : specs) {
      json.beginObject()
          .field("name", spec.name())
          .field("type", word(spec.type()))
          .field("required", spec.required());
      json.name("default");
      writeValue(json, spec.defaultValue());
      json.field("allowed", spec.allowed())
          .field("description", spec.description())
          .endObject();
    }
    json.endArray();
  }

  /** Writes {@code "parameters": {name: value, ...}} for a game instance. */
  static void writeParameterValues(JsonWriter json, Map<String, Object> values) {
    json.name("parameters").beginObject();
    for (Map.Entry<String, Object> entry : values.entrySet()) {
      json.name(entry.getKey());
      writeValue(json, entry.getValue());
    }
    json.endObject();
  }

  /** Writes a typed parameter value (Integer, Double, Boolean, String or null). */
  static void writeValue(JsonWriter json, Object value) {
    if (value == null) {
      json.nullValue();
    } else if (value instanceof Integer || value instanceof Long) {
      json.value(((Number) value).longValue());
    } else if (value instanceof Number number) {
      json.value(number.doubleValue());
    } else if (value instanceof Boolean bool) {
      json.value(bool);
    } else {
      json.value(String.valueOf(value));
    }
  }
}

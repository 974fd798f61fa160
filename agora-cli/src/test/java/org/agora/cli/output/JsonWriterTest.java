package org.agora.cli.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.agora.cli.Json;
import org.junit.jupiter.api.Test;

class JsonWriterTest {

  @Test
  @SuppressWarnings("unchecked")
  void writesNestedObjectsAndArraysThatParse() {
    String text = new JsonWriter().beginObject()
        .field("name", "kuhn_poker")
        .field("players", 2)
        .field("ratio", 0.25)
        .field("exact", true)
        .name("list").beginArray().value(1).value("two").nullValue().beginObject().endObject().endArray()
        .name("empty").beginArray().endArray()
        .endObject().toString();

    Map<String, Object> parsed = Json.object(text);

    assertThat(parsed).containsEntry("name", "kuhn_poker").containsEntry("players", 2.0)
        .containsEntry("ratio", 0.25).containsEntry("exact", true).containsEntry("empty", List.of());
    assertThat((List<Object>) parsed.get("list")).containsExactly(1.0, "two", null, Map.of());
  }

  @Test
  @SuppressWarnings("unchecked")
  void escapesQuotesBackslashesAndControlCharacters() {
    String nasty = "a\"b\\c\nd\te\u0001f\u2028g/é";
    String text = new JsonWriter().beginArray().value(nasty).endArray().toString();

    assertThat(text).doesNotContain("\n" + "d").contains("\\u0001").contains("\\u2028");
    assertThat((List<Object>) Json.parse(text)).containsExactly(nasty);
  }

  @Test
  @SuppressWarnings("unchecked")
  void writesNonFiniteNumbersAsNull() {
    String text = new JsonWriter().beginArray()
        .value(Double.NaN).value(Double.POSITIVE_INFINITY).value(Double.NEGATIVE_INFINITY).value(-1.5e-7)
        .endArray().toString();

    assertThat((List<Object>) Json.parse(text)).containsExactly(null, null, null, -1.5e-7);
  }

  @Test
  void rejectsMisuse() {
    assertThatThrownBy(() -> new JsonWriter().beginObject().value(1)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new JsonWriter().beginArray().name("x")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new JsonWriter().beginArray().endObject()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new JsonWriter().beginArray().toString()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new JsonWriter().value(1).value(2)).isInstanceOf(IllegalStateException.class);
  }
}

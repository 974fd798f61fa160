package org.agora.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link ParameterSpec} validation and {@link GameParameters} resolution and canonical strings. */
class GameParametersTest {

  private static final List<ParameterSpec> SPECS = List.of(
      ParameterSpec.integer("players", 2, 2, 10, "number of players"),
      ParameterSpec.real("discount", 0.5, 0.0, 1.0, "discount factor"),
      ParameterSpec.bool("verbose", false, "talk more"),
      ParameterSpec.choice("deck", "short", List.of("short", "full"), "which deck"),
      ParameterSpec.text("label", "plain", "free text"),
      ParameterSpec.requiredInteger("seats", 1, 9, "table seats"));

  private static GameParameters resolve(Map<String, String> raw) {
    return GameParameters.resolve("poker", SPECS, raw);
  }

  @Test
  void fillsDefaultsInDeclarationOrder() {
    GameParameters parameters = resolve(Map.of("seats", "6"));
    assertThat(parameters.values()).containsExactly(Map.entry("players", 2), Map.entry("discount", 0.5),
        Map.entry("verbose", false), Map.entry("deck", "short"), Map.entry("label", "plain"), Map.entry("seats", 6));
    assertThat(parameters.getInt("players")).isEqualTo(2);
    assertThat(parameters.getDouble("discount")).isEqualTo(0.5);
    assertThat(parameters.getDouble("players")).isEqualTo(2.0);
    assertThat(parameters.getBoolean("verbose")).isFalse();
    assertThat(parameters.getString("deck")).isEqualTo("short");
    assertThat(parameters.gameName()).isEqualTo("poker");
  }

  @Test
  void parsesEveryType() {
    GameParameters parameters = resolve(Map.of("players", " 3 ", "discount", "1e-1", "verbose", "TRUE", "deck", "full",
        "label", "anything at all", "seats", "9"));
    assertThat(parameters.getInt("players")).isEqualTo(3);
    assertThat(parameters.getDouble("discount")).isEqualTo(0.1);
    assertThat(parameters.getBoolean("verbose")).isTrue();
    assertThat(parameters.getString("deck")).isEqualTo("full");
    assertThat(parameters.getString("label")).isEqualTo("anything at all");
  }

  @Test
  void unknownParameterListsTheAllowedOnes() {
    assertThatThrownBy(() -> resolve(Map.of("seats", "2", "player", "3")))
        .isInstanceOf(GameSpecException.class)
        .hasMessage("poker: unknown parameter 'player'; allowed: players, discount, verbose, deck, label, seats");
    assertThatThrownBy(() -> GameParameters.resolve("pennies", List.of(), Map.of("stake", "2")))
        .hasMessage("pennies: unknown parameter 'stake'; it takes no parameters");
  }

  @Test
  void missingRequiredParameterSaysWhatIsAllowed() {
    assertThatThrownBy(() -> resolve(Map.of()))
        .isInstanceOf(GameSpecException.class)
        .hasMessage("poker: parameter 'seats' is required; allowed: integer in [1, 9]");
  }

  @Test
  void outOfRangeValuesNameParameterValueAndRange() {
    assertThatThrownBy(() -> resolve(Map.of("seats", "2", "players", "11")))
        .isInstanceOf(GameSpecException.class)
        .hasMessage("poker: parameter 'players' value '11' is out of range; allowed: integer in [2, 10]");
    assertThatThrownBy(() -> resolve(Map.of("seats", "2", "discount", "1.5")))
        .hasMessage("poker: parameter 'discount' value '1.5' is out of range; allowed: number in [0, 1]");
    assertThatThrownBy(() -> resolve(Map.of("seats", "2", "discount", "NaN")))
        .hasMessage("poker: parameter 'discount' value 'NaN' is out of range; allowed: number in [0, 1]");
  }

  @Test
  void wrongTypesNameParameterValueAndType() {
    assertThatThrownBy(() -> resolve(Map.of("seats", "2.5")))
        .hasMessage("poker: parameter 'seats' value '2.5' is not an integer; allowed: integer in [1, 9]");
    assertThatThrownBy(() -> resolve(Map.of("seats", "2", "discount", "half")))
        .hasMessage("poker: parameter 'discount' value 'half' is not a number; allowed: number in [0, 1]");
    assertThatThrownBy(() -> resolve(Map.of("seats", "2", "verbose", "yes")))
        .hasMessage("poker: parameter 'verbose' value 'yes' is not a boolean; allowed: true or false");
    assertThatThrownBy(() -> resolve(Map.of("seats", "2", "deck", "tarot")))
        .hasMessage("poker: parameter 'deck' value 'tarot' is not allowed; allowed: one of short, full");
    ParameterSpec stage = ParameterSpec.game("stage", null, "stage game");
    assertThatThrownBy(() -> stage.parse("repeated", " "))
        .hasMessage("repeated: parameter 'stage' value ' ' is empty; allowed: a game string such as rock_paper_scissors");
  }

  @Test
  void describesAllowedValues() {
    assertThat(ParameterSpec.integer("n", 1, 1, Integer.MAX_VALUE, "").allowed()).isEqualTo("integer in [1, inf]");
    assertThat(ParameterSpec.real("x", 0, Double.NEGATIVE_INFINITY, 2.5, "").allowed()).isEqualTo("number in [-inf, 2.5]");
    assertThat(ParameterSpec.text("t", null, "").allowed()).isEqualTo("any text");
    assertThat(ParameterSpec.text("t", null, "").required()).isTrue();
    assertThat(ParameterSpec.game("g", "x", null).description()).isEmpty();
  }

  @Test
  void askingForAnUndeclaredParameterNamesIt() {
    assertThatThrownBy(() -> resolve(Map.of("seats", "2")).getInt("rounds"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("poker has no parameter 'rounds'");
  }

  @Test
  void canonicalGameStringRoundTrips() {
    Map<String, String> raw = new LinkedHashMap<>();
    raw.put("label", "two words, and a comma");
    raw.put("seats", "4");
    raw.put("discount", "1");
    GameParameters parameters = resolve(raw);
    String canonical = parameters.toGameString();
    assertThat(canonical).isEqualTo(
        "poker(players=2,discount=1.0,verbose=false,deck=short,label=\"two words, and a comma\",seats=4)");
    GameSpec spec = GameSpec.parse(canonical);
    GameParameters reparsed = GameParameters.resolve(spec.name(), SPECS, spec.arguments());
    assertThat(reparsed.values()).isEqualTo(parameters.values());
    assertThat(reparsed.toGameString()).isEqualTo(canonical);
    assertThat(parameters).hasToString(canonical);
  }

  @Test
  void gamesWithoutParametersAreJustTheirName() {
    assertThat(GameParameters.none("kuhn_poker").toGameString()).isEqualTo("kuhn_poker");
    assertThat(GameParameters.of("g", Map.of("x", 0.25)).toGameString()).isEqualTo("g(x=0.25)");
  }
}

package org.agora.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class GameSpecTest {

  @Test
  void parsesNestedGameStrings() {
    GameSpec spec = GameSpec.parse("repeated(stage=kuhn_poker(players=3), rounds=10, recall=2)");
    assertThat(spec.name()).isEqualTo("repeated");
    assertThat(spec.arguments()).containsExactly(
        Map.entry("stage", "kuhn_poker(players=3)"), Map.entry("rounds", "10"), Map.entry("recall", "2"));
  }

  @Test
  void quotedValuesKeepCommas() {
    GameSpec spec = GameSpec.parse("matrix(payoffs=\"3,3 0,5; 5,0 1,1\")");
    assertThat(spec.arguments()).containsEntry("payoffs", "3,3 0,5; 5,0 1,1");
    assertThat(GameSpec.quoteIfNeeded("3,3 0,5")).isEqualTo("\"3,3 0,5\"");
    assertThat(GameSpec.quoteIfNeeded("kuhn_poker(players=3)")).isEqualTo("kuhn_poker(players=3)");
  }

  @Test
  void malformedStringsNameTheProblemAndPosition() {
    assertThatThrownBy(() -> GameSpec.parse("kuhn_poker(players=3"))
        .isInstanceOf(GameSpecException.class)
        .hasMessage("bad game string 'kuhn_poker(players=3': expected ',' or ')' at the end");
    assertThatThrownBy(() -> GameSpec.parse("kuhn_poker(=3)"))
        .hasMessageContaining("expected a parameter name at position 12");
    assertThatThrownBy(() -> GameSpec.parse("a(x=1,x=2)")).hasMessageContaining("parameter 'x' given twice");
  }

  @Test
  void solverNamesMayContainAPlus() {
    GameSpec spec = GameSpec.parse("cfr+(iterations=1000,threads=2)");
    assertThat(spec.name()).isEqualTo("cfr+");
    assertThat(spec.arguments())
        .containsExactly(Map.entry("iterations", "1000"), Map.entry("threads", "2"));
  }
}

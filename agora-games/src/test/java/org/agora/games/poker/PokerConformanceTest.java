package org.agora.games.poker;

import org.agora.core.GameRegistry;
import org.agora.testkit.GameConformance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PokerConformanceTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "kuhn_poker", "kuhn_poker(players=3)", "kuhn_poker(players=5)", "kuhn_poker(players=10)",
      "leduc_poker", "leduc_poker(players=3)", "leduc_poker(players=6)"})
  void conformsToTheTestkitSuite(String gameString) {
    GameConformance.assertConforms(GameRegistry.create(gameString));
  }
}

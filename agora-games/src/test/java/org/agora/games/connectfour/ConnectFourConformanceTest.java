package org.agora.games.connectfour;

import org.agora.core.GameRegistry;
import org.agora.testkit.GameConformance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConnectFourConformanceTest {

  @ParameterizedTest
  @ValueSource(strings = {"connect_four", "connect_four(rows=4,columns=5,connect=3)"})
  void conformsToTheTestkitSuite(String gameString) {
    GameConformance.assertConforms(GameRegistry.create(gameString));
  }
}

package org.agora.games.tictactoe;

import org.agora.core.GameRegistry;
import org.agora.testkit.GameConformance;
import org.junit.jupiter.api.Test;

class TicTacToeConformanceTest {

  @Test
  void conformsToTheTestkitSuite() {
    GameConformance.assertConforms(GameRegistry.create("tic_tac_toe"));
  }
}

package org.agora.games.tictactoe;

import org.agora.core.GameRegistry;
import org.agora.testkit.GameConformance;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class TicTacToeConformanceTest {

  @Test
  void conformsToTheTestkitSuite() {
    runConformance("tic_tac_toe");
  }

  /**
   * Runs the testkit suite on a registered game; skipped (not passed) while the testkit is still
   * the placeholder that throws "not implemented yet".
   */
  static void runConformance(String gameString) {
    try {
      GameConformance.assertConforms(GameRegistry.create(gameString));
    } catch (UnsupportedOperationException placeholder) {
      Assumptions.abort("GameConformance is not implemented in this build: " + placeholder.getMessage());
    }
  }
}

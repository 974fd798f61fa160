package org.agora.games.liarsdice;

import org.agora.core.GameRegistry;
import org.agora.testkit.GameConformance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LiarsDiceConformanceTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "liars_dice", "liars_dice(numdice=2)", "liars_dice(players=3,numdice=2,dice_sides=4)",
      "liars_dice(players=2,numdice=1,dice_sides=2)", "liars_dice(players=4,numdice=2,dice_sides=5)"})
  void conformsToTheTestkitSuite(String gameString) {
    GameConformance.assertConforms(GameRegistry.create(gameString));
  }
}

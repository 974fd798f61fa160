package org.agora.games.goofspiel;

import org.agora.core.GameRegistry;
import org.agora.testkit.GameConformance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GoofspielConformanceTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "goofspiel",
      "goofspiel(num_cards=3,points_order=descending,imperfect_information=false)",
      "goofspiel(num_cards=5,points_order=ascending,returns_type=point_difference)",
      "goofspiel(num_cards=4,returns_type=total_points,players=3)",
      "goofspiel(num_cards=13,points_order=descending)",
      "goofspiel(num_cards=1)"})
  void conformsToTheTestkitSuite(String gameString) {
    GameConformance.assertConforms(GameRegistry.create(gameString));
  }
}

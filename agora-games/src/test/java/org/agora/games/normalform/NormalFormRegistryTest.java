package org.agora.games.normalform;

import static org.assertj.core.api.Assertions.assertThat;

import org.agora.core.Game;
import org.agora.core.GameRegistry;
import org.agora.core.normalform.NormalFormGame;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NormalFormRegistryTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "rock_paper_scissors", "biased_rock_paper_scissors", "matching_pennies", "prisoners_dilemma",
      "prisoners_dilemma(temptation=4,reward=2.5,punishment=1,sucker=-1)", "stag_hunt", "chicken",
      "battle_of_the_sexes", "shapleys_game", "travelers_dilemma", "travelers_dilemma(min_claim=0,max_claim=7,bonus=3)",
      "blotto", "blotto(soldiers=4,fields=2,players=3)", "matrix(payoffs=\"3,3 0,5; 5,0 1,1\")"})
  void nameRoundTripsThroughTheRegistry(String spec) {
    Game game = GameRegistry.create(spec);
    Game again = GameRegistry.create(game.name());
    assertThat(again.name()).isEqualTo(game.name());
    assertThat(((NormalFormGame) again).payoffTensor()).containsExactly(((NormalFormGame) game).payoffTensor());
    assertThat(game.parameters().gameName()).isEqualTo(spec.replaceAll("\\(.*", ""));
  }
}

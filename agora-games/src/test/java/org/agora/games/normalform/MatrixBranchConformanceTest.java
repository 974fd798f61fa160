package org.agora.games.normalform;

import org.agora.core.GameRegistry;
import org.agora.testkit.ConformanceOptions;
import org.agora.testkit.GameConformance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every game of this branch, with default and some non-default parameters, passes the testkit suite. */
class MatrixBranchConformanceTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "rock_paper_scissors", "biased_rock_paper_scissors", "matching_pennies", "prisoners_dilemma",
      "prisoners_dilemma(temptation=4,reward=2.5,punishment=0.5,sucker=-1)", "stag_hunt", "chicken",
      "battle_of_the_sexes", "shapleys_game", "travelers_dilemma", "travelers_dilemma(min_claim=0,max_claim=9,bonus=3)",
      "blotto", "blotto(soldiers=4,fields=2,players=3)", "blotto(soldiers=6,fields=2,players=2)",
      "matrix(payoffs=\"3,3 0,5; 5,0 1,1\")", "matrix(payoffs=\"1/3 -1; 0.5 2\", row_names=\"U D\")",
      "matrix(payoffs=\"1,2,3 4,5,6; 0,0,0 1,1,1\", shape=1x2x2)",
      "repeated_rock_paper_scissors(rounds=5,recall=3)",
      "iterated_prisoners_dilemma(continuation=0.5,max_rounds=4,recall=2)",
      "iterated_prisoners_dilemma(continuation=1,max_rounds=3)",
      "first_price_auction", "first_price_auction(players=3,values=3,bids=4,reserve=1)",
      "second_price_auction", "second_price_auction(players=4,values=6,bids=8,reserve=2)",
      "bargaining", "bargaining(max_turns=4,discount=0.9,prob_end=0.2)"})
  void conforms(String spec) {
    GameConformance.assertConforms(GameRegistry.create(spec));
  }

  /** The default repeated games are long (1000 throws; up to 1000 rounds), so fewer playouts. */
  @ParameterizedTest
  @ValueSource(strings = {"repeated_rock_paper_scissors", "iterated_prisoners_dilemma"})
  void longRepeatedGamesConform(String spec) {
    GameConformance.assertConforms(GameRegistry.create(spec), ConformanceOptions.defaults().withPlayouts(40));
  }
}

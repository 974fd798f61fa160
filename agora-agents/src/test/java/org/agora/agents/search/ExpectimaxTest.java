package org.agora.agents.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.agora.agents.CoinGambleGame;
import org.agora.agents.mcts.MctsAgent;
import org.agora.agents.search.RandomRolloutEvaluator;
import org.agora.core.Game;
import org.junit.jupiter.api.Test;

/** Chance nodes: alpha-beta takes expectations there, and UCT samples them in its tree. */
class ExpectimaxTest {

  @Test
  void alphaBetaTakesTheExpectationAtChanceNodes() {
    Game banking = new CoinGambleGame(0.2);
    Game gambling = new CoinGambleGame(-0.5);

    AlphaBetaSearch.Result bank = AlphaBetaSearch.exact(banking).search(banking.newInitialState());
    AlphaBetaSearch.Result flip = AlphaBetaSearch.exact(gambling).search(gambling.newInitialState());

    assertThat(bank.action()).isZero();
    assertThat(bank.value()).isEqualTo(0.2);
    assertThat(flip.action()).isEqualTo(1);
    assertThat(flip.value()).isCloseTo(CoinGambleGame.FLIP_VALUE, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(MinimaxReference.value(gambling.newInitialState(), Integer.MAX_VALUE, null)).isEqualTo(flip.value());
  }

  @Test
  void mctsSamplesChanceInTheTreeAndChoosesTheBetterOption() {
    for (long seed = 1; seed <= 3; seed++) {
      Game banking = new CoinGambleGame(0.2);
      Game gambling = new CoinGambleGame(-0.5);
      assertThat(mcts(banking, seed).step(banking.newInitialState())).isZero();
      assertThat(mcts(gambling, seed).step(gambling.newInitialState())).isEqualTo(1);
    }
  }

  private static MctsAgent mcts(Game game, long seed) {
    return new MctsAgent(game, 0, 3000, Math.sqrt(2.0), new RandomRolloutEvaluator(game, 1), new SplittableRandom(seed));
  }
}

package org.agora.games.poker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.agora.core.Game;
import org.agora.core.RandomPlayout;
import org.agora.core.State;
import org.agora.core.StateSerializer;
import org.agora.testkit.SeededCases;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class PokerProperties {

  private static void assertZeroSumWithinBounds(Game game, State state, int moves) {
    assertThat(state.isTerminal()).isTrue();
    assertThat(moves).isEqualTo(state.historyLength()).isLessThanOrEqualTo(game.maxGameLength());
    double sum = 0;
    for (int p = 0; p < game.playerCount(); p++) {
      assertThat(state.returns(p)).isBetween(game.minUtility(), game.maxUtility());
      sum += state.returns(p);
    }
    assertThat(sum).isCloseTo(0.0, within(1e-9));
  }

  @TestFactory
  Stream<DynamicTest> kuhnPotGoesToTheBestCardAmongTheContenders() {
    return SeededCases.tests(1950, 300, one -> kuhnPotGoesToTheBestCardAmongTheContenders(one.intBetween(2, 10),
        one.nextLong()));
  }

  private void kuhnPotGoesToTheBestCardAmongTheContenders(int players, long seed) {
    Game game = new KuhnPokerGame(players);
    State state = game.newInitialState();
    int moves = new RandomPlayout(game).finish(state, new SplittableRandom(seed));
    assertZeroSumWithinBounds(game, state, moves);
    int[] history = state.history();
    boolean anyBet = false;
    for (int i = players; i < history.length; i++) {
      anyBet |= history[i] == KuhnPokerGame.BET;
    }
    int bestCard = -1;
    int bestPlayer = -1;
    for (int p = 0; p < players; p++) {
      // A contender paid 2 chips (bet or called), or everybody passed.
      boolean contender = !anyBet || state.returns(p) != -1;
      if (contender && history[p] > bestCard) {
        bestCard = history[p];
        bestPlayer = p;
      }
    }
    for (int p = 0; p < players; p++) {
      assertThat(state.returns(p) > 0).isEqualTo(p == bestPlayer);
    }
  }

  @TestFactory
  Stream<DynamicTest> leducRespectsTheRaiseCapAndTheStakes() {
    return SeededCases.tests(1950, 300, one -> leducRespectsTheRaiseCapAndTheStakes(one.intBetween(2, 10),
        one.nextLong()));
  }

  private void leducRespectsTheRaiseCapAndTheStakes(int players, long seed) {
    LeducPokerGame game = new LeducPokerGame(players);
    State state = game.newInitialState();
    int moves = new RandomPlayout(game).finish(state, new SplittableRandom(seed));
    assertZeroSumWithinBounds(game, state, moves);
    String key = state.informationStateKey(0);
    String[] rounds = key.substring(key.indexOf("bets=") + 5).split("/", -1);
    for (String round : rounds) {
      assertThat(round.chars().filter(c -> c == 'r').count()).isLessThanOrEqualTo(2);
      assertThat(round.length()).isLessThanOrEqualTo(3 * players - 2);
    }
    LeducPokerState leduc = (LeducPokerState) state;
    for (int p = 0; p < players; p++) {
      assertThat(leduc.contribution(p)).isBetween(1, 13);
      assertThat(state.returns(p)).isGreaterThanOrEqualTo(-leduc.contribution(p));
    }
  }

  @TestFactory
  Stream<DynamicTest> replayingTheHistoryReproducesKeysAndReturns() {
    return SeededCases.tests(1950, 100, one -> replayingTheHistoryReproducesKeysAndReturns(one.intBetween(2, 4),
        one.intBetween(0, 30), one.nextLong()));
  }

  private void replayingTheHistoryReproducesKeysAndReturns(int players, int stopAfter, long seed) {
    for (Game game : new Game[] {new KuhnPokerGame(players), new LeducPokerGame(players)}) {
      State state = game.newInitialState();
      SplittableRandom random = new SplittableRandom(seed);
      int[] legal = new int[game.maxChanceOutcomes()];
      for (int i = 0; i < stopAfter && !state.isTerminal(); i++) {
        int count = state.legalActions(legal);
        state.apply(state.isChanceNode() ? state.sampleChanceOutcome(random) : legal[random.nextInt(count)]);
      }
      State replayed = StateSerializer.deserialize(StateSerializer.serialize(state));
      for (int p = 0; p < players; p++) {
        assertThat(replayed.informationStateKey(p)).isEqualTo(state.informationStateKey(p));
        assertThat(replayed.observation(p)).isEqualTo(state.observation(p));
        assertThat(replayed.returns(p)).isEqualTo(state.returns(p));
      }
      assertThat(replayed.turn()).isEqualTo(state.turn());
    }
  }
}

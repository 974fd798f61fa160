package org.agora.games.liarsdice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.agora.core.RandomPlayout;
import org.agora.core.State;
import org.agora.testkit.SeededCases;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class LiarsDiceProperties {

  @TestFactory
  Stream<DynamicTest> theChallengeIsSettledByTheDice() {
    return SeededCases.tests(1950, 300, one -> {
      // as many dice per player as the game allows (at most MAX_TOTAL_DICE in all)
      int players = one.intBetween(2, 5);
      int dicePerPlayer = one.intBetween(1, Math.min(4, LiarsDiceGame.MAX_TOTAL_DICE / players));
      theChallengeIsSettledByTheDice(players, dicePerPlayer, one.intBetween(2, 8), one.nextLong());
    });
  }

  private void theChallengeIsSettledByTheDice(int players, int dicePerPlayer, int sides, long seed) {
    LiarsDiceGame game = new LiarsDiceGame(players, dicePerPlayer, sides);
    State state = game.newInitialState();
    int moves = new RandomPlayout(game).finish(state, new SplittableRandom(seed));
    assertThat(moves).isLessThanOrEqualTo(game.maxGameLength());
    int[] history = state.history();
    int dice = game.totalDice();
    // Bids strictly increase and the last move is the call.
    for (int i = dice + 1; i < history.length - 1; i++) {
      assertThat(history[i]).isGreaterThan(history[i - 1]);
    }
    assertThat(history[history.length - 1]).isEqualTo(game.liarAction());
    int bids = history.length - 1 - dice;
    assertThat(bids).isPositive();
    int lastBid = history[history.length - 2];
    int bidder = (bids - 1) % players;
    int challenger = bids % players;
    int matching = 0;
    for (int d = 0; d < dice; d++) {
      int face = history[d] + 1;
      if (face == game.bidFace(lastBid) || face == sides) {
        matching++;
      }
    }
    boolean bidHolds = matching >= game.bidQuantity(lastBid);
    int loser = bidHolds ? challenger : bidder;
    int winner = bidHolds ? bidder : challenger;
    for (int p = 0; p < players; p++) {
      assertThat(state.returns(p)).isEqualTo(p == loser ? -1.0 : p == winner ? 1.0 : 0.0);
    }
  }
}

package org.agora.games.liarsdice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.agora.core.Game;
import org.agora.core.GameRegistry;
import org.agora.core.GameSpecException;
import org.agora.core.State;
import org.agora.core.StateSerializer;
import org.agora.core.TreeStatistics;
import org.junit.jupiter.api.Test;

class LiarsDiceGameTest {

  private static State play(Game game, int... moves) {
    State state = game.newInitialState();
    for (int move : moves) {
      state.apply(move);
    }
    return state;
  }

  private static long binomial(int n, int k) {
    long result = 1;
    for (int i = 1; i <= k; i++) {
      result = result * (n - k + i) / i;
    }
    return result;
  }

  /**
   * Bidding histories of a two-player game with {@code bids} distinct bids: every increasing
   * sequence of bids is a subset S of the bids, and after S the player |S| mod 2 moves. Returns
   * {decision histories of player 0, of player 1, terminal histories (a non-empty S then liar)}.
   */
  private static long[] biddingHistories(int bids) {
    long even = 0;
    long odd = 0;
    for (int k = 0; k <= bids; k++) {
      if (k % 2 == 0) {
        even += binomial(bids, k);
      } else {
        odd += binomial(bids, k);
      }
    }
    return new long[] {even, odd, (1L << bids) - 1};
  }

  @Test
  void oneDieSixSidesInformationStatesAndNodesMatchTheSubsetCount() {
    // 2 players x 1 die x 6 sides: 12 bids. Player 0 moves after the subsets of even size
    // (sum_k even C(12, k) = 2^11 = 2048), player 1 after the odd ones (2048). A player's key also
    // holds their own die (6 values): 6 * 2048 = 12288 information states each, 24576 in all.
    long[] histories = biddingHistories(12);
    assertThat(histories[0]).isEqualTo(2048);
    assertThat(histories[1]).isEqualTo(2048);
    long rolls = 36;
    long decisionsPerRoll = histories[0] + histories[1];
    long terminalsPerRoll = histories[2];
    TreeStatistics statistics = TreeStatistics.compute(new LiarsDiceGame(2, 1, 6), 1_000_000).orElseThrow();
    assertThat(statistics.informationStates()).containsExactly((int) (6 * histories[0]), (int) (6 * histories[1]));
    assertThat(statistics.totalInformationStates()).isEqualTo(24576);
    assertThat(statistics.chanceNodes()).isEqualTo(1 + 6);
    assertThat(statistics.decisionNodes()).isEqualTo(rolls * decisionsPerRoll);
    assertThat(statistics.terminalNodes()).isEqualTo(rolls * terminalsPerRoll);
    assertThat(statistics.nodes()).isEqualTo(1 + 6 + rolls * (decisionsPerRoll + terminalsPerRoll)).isEqualTo(294_883);
    assertThat(statistics.maxDepth()).isEqualTo(2 + 12 + 1);
  }

  @Test
  void twoDiceInformationStatesCountSortedOwnDice() {
    // 2 players x 2 dice x 2 sides: 8 bids, 2^7 = 128 bidding histories per player. A player sees
    // their two dice as a multiset: {1,1}, {1,2}, {2,2}, so 3 * 128 = 384 information states each.
    long[] histories = biddingHistories(8);
    TreeStatistics statistics = TreeStatistics.compute(new LiarsDiceGame(2, 2, 2), 1_000_000).orElseThrow();
    assertThat(statistics.informationStates()).containsExactly((int) (3 * histories[0]), (int) (3 * histories[1]));
    // Chance nodes: 1 + 2 + 4 + 8 rolls in progress; 16 complete rolls.
    assertThat(statistics.chanceNodes()).isEqualTo(15);
    assertThat(statistics.terminalNodes()).isEqualTo(16 * histories[2]);
  }

  @Test
  void challengesAreSettledWithTheWildFace() {
    LiarsDiceGame game = new LiarsDiceGame(2, 1, 6);
    int liar = game.liarAction();
    // Player 0 rolls 3, player 1 rolls 6 (wild).
    // "Two threes" is true (the six counts): the challenger, player 1, loses.
    assertThat(play(game, 2, 5, game.bidAction(2, 3), liar).returns()).containsExactly(1, -1);
    // Player 1 raises "one five" to "two threes", player 0 challenges the true bid and loses.
    assertThat(play(game, 2, 5, game.bidAction(1, 5), game.bidAction(2, 3), liar).returns())
        .containsExactly(-1, 1);
    // "Two fours" is false (one die is wild, the other a three): the bidder, player 1, loses.
    assertThat(play(game, 2, 5, game.bidAction(1, 5), game.bidAction(2, 4), liar).returns())
        .containsExactly(1, -1);
    // "Two threes" is false when player 1 rolls a 2: the bidder, player 0, loses.
    assertThat(play(game, 2, 1, game.bidAction(2, 3), liar).returns()).containsExactly(-1, 1);
    // A bid on the wild face counts only wild dice: "two sixes" with one six is false.
    assertThat(play(game, 2, 5, game.bidAction(1, 6), game.bidAction(2, 6), liar).returns())
        .containsExactly(1, -1);
    State state = play(game, 2, 5, game.bidAction(1, 6), game.bidAction(2, 6), liar);
    assertThat(state.observation(0)).isEqualTo(
        "player 0, dice 3, bid 2x6 by player 1, called liar by player 0: 1 matching, player 1 loses");
  }

  @Test
  void threePlayersOnlyTheBidderAndChallengerScore() {
    LiarsDiceGame game = new LiarsDiceGame(3, 1, 6);
    // Rolls 1, 1, 4. Player 0 bids two ones, player 1 three ones, player 2 calls: false, player 1
    // loses and player 2 wins; player 0 is not involved.
    State state = play(game, 0, 0, 3, game.bidAction(2, 1), game.bidAction(3, 1), game.liarAction());
    assertThat(state.returns()).containsExactly(0, -1, 1);
  }

  @Test
  void legalActionsAreTheHigherBidsAndLiar() {
    LiarsDiceGame game = new LiarsDiceGame(2, 1, 6);
    int[] legal = new int[game.actionCount()];
    State state = play(game, 0, 0);
    assertThat(state.legalActions(legal)).isEqualTo(12);
    assertThat(Arrays.copyOf(legal, 12)).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
    state.apply(game.bidAction(2, 3));
    assertThat(state.currentPlayer()).isEqualTo(1);
    int count = state.legalActions(legal);
    assertThat(Arrays.copyOf(legal, count)).containsExactly(9, 10, 11, 12);
    state.apply(11);
    assertThat(state.legalActions(legal)).isEqualTo(1);
    assertThat(legal[0]).isEqualTo(game.liarAction());
    assertThat(state.actionToString(0, 11)).isEqualTo("2x6");
    assertThat(state.actionToString(0, 12)).isEqualTo("liar");
  }

  @Test
  void illegalMovesAreRejected() {
    LiarsDiceGame game = new LiarsDiceGame(2, 1, 6);
    assertThatThrownBy(() -> play(game, 6)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("die outcome must be in [0, 6)");
    assertThatThrownBy(() -> play(game, 0, 0, game.liarAction())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'liar' is not legal before the first bid");
    assertThatThrownBy(() -> play(game, 0, 0, 5, 4)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bid 1x5 (4) is not legal: bids must be above 1x6");
    assertThatThrownBy(() -> play(game, 0, 0, 5, 5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> play(game, 0, 0, 13)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> play(game, 0, 0, 3, 12, 1)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> game.bidAction(3, 1)).isInstanceOf(IllegalArgumentException.class);
    // A rejected bid leaves the state as it was.
    State state = play(game, 0, 0, 5);
    assertThatThrownBy(() -> state.apply(2)).isInstanceOf(IllegalArgumentException.class);
    assertThat(state.history()).containsExactly(0, 0, 5);
    assertThat(state.currentPlayer()).isEqualTo(1);
    assertThat(state.informationStateKey(1)).isEqualTo("p1 dice=1 bids=1x6");
  }

  @Test
  void informationStateKeysShowOwnSortedDiceAndBids() {
    LiarsDiceGame game = new LiarsDiceGame(2, 2, 6);
    State state = play(game, 5, 1, 3, 0, game.bidAction(1, 3), game.bidAction(2, 5));
    assertThat(state.informationStateKey(0)).isEqualTo("p0 dice=2,6 bids=1x3,2x5");
    assertThat(state.informationStateKey(1)).isEqualTo("p1 dice=1,4 bids=1x3,2x5");
    assertThat(play(game, 5, 1, 3).informationStateKey(0)).isEqualTo("p0 dice=2,6 bids=");
    assertThat(play(game, 5, 1, 3).informationStateKey(1)).isEqualTo("p1 dice=? bids=");
    // Rolling the same dice in the other order gives the same key.
    State swapped = play(game, 1, 5, 0, 3, game.bidAction(1, 3), game.bidAction(2, 5));
    assertThat(swapped.informationStateKey(0)).isEqualTo(state.informationStateKey(0));
    assertThat(state.observation(1)).isEqualTo("player 1, dice 1,4, bid 2x5 by player 1");
  }

  @Test
  void registryRoundTripsAndBadParameters() {
    Game game = GameRegistry.create("liars_dice");
    assertThat(game.name()).isEqualTo("liars_dice(players=2,numdice=1,dice_sides=6)");
    assertThat(game.actionCount()).isEqualTo(13);
    assertThat(game.maxGameLength()).isEqualTo(2 + 12 + 1);
    Game other = GameRegistry.create("liars_dice(numdice=2, dice_sides=4)");
    assertThat(other.name()).isEqualTo("liars_dice(players=2,numdice=2,dice_sides=4)");
    assertThat(new LiarsDiceGame(2, 2, 4).name()).isEqualTo(other.name());
    State state = play(other, 0, 1, 2, 3, 4, 7);
    assertThat(StateSerializer.deserialize(StateSerializer.serialize(state)).history()).containsExactly(state.history());
    assertThatThrownBy(() -> GameRegistry.create("liars_dice(players=8,numdice=5)"))
        .isInstanceOf(GameSpecException.class)
        .hasMessageContaining("'numdice' value '5'").hasMessageContaining("40 dice")
        .hasMessageContaining("players * numdice <= 30");
    assertThatThrownBy(() -> GameRegistry.create("liars_dice(dice_sides=1)"))
        .hasMessageContaining("'dice_sides' value '1'").hasMessageContaining("[2, 12]");
    assertThatThrownBy(() -> new LiarsDiceGame(2, 0, 6)).isInstanceOf(GameSpecException.class)
        .hasMessageContaining("'numdice' value '0'");
  }
}

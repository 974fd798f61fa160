package org.agora.games.auction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;
import org.agora.core.ExactValues;
import org.agora.core.Game;
import org.agora.core.GameRegistry;
import org.agora.core.GameSpecException;
import org.agora.core.GameType;
import org.agora.core.RandomPlayout;
import org.agora.core.Rational;
import org.agora.core.State;
import org.agora.core.StateSerializer;
import org.agora.core.TreeStatistics;
import org.junit.jupiter.api.Test;

class SealedBidAuctionTest {

  /** Plays values (not levels) and bids through the state API and returns the terminal state. */
  private static State play(Game game, int[] values, int[] bids) {
    State state = game.newInitialState();
    for (int value : values) {
      assertThat(state.isChanceNode()).isTrue();
      state.apply(value - 1);
    }
    assertThat(state.isSimultaneousNode()).isTrue();
    state.apply(bids);
    assertThat(state.isTerminal()).isTrue();
    return state;
  }

  @Test
  void typeAndDefaults() {
    Game game = GameRegistry.create("first_price_auction");
    assertThat(game.name()).isEqualTo("first_price_auction(players=2,values=5,bids=6,reserve=0)");
    assertThat(game.type()).isEqualTo(new GameType(GameType.Dynamics.SIMULTANEOUS, GameType.Chance.EXPLICIT,
        GameType.Information.IMPERFECT, GameType.Utility.GENERAL_SUM));
    assertThat(game.actionCount()).isEqualTo(6);
    assertThat(game.maxChanceOutcomes()).isEqualTo(5);
    assertThat(game.maxGameLength()).isEqualTo(3);
    assertThat(game.minUtility()).isEqualTo(-4);
    assertThat(game.maxUtility()).isEqualTo(5);
    for (String spec : new String[] {"first_price_auction(players=3,values=4,bids=5,reserve=1)",
        "second_price_auction"}) {
      Game created = GameRegistry.create(spec);
      assertThat(GameRegistry.create(created.name()).name()).isEqualTo(created.name());
    }
  }

  @Test
  void firstPricePayoffsByHand() {
    Game game = GameRegistry.create("first_price_auction");
    assertThat(play(game, new int[] {3, 5}, new int[] {2, 4}).returns()).containsExactly(0, 1);
    // tie at 2: each wins half the time, (3 - 2) / 2 and (5 - 2) / 2
    assertThat(play(game, new int[] {3, 5}, new int[] {2, 2}).returns()).containsExactly(0.5, 1.5);
    // overbidding loses money
    assertThat(play(game, new int[] {2, 1}, new int[] {4, 0}).returns()).containsExactly(-2, 0);
  }

  @Test
  void secondPricePayoffsByHand() {
    Game game = GameRegistry.create("second_price_auction");
    assertThat(play(game, new int[] {3, 5}, new int[] {2, 4}).returns()).containsExactly(0, 3);
    assertThat(play(game, new int[] {3, 5}, new int[] {3, 3}).returns()).containsExactly(0, 1);
    Game three = GameRegistry.create("second_price_auction(players=3)");
    State state = play(three, new int[] {4, 5, 2}, new int[] {3, 3, 1});
    assertThat(state.returns()).containsExactly(0.5, 1, 0);
    assertThat(state.game().ability(ExactValues.class).orElseThrow().exactReturn(state, 0)).isEqualTo(Rational.of(1, 2));
  }

  @Test
  void reservePriceExcludesLowBidsAndSetsTheMinimumPrice() {
    Game second = GameRegistry.create("second_price_auction(reserve=3)");
    assertThat(play(second, new int[] {5, 5}, new int[] {2, 2}).returns()).containsExactly(0, 0);
    assertThat(play(second, new int[] {5, 4}, new int[] {4, 1}).returns()).containsExactly(2, 0);
    Game first = GameRegistry.create("first_price_auction(reserve=3)");
    assertThat(play(first, new int[] {5, 4}, new int[] {2, 3}).returns()).containsExactly(0, 1);
  }

  @Test
  void chanceNodesDealUniformValuesOnePerBidder() {
    Game game = GameRegistry.create("first_price_auction(players=3,values=4)");
    State state = game.newInitialState();
    int[] outcomes = new int[4];
    double[] probabilities = new double[4];
    assertThat(state.chanceOutcomes(outcomes, probabilities)).isEqualTo(4);
    assertThat(probabilities).containsExactly(0.25, 0.25, 0.25, 0.25);
    Rational[] exact = new Rational[4];
    assertThat(state.game().ability(ExactValues.class).orElseThrow().exactChanceOutcomes(state, outcomes, exact)).isEqualTo(4);
    assertThat(exact).containsOnly(Rational.of(1, 4));
    int[] legal = new int[6];
    assertThat(state.legalActions(legal)).isEqualTo(4);
    assertThat(state.legalActions(0, legal)).isZero();
    state.apply(2);
    assertThat(state.informationStateKey(0)).isEqualTo("value 3; dealt 1/3");
    assertThat(state.informationStateKey(1)).isEqualTo("dealt 1/3");
    state.apply(0);
    state.apply(3);
    assertThat(state.isSimultaneousNode()).isTrue();
    assertThat(state.legalActions(2, legal)).isEqualTo(6);
    assertThat(state.informationStateKey(1)).isEqualTo("value 1");
    State copy = state.copy();
    state.apply(new int[] {1, 0, 5});
    assertThat(state.informationStateKey(2)).isEqualTo("value 4; bid 5");
    assertThat(state.returns()).containsExactly(0, 0, -1);
    assertThat(copy.isSimultaneousNode()).isTrue();
    assertThat(StateSerializer.deserialize(StateSerializer.serialize(state)).returns()).containsExactly(0, 0, -1);
  }

  @Test
  void treeOfASmallAuction() {
    TreeStatistics statistics =
        TreeStatistics.compute(GameRegistry.create("second_price_auction(values=2,bids=2)"), 1000).orElseThrow();
    assertThat(statistics.nodes()).isEqualTo(1 + 2 + 4 + 16);
    assertThat(statistics.terminalNodes()).isEqualTo(16);
    assertThat(statistics.chanceNodes()).isEqualTo(3);
    assertThat(statistics.simultaneousNodes()).isEqualTo(4);
    assertThat(statistics.informationStates()).containsExactly(2, 2);
  }

  @Test
  void randomPlayDoesNotAllocatePerMove() {
    Game game = GameRegistry.create("first_price_auction(players=8,values=20,bids=21)");
    RandomPlayout playout = new RandomPlayout(game);
    SplittableRandom random = new SplittableRandom(3);
    State state = game.newInitialState();
    for (int i = 0; i < 20_000; i++) {
      State end = playout.play(random);
      assertThat(end.returns(0)).isBetween(game.minUtility(), game.maxUtility());
    }
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    long before = threads.getThreadAllocatedBytes(thread);
    for (int i = 0; i < 1000; i++) {
      State copy = state.copy();
      playout.finish(copy, random);
    }
    // a state (its arrays and history) is a few hundred bytes; the moves themselves allocate nothing
    assertThat((threads.getThreadAllocatedBytes(thread) - before) / 1000).isLessThan(800);
  }

  @Test
  void badParametersAreNamed() {
    assertThatThrownBy(() -> GameRegistry.create("first_price_auction(bids=4,reserve=4)"))
        .isInstanceOf(GameSpecException.class)
        .hasMessageContaining("parameter 'reserve' value 4 is not a bid level; allowed: 0 to bids - 1 = 3");
    assertThatThrownBy(() -> GameRegistry.create("second_price_auction(players=9)"))
        .isInstanceOf(GameSpecException.class)
        .hasMessageContaining("'players' value '9' is out of range; allowed: integer in [2, 8]");
  }
}

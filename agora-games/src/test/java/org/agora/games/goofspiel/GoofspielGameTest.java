package org.agora.games.goofspiel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.agora.core.ExactValues;
import org.agora.core.Game;
import org.agora.core.GameRegistry;
import org.agora.core.GameSpecException;
import org.agora.core.GameType;
import org.agora.core.Rational;
import org.agora.core.State;
import org.agora.core.StateEnumerator;
import org.agora.core.StateSerializer;
import org.agora.core.TreeStatistics;
import org.agora.games.goofspiel.GoofspielGame.PointsOrder;
import org.agora.games.goofspiel.GoofspielGame.ReturnsType;
import org.junit.jupiter.api.Test;

class GoofspielGameTest {

  private static GoofspielGame game(int cards, PointsOrder order, ReturnsType returns, boolean imperfect, int players) {
    return new GoofspielGame(cards, order, returns, imperfect, players);
  }

  /** Plays turns of two-player fixed-order goofspiel; each pair is the two bids as card values. */
  private static State playBids(Game game, int... bids) {
    State state = game.newInitialState();
    for (int i = 0; i < bids.length; i += 2) {
      state.apply(new int[] {bids[i] - 1, bids[i + 1] - 1});
    }
    return state;
  }

  @Test
  void scriptedDescendingGameUnderEachReturnsType() {
    // Prizes 3, 2, 1. Turn 1: player 0's 3 beats 1 and wins 3. Turn 2: player 1's 2 beats 1 and
    // wins 2. Turn 3: player 1's 3 beats 2 and wins 1. Points 3 - 3.
    int[] bids = {3, 1, 1, 2, 2, 3};
    assertThat(playBids(game(3, PointsOrder.DESCENDING, ReturnsType.WIN_LOSS, true, 2), bids).returns())
        .containsExactly(0, 0);
    assertThat(playBids(game(3, PointsOrder.DESCENDING, ReturnsType.TOTAL_POINTS, true, 2), bids).returns())
        .containsExactly(3, 3);
    // Ascending prizes 1, 2, 3 with the same bids: player 0 wins 1, player 1 wins 2 and 3.
    assertThat(playBids(game(3, PointsOrder.ASCENDING, ReturnsType.POINT_DIFFERENCE, true, 2), bids).returns())
        .containsExactly(-4, 4);
    assertThat(playBids(game(3, PointsOrder.ASCENDING, ReturnsType.WIN_LOSS, true, 2), bids).returns())
        .containsExactly(-1, 1);
    // Ties discard the prize: 3-3 ties the 3, then player 0 wins 2 and player 1 wins 1.
    State tied = playBids(game(3, PointsOrder.DESCENDING, ReturnsType.TOTAL_POINTS, false, 2), 3, 3, 2, 1, 1, 2);
    assertThat(tied.returns()).containsExactly(2, 1);
    assertThat(tied.isTerminal()).isTrue();
  }

  @Test
  void randomOrderDrawsPrizesByChance() {
    GoofspielGame game = game(4, PointsOrder.RANDOM, ReturnsType.POINT_DIFFERENCE, true, 2);
    State state = game.newInitialState();
    int[] outcomes = new int[4];
    double[] probabilities = new double[4];
    assertThat(state.isChanceNode()).isTrue();
    assertThat(state.chanceOutcomes(outcomes, probabilities)).isEqualTo(4);
    assertThat(probabilities).containsExactly(0.25, 0.25, 0.25, 0.25);
    state.apply(1); // Prize 2.
    assertThat(state.isSimultaneousNode()).isTrue();
    state.apply(new int[] {3, 0}); // Player 0 bids 4 and wins 2.
    assertThat(state.chanceOutcomes(outcomes, probabilities)).isEqualTo(3);
    assertThat(Arrays.copyOf(outcomes, 3)).containsExactly(0, 2, 3);
    state.apply(3); // Prize 4.
    state.apply(new int[] {0, 1}); // Player 1 bids 2 and wins 4.
    state.apply(0); // Prize 1.
    state.apply(new int[] {2, 2}); // Tie: discarded.
    state.apply(2); // Prize 3.
    int[] legal = new int[4];
    assertThat(state.legalActions(0, legal)).isEqualTo(1);
    assertThat(legal[0]).isEqualTo(1);
    state.apply(new int[] {1, 3}); // Player 1 bids 4 and wins 3.
    assertThat(state.isTerminal()).isTrue();
    assertThat(state.returns()).containsExactly(-5, 5);
    assertThat(state.history()).containsExactly(1, 3, 0, 3, 0, 1, 0, 2, 2, 2, 1, 3);
    assertThat(state.informationStateKey(0)).isEqualTo("p0 prizes=2,4,1,3 bids=4,1,3,2 winners=0,1,-,1");
  }

  @Test
  void threePlayerWinLossSharesTheWin() {
    GoofspielGame game = game(2, PointsOrder.DESCENDING, ReturnsType.WIN_LOSS, true, 3);
    // Prize 2: players 0 and 1 tie on 2, discarded. Prize 1: player 2's 2 wins. Points 0, 0, 1.
    State state = game.newInitialState();
    state.apply(new int[] {1, 1, 0});
    state.apply(new int[] {0, 0, 1});
    assertThat(state.returns()).containsExactly(-0.5, -0.5, 1);
    assertThat(state.game().ability(ExactValues.class).orElseThrow().exactReturn(state, 0)).isEqualTo(Rational.of(-1, 2));
    GoofspielGame difference = game(2, PointsOrder.DESCENDING, ReturnsType.POINT_DIFFERENCE, true, 3);
    State other = difference.newInitialState();
    other.apply(new int[] {1, 0, 0});
    other.apply(new int[] {0, 1, 1});
    // Player 0 wins 2; players 1 and 2 tie on prize 1. Points 2, 0, 0.
    assertThat(other.returns()).containsExactly(2, -1, -1);
    assertThat(difference.minUtility()).isEqualTo(-1.5);
    State thirds = game(3, PointsOrder.DESCENDING, ReturnsType.POINT_DIFFERENCE, true, 3).newInitialState();
    thirds.apply(new int[] {2, 1, 0});
    thirds.apply(new int[] {1, 2, 1});
    thirds.apply(new int[] {0, 0, 2});
    // Points 3, 2, 1: player 2 gets 1 - (3 + 2) / 2, player 0 gets 3 - (2 + 1) / 2.
    assertThat(thirds.game().ability(ExactValues.class).orElseThrow().exactReturn(thirds, 2)).isEqualTo(Rational.of(-3, 2));
    assertThat(thirds.game().ability(ExactValues.class).orElseThrow().exactReturn(thirds, 0)).isEqualTo(Rational.of(3, 2));
  }

  @Test
  void terminalHistoriesOfThreeCardsDescendingAreAllPairsOfPermutations() {
    // Each player plays the three cards in some order: 3! orders each, (3!)^2 = 36 plays.
    // Simultaneous nodes: 1 + 3 * 3 + (3 * 3) * (2 * 2) = 46.
    TreeStatistics statistics =
        TreeStatistics.compute(game(3, PointsOrder.DESCENDING, ReturnsType.WIN_LOSS, true, 2), 10_000).orElseThrow();
    assertThat(statistics.terminalNodes()).isEqualTo(6 * 6);
    assertThat(statistics.simultaneousNodes()).isEqualTo(46);
    assertThat(statistics.chanceNodes()).isZero();
    assertThat(statistics.nodes()).isEqualTo(82);
    // With random order the 3! prize orders multiply the plays: 216 terminals. Chance nodes: the
    // root, 3 * 9 after the first turn, 3 * 2 * 9 * 4 after the second.
    TreeStatistics random =
        TreeStatistics.compute(game(3, PointsOrder.RANDOM, ReturnsType.WIN_LOSS, true, 2), 10_000).orElseThrow();
    assertThat(random.terminalNodes()).isEqualTo(6 * 36);
    assertThat(random.chanceNodes()).isEqualTo(1 + 27 + 216);
    assertThat(random.maxDepth()).isEqualTo(6);
  }

  /** Distinct (own bids, per-turn result) prefixes of two players' card orders: the imperfect view. */
  private static int imperfectViews(int cards) {
    List<int[]> orders = new ArrayList<>();
    permutations(new int[cards], 0, new boolean[cards], orders);
    int total = 0;
    for (int turn = 0; turn < cards; turn++) {
      Set<String> views = new HashSet<>();
      for (int[] own : orders) {
        for (int[] other : orders) {
          StringBuilder view = new StringBuilder();
          for (int t = 0; t < turn; t++) {
            view.append(own[t]).append(Integer.compare(own[t], other[t])).append(' ');
          }
          views.add(view.toString());
        }
      }
      total += views.size();
    }
    return total;
  }

  private static void permutations(int[] prefix, int length, boolean[] used, List<int[]> out) {
    if (length == prefix.length) {
      out.add(prefix.clone());
      return;
    }
    for (int card = 0; card < prefix.length; card++) {
      if (!used[card]) {
        used[card] = true;
        prefix[length] = card;
        permutations(prefix, length + 1, used, out);
        used[card] = false;
      }
    }
  }

  @Test
  void informationStatesCountWhatEachPlayerSees() {
    // Perfect information: a key per simultaneous node, 1 + 9 + 36 = 46. Imperfect: a player tells
    // histories apart only by their own bids and each turn's result; for 3 cards that is
    // 1 + 7 + 28 = 36 (after one turn: bid 3 wins or ties, bid 2 wins, ties or loses, bid 1 ties or
    // loses).
    assertThat(imperfectViews(3)).isEqualTo(36);
    TreeStatistics imperfect =
        TreeStatistics.compute(game(3, PointsOrder.DESCENDING, ReturnsType.WIN_LOSS, true, 2), 10_000).orElseThrow();
    assertThat(imperfect.informationStates()).containsExactly(36, 36);
    TreeStatistics perfect =
        TreeStatistics.compute(game(3, PointsOrder.DESCENDING, ReturnsType.WIN_LOSS, false, 2), 10_000).orElseThrow();
    assertThat(perfect.informationStates()).containsExactly(46, 46);
    assertThat(imperfectViews(4)).isEqualTo(
        TreeStatistics.compute(game(4, PointsOrder.ASCENDING, ReturnsType.WIN_LOSS, true, 2), 1_000_000)
            .orElseThrow().informationStates().get(1));
  }

  @Test
  void statesSharingAKeyHaveTheSameLegalActions() {
    for (boolean imperfect : new boolean[] {true, false}) {
      Game game = game(4, PointsOrder.RANDOM, ReturnsType.WIN_LOSS, imperfect, 2);
      Map<String, String> legalByKey = new HashMap<>();
      int[] legal = new int[4];
      StateEnumerator.walk(game, 10_000_000, (state, depth) -> {
        if (state.isSimultaneousNode()) {
          for (int p = 0; p < 2; p++) {
            int count = state.legalActions(p, legal);
            String actions = Arrays.toString(Arrays.copyOf(legal, count));
            String previous = legalByKey.putIfAbsent(state.informationStateKey(p), actions);
            assertThat(previous == null || previous.equals(actions)).as(state.informationStateKey(p)).isTrue();
          }
        }
      });
      assertThat(legalByKey).isNotEmpty();
    }
  }

  @Test
  void informationStateKeysAndObservations() {
    GoofspielGame imperfect = game(4, PointsOrder.DESCENDING, ReturnsType.WIN_LOSS, true, 2);
    State state = playBids(imperfect, 1, 4, 3, 2);
    assertThat(state.informationStateKey(0)).isEqualTo("p0 prizes=4,3,2 bids=1,3 winners=1,0");
    assertThat(state.informationStateKey(1)).isEqualTo("p1 prizes=4,3,2 bids=4,2 winners=1,0");
    assertThat(state.observation(0)).isEqualTo("player 0, turn 3 of 4, prize 2, points 3,4, hand 2,4");
    GoofspielGame perfect = game(4, PointsOrder.DESCENDING, ReturnsType.WIN_LOSS, false, 2);
    State open = playBids(perfect, 1, 4, 3, 2);
    assertThat(open.informationStateKey(0)).isEqualTo("p0 prizes=4,3,2 plays=1-4,3-2");
    assertThat(open.actionToString(0, 3)).isEqualTo("bid 4");
    // Two histories differing only in the opponent's losing card look the same with imperfect
    // information, different with perfect information.
    assertThat(playBids(imperfect, 4, 1).informationStateKey(0)).isEqualTo(playBids(imperfect, 4, 2).informationStateKey(0));
    assertThat(playBids(perfect, 4, 1).informationStateKey(0)).isNotEqualTo(playBids(perfect, 4, 2).informationStateKey(0));
  }

  @Test
  void illegalMovesAreRejected() {
    GoofspielGame game = game(3, PointsOrder.DESCENDING, ReturnsType.WIN_LOSS, true, 2);
    State state = playBids(game, 3, 1);
    assertThatThrownBy(() -> state.apply(new int[] {2, 1})).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("player 0 does not hold card 3");
    // A rejected joint move leaves the state as it was.
    assertThat(state.history()).containsExactly(2, 0);
    assertThat(state.informationStateKey(1)).isEqualTo("p1 prizes=3,2 bids=1 winners=0");
    state.apply(new int[] {0, 1});
    assertThat(state.history()).containsExactly(2, 0, 0, 1);
    assertThatThrownBy(() -> playBids(game, 3, 1).apply(0)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> playBids(game, 3, 1).apply(new int[] {0})).isInstanceOf(IllegalArgumentException.class);
    GoofspielGame random = game(3, PointsOrder.RANDOM, ReturnsType.WIN_LOSS, true, 2);
    State chance = random.newInitialState();
    chance.apply(2);
    chance.apply(new int[] {0, 0});
    assertThatThrownBy(() -> chance.apply(2)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("prize 3 (outcome 2) is not in the prize deck");
  }

  @Test
  void registryRoundTripsAndBadParameters() {
    Game game = GameRegistry.create("goofspiel");
    assertThat(game.name()).isEqualTo(
        "goofspiel(num_cards=4,points_order=random,returns_type=win_loss,imperfect_information=true,players=2)");
    assertThat(game.type()).isEqualTo(new GameType(GameType.Dynamics.SIMULTANEOUS, GameType.Chance.EXPLICIT,
        GameType.Information.IMPERFECT, GameType.Utility.ZERO_SUM));
    Game other = GameRegistry.create("goofspiel(num_cards=5,points_order=descending,returns_type=total_points,"
        + "imperfect_information=false,players=3)");
    assertThat(other.name()).isEqualTo(
        game(5, PointsOrder.DESCENDING, ReturnsType.TOTAL_POINTS, false, 3).name());
    assertThat(other.type().utility()).isEqualTo(GameType.Utility.GENERAL_SUM);
    assertThat(other.type().chance()).isEqualTo(GameType.Chance.NONE);
    assertThat(other.maxChanceOutcomes()).isZero();
    assertThat(other.maxUtility()).isEqualTo(15);
    State state = playBids(GameRegistry.create("goofspiel(points_order=ascending)"), 1, 2, 4, 3);
    State restored = StateSerializer.deserialize(StateSerializer.serialize(state));
    assertThat(restored.informationStateKey(1)).isEqualTo(state.informationStateKey(1));
    assertThatThrownBy(() -> GameRegistry.create("goofspiel(points_order=shuffled)"))
        .isInstanceOf(GameSpecException.class).hasMessageContaining("'points_order' value 'shuffled'")
        .hasMessageContaining("one of random, descending, ascending");
    assertThatThrownBy(() -> GameRegistry.create("goofspiel(num_cards=0)"))
        .hasMessageContaining("'num_cards' value '0'").hasMessageContaining("[1, 30]");
    assertThatThrownBy(() -> game(31, PointsOrder.RANDOM, ReturnsType.WIN_LOSS, true, 2))
        .isInstanceOf(GameSpecException.class).hasMessageContaining("'num_cards' value '31'");
  }
}

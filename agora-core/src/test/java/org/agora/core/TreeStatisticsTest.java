package org.agora.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.agora.core.transform.RepeatedGame;
import org.agora.core.transform.TurnBasedGame;
import org.junit.jupiter.api.Test;

/** Tree sizes counted by hand. */
class TreeStatisticsTest {

  @Test
  void matchingPenniesIsOneSimultaneousNodeAndFourEnds() {
    TreeStatistics statistics = TreeStatistics.compute(TestGames.matchingPennies(), 1000).orElseThrow();
    assertThat(statistics).isEqualTo(new TreeStatistics(5, 4, 0, 0, 1, 1, List.of(1, 1)));
    assertThat(statistics.totalInformationStates()).isEqualTo(2);
  }

  @Test
  void theTurnBasedViewHasThreeDecisionNodesAndOneInformationStatePerPlayer() {
    TreeStatistics statistics = TreeStatistics.compute(new TurnBasedGame(TestGames.matchingPennies()), 1000).orElseThrow();
    // root (player 0), two player-1 nodes that player 1 cannot tell apart, four ends
    assertThat(statistics).isEqualTo(new TreeStatistics(7, 4, 0, 3, 0, 2, List.of(1, 1)));
  }

  @Test
  void aTwoRoundGameWithRandomEndCountsItsChanceNodes() {
    TreeStatistics statistics = TreeStatistics.compute(new RepeatedGame(TestGames.matchingPennies(), 2, 1, 0.5), 1000)
        .orElseThrow();
    // root; 4 chance nodes after round one; each stops (1 end) or continues (1 node, 4 ends)
    assertThat(statistics.nodes()).isEqualTo(1 + 4 + 4 * (1 + 1 + 4));
    assertThat(statistics.terminalNodes()).isEqualTo(4 * (1 + 4));
    assertThat(statistics.chanceNodes()).isEqualTo(4);
    assertThat(statistics.simultaneousNodes()).isEqualTo(5);
    assertThat(statistics.decisionNodes()).isZero();
    assertThat(statistics.maxDepth()).isEqualTo(3);
    assertThat(statistics.informationStates()).containsExactly(5, 5);
  }

  @Test
  void largeTreesAreNotCounted() {
    assertThat(TreeStatistics.compute(TestGames.rockPaperScissors(), 10)).isPresent();
    assertThat(TreeStatistics.compute(TestGames.rockPaperScissors(), 9)).isEmpty();
  }

  @Test
  void theEnumeratorVisitsParentsBeforeChildrenAndStopsAtTheLimit() {
    List<Integer> depths = new ArrayList<>();
    Game game = new TurnBasedGame(TestGames.matchingPennies());
    assertThat(StateEnumerator.walk(game, 100, (state, depth) -> depths.add(depth))).isTrue();
    assertThat(depths).containsExactly(0, 1, 2, 2, 1, 2, 2);
    depths.clear();
    assertThat(StateEnumerator.walk(game, 3, (state, depth) -> depths.add(depth))).isFalse();
    assertThat(depths).containsExactly(0, 1, 2);
  }

  @Test
  void countingStopsAtTheLimitAndATreeOverItIsNotEnumerated() {
    RepeatedGame twoRounds = new RepeatedGame(TestGames.matchingPennies(), 2, 1, 0.5);
    assertThat(TreeStatistics.withinLimit(twoRounds, 29)).isTrue();
    assertThat(TreeStatistics.withinLimit(twoRounds, 28)).isFalse();
    assertThat(TreeStatistics.compute(twoRounds, 28)).isEmpty();
    // 4^30 histories: counting stops after 1,000 nodes instead of walking (or recording) them
    RepeatedGame thirtyRounds = new RepeatedGame(TestGames.matchingPennies(), 30, 1, 1.0);
    assertThat(TreeStatistics.withinLimit(thirtyRounds, 1_000)).isFalse();
    assertThat(TreeStatistics.compute(thirtyRounds, 1_000)).isEmpty();
  }
}

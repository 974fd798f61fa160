package org.agora.solvers.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.agora.core.Game;
import org.agora.core.GameRegistry;
import org.agora.core.Rational;
import org.agora.core.TabularPolicy;
import org.junit.jupiter.api.Test;

class GameTreeCompilerTest {

  @Test
  void kuhnPokerHasTheKnownCounts() {
    GameTree tree = GameTreeCompiler.compile(GameRegistry.create("kuhn_poker"));
    GameTreeStatistics statistics = tree.statistics();
    assertThat(statistics.nodes()).isEqualTo(58);
    assertThat(statistics.infosets()).isEqualTo(12);
    assertThat(statistics.infosetsByPlayer()).containsExactly(6, 6);
    assertThat(statistics.terminalNodes()).isEqualTo(30);
    assertThat(statistics.chanceNodes()).isEqualTo(4);
    assertThat(statistics.maxActions()).isEqualTo(2);
    assertThat(statistics.memoryBytes()).isPositive();
  }

  @Test
  void leducPokerHasTheKnownCounts() {
    GameTree tree = GameTreeCompiler.compile(GameRegistry.create("leduc_poker"));
    assertThat(tree.nodeCount()).isEqualTo(9457);
    assertThat(tree.infosetCount()).isEqualTo(936);
  }

  @Test
  void childrenFollowTheirParentsAndChanceSumsToOne() {
    GameTree tree = GameTreeCompiler.compile(GameRegistry.create("leduc_poker"));
    for (int node = 0; node < tree.nodeCount(); node++) {
      if (tree.isTerminal(node)) {
        assertThat(tree.childCount(node)).isZero();
        continue;
      }
      double sum = 0.0;
      for (int k = 0; k < tree.childCount(node); k++) {
        int child = tree.firstChild(node) + k;
        assertThat(child).isGreaterThan(node);
        assertThat(tree.parent(child)).isEqualTo(node);
        assertThat(tree.depth(child)).isEqualTo(tree.depth(node) + 1);
        sum += tree.chanceProbability(child);
      }
      if (tree.isChance(node)) {
        assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
      } else {
        assertThat(tree.childCount(node)).isEqualTo(tree.actionCount(tree.infoset(node)));
        assertThat(tree.infosetPlayer(tree.infoset(node))).isEqualTo(tree.player(node));
      }
    }
  }

  @Test
  void informationStateIdsAreTheRowsOfTheUniformTabularPolicy() {
    for (String name : new String[] {"leduc_poker", "kuhn_poker(players=3)", "goofspiel(num_cards=3)",
        "rock_paper_scissors"}) {
      Game game = GameRegistry.create(name);
      GameTree tree = GameTreeCompiler.compile(game);
      TabularPolicy policy = TabularPolicy.uniform(game, 10_000_000);
      assertThat(tree.infosetCount()).as(name).isEqualTo(policy.size());
      for (int i = 0; i < tree.infosetCount(); i++) {
        assertThat(tree.infosetKey(i)).isEqualTo(policy.key(i));
        assertThat(tree.infosetPlayer(i)).isEqualTo(policy.player(i));
      }
      TabularPolicy converted = tree.toPolicy(tree.uniformBehaviour());
      assertThat(converted.table()).containsExactly(policy.table());
      assertThat(tree.behaviour(policy)).containsExactly(tree.uniformBehaviour());
    }
  }

  @Test
  void simultaneousMovesBecomeAChainOfDecisionNodes() {
    GameTree tree = GameTreeCompiler.compile(GameRegistry.create("rock_paper_scissors"));
    assertThat(tree.nodeCount()).isEqualTo(1 + 3 + 9);
    assertThat(tree.infosetCount()).isEqualTo(2);
    assertThat(tree.player(0)).isZero();
    for (int k = 0; k < 3; k++) {
      int second = tree.firstChild(0) + k;
      assertThat(tree.player(second)).isEqualTo(1);
      assertThat(tree.infoset(second)).isEqualTo(1);
    }
    int rockPaper = tree.firstChild(tree.firstChild(0)) + 1;
    assertThat(tree.utility(rockPaper, 0)).isEqualTo(-1.0);
    assertThat(tree.utility(rockPaper, 1)).isEqualTo(1.0);
  }

  @Test
  void exactValuesAreRecorded() {
    GameTree tree = GameTreeCompiler.compile(GameRegistry.create("kuhn_poker"), 1000, true);
    assertThat(tree.hasExactValues()).isTrue();
    int firstDeal = tree.firstChild(0);
    assertThat(tree.exactChanceProbability(firstDeal)).isEqualTo(Rational.of(1, 3));
    for (int node = 0; node < tree.nodeCount(); node++) {
      if (tree.isTerminal(node)) {
        assertThat(tree.exactUtility(node, 0).doubleValue()).isEqualTo(tree.utility(node, 0));
      }
    }
    GameTree plain = GameTreeCompiler.compile(GameRegistry.create("kuhn_poker"));
    assertThatThrownBy(() -> plain.exactUtility(firstDeal, 0)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("without exact values");
  }

  @Test
  void tooLargeGamesAreRejectedWithTheLimit() {
    assertThatThrownBy(() -> GameTreeCompiler.compile(GameRegistry.create("leduc_poker"), 1000, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the game tree of leduc_poker(players=2) has more than 1000 nodes");
  }
}

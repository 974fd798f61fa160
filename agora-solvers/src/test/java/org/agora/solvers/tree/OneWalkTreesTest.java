package org.agora.solvers.tree;

import static org.assertj.core.api.Assertions.assertThat;

import org.agora.core.Game;
import org.agora.core.GameRegistry;
import org.agora.core.tree.ExplicitTree;
import org.agora.core.tree.ExplicitTreeCompiler;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The flat {@link GameTree} and the exact {@link ExplicitTree} are built from one walk and describe the same tree. */
class OneWalkTreesTest {

  @ParameterizedTest
  @ValueSource(strings = {"kuhn_poker", "leduc_poker", "liars_dice", "goofspiel(num_cards=3)"})
  void bothTreesAgreeNodeForNode(String name) {
    Game game = GameRegistry.create(name);
    GameTree flat = GameTreeCompiler.compile(game);
    ExplicitTree exact = ExplicitTreeCompiler.compile(game, GameTreeCompiler.DEFAULT_NODE_LIMIT);

    assertThat(exact.nodeCount()).isEqualTo(flat.nodeCount());
    int[] flatPerPlayer = new int[game.playerCount()];
    for (int i = 0; i < flat.infosetCount(); i++) {
      flatPerPlayer[flat.infosetPlayer(i)]++;
    }
    int[] exactPerPlayer = new int[game.playerCount()];
    for (int i = 0; i < exact.infosetCount(); i++) {
      if (exact.infosetPlayer(i) >= 0) {
        exactPerPlayer[exact.infosetPlayer(i)]++;
      }
    }
    assertThat(exactPerPlayer).isEqualTo(flatPerPlayer);
    assertThat(flat.statistics().infosetsByPlayer()).containsExactly(flatPerPlayer);

    // Walk both in parallel: node n of the flat tree and node m of the exact tree are the same history.
    // Plain comparisons, the first difference reported: liars_dice has 294,883 nodes.
    int[] exactNodeOf = new int[flat.nodeCount()];
    for (int node = 0; node < flat.nodeCount(); node++) {
      int m = exactNodeOf[node];
      if (flat.isTerminal(node)) {
        check(exact.kind(m) == ExplicitTree.TERMINAL, node, "terminal");
        for (int p = 0; p < game.playerCount(); p++) {
          check(exact.payoffValue(m, p) == flat.utility(node, p), node, "utility of player " + p);
        }
        continue;
      }
      check(exact.childCount(m) == flat.childCount(node), node, "child count");
      if (flat.isChance(node)) {
        check(exact.kind(m) == ExplicitTree.CHANCE, node, "chance");
      } else {
        int infoset = flat.infoset(node);
        check(exact.kind(m) == ExplicitTree.DECISION && exact.player(m) == flat.player(node), node, "player");
        check(exact.infosetName(exact.infoset(m)).equals(flat.infosetKey(infoset)), node, "information state");
        check(exact.actionLabel(exact.infoset(m), 0).equals(flat.actionName(infoset, 0)), node, "action name");
      }
      for (int k = 0; k < flat.childCount(node); k++) {
        int child = flat.firstChild(node) + k;
        exactNodeOf[child] = exact.child(m, k);
        if (flat.isChance(node)) {
          check(exact.probabilityValue(exact.infoset(m), k) == flat.chanceProbability(child), node,
              "probability of outcome " + k);
        }
      }
    }
  }

  private static void check(boolean same, int node, String what) {
    if (!same) {
      throw new AssertionError("the trees differ at flat node " + node + ": " + what);
    }
  }
}

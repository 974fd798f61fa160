package org.agora.core.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.agora.core.Rational;
import org.agora.core.State;
import org.agora.core.TestGames;
import org.agora.core.normalform.NormalFormGame;
import org.junit.jupiter.api.Test;

class GameTreeWalkTest {

  /** Records every call as one line. */
  private static final class Recorder implements TreeSink {
    final List<String> calls = new ArrayList<>();

    @Override
    public void informationState(int infoset, int player, String key, int[] actions, State state) {
      calls.add("infoset " + infoset + " player " + player + " actions " + actions.length);
    }

    @Override
    public void terminal(int node, int parent, int slot, int depth, State state, Rational[] exactReturns) {
      calls.add("terminal " + node + " parent " + parent + " slot " + slot + " depth " + depth
          + (exactReturns == null ? "" : " returns " + exactReturns[0] + " " + exactReturns[1]));
    }

    @Override
    public void chance(int node, int parent, int slot, int depth, State state, int firstChild, int count,
        int[] outcomes, double[] probabilities, Rational[] exactProbabilities) {
      calls.add("chance " + node);
    }

    @Override
    public void decision(int node, int parent, int slot, int depth, State state, int player, int infoset,
        int firstChild, int count) {
      calls.add("decision " + node + " parent " + parent + " slot " + slot + " depth " + depth + " player " + player
          + " infoset " + infoset + " children " + firstChild + ".." + (firstChild + count - 1));
    }
  }

  @Test
  void aSimultaneousMoveIsAChainOfDecisionNodesNumberedBlockByBlock() {
    NormalFormGame pennies = TestGames.matchingPennies();
    Recorder recorder = new Recorder();

    int nodes = GameTreeWalk.walk(pennies, 100, true, recorder);

    assertThat(nodes).isEqualTo(7);
    assertThat(recorder.calls).containsExactly(
        "infoset 0 player 0 actions 2",
        "decision 0 parent -1 slot -1 depth 0 player 0 infoset 0 children 1..2",
        "infoset 1 player 1 actions 2",
        "decision 1 parent 0 slot 0 depth 1 player 1 infoset 1 children 3..4",
        "terminal 3 parent 1 slot 0 depth 2 returns 1 -1",
        "terminal 4 parent 1 slot 1 depth 2 returns -1 1",
        "decision 2 parent 0 slot 1 depth 1 player 1 infoset 1 children 5..6",
        "terminal 5 parent 2 slot 0 depth 2 returns -1 1",
        "terminal 6 parent 2 slot 1 depth 2 returns 1 -1");
  }

  @Test
  void withoutExactValuesNoReturnsAreHandedOver() {
    Recorder recorder = new Recorder();

    GameTreeWalk.walk(TestGames.matchingPennies(), 100, false, recorder);

    assertThat(recorder.calls).contains("terminal 3 parent 1 slot 0 depth 2");
  }

  @Test
  void theNodeLimitCountsEveryNode() {
    NormalFormGame pennies = TestGames.matchingPennies();

    assertThat(GameTreeWalk.walk(pennies, 7, false, new Recorder())).isEqualTo(7);
    assertThatThrownBy(() -> GameTreeWalk.walk(pennies, 6, false, new Recorder()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the game tree of " + pennies.name() + " has more than 6 nodes");
  }

  @Test
  void theExplicitTreeIsBuiltInPrefixOrderFromTheSameWalk() {
    ExplicitTree tree = ExplicitTreeCompiler.compile(TestGames.matchingPennies(), 100);

    assertThat(tree.nodeCount()).isEqualTo(7);
    assertThat(tree.kind(0)).isEqualTo(ExplicitTree.DECISION);
    assertThat(tree.child(0, 0)).isEqualTo(1);
    assertThat(tree.child(1, 1)).isEqualTo(3);
    assertThat(tree.child(0, 1)).isEqualTo(4);
    assertThat(tree.payoff(3, 0)).isEqualTo(Rational.of(-1));
    assertThat(tree.infoset(1)).isEqualTo(tree.infoset(4));
    assertThat(tree.infosetNumber(tree.infoset(4))).isEqualTo(1);
  }
}

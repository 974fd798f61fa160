package org.agora.core.tree;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.agora.core.Rational;
import org.agora.core.State;
import org.agora.core.StateEnumerator;
import org.agora.core.TreeStatistics;
import org.junit.jupiter.api.Test;

/**
 * Walks over a chain 100,000 decisions deep (200,001 nodes). A walk that recursed once per level
 * overflowed the test thread's stack long before the end; the explicit stacks do not.
 */
class DeepTreeWalkTest {

  private static final int DECISIONS = 100_000;
  private static final int NODES = 2 * DECISIONS + 1;

  /** Counts the walk's calls and checks that every node comes after its parent, one level deeper. */
  private static final class CountingSink implements TreeSink {
    final int[] depthOf = new int[NODES];
    long terminals;
    long decisions;
    long infosets;
    int maxDepth;
    int lastNode = -1;
    double returnsOfTakes;

    @Override
    public void informationState(int infoset, int player, String key, int[] actions, State state) {
      assertThat(infoset).isEqualTo(infosets);
      infosets++;
    }

    @Override
    public void terminal(int node, int parent, int slot, int depth, State state, Rational[] exactReturns) {
      visit(node, parent, depth);
      terminals++;
      returnsOfTakes += state.returns(0);
    }

    @Override
    public void chance(int node, int parent, int slot, int depth, State state, int firstChild, int count,
        int[] outcomes, double[] probabilities, Rational[] exactProbabilities) {
      throw new AssertionError("no chance node in the chain");
    }

    @Override
    public void decision(int node, int parent, int slot, int depth, State state, int player, int infoset,
        int firstChild, int count) {
      visit(node, parent, depth);
      decisions++;
      assertThat(player).isEqualTo(depth % 2);
      assertThat(count).isEqualTo(2);
      assertThat(firstChild).isGreaterThan(node);
    }

    private void visit(int node, int parent, int depth) {
      assertThat(depth).isEqualTo(parent < 0 ? 0 : depthOf[parent] + 1);
      depthOf[node] = depth;
      maxDepth = Math.max(maxDepth, depth);
      lastNode = node;
    }
  }

  @Test
  void theWalkReachesTheBottomOfADeepChainWithLinearWork() {
    CountingSink sink = new CountingSink();

    int nodes = GameTreeWalk.walk(new DeepChainGame(DECISIONS), NODES, false, sink);

    assertThat(nodes).isEqualTo(NODES);
    assertThat(sink.decisions).isEqualTo(DECISIONS);
    assertThat(sink.terminals).isEqualTo(DECISIONS + 1);
    assertThat(sink.infosets).isEqualTo(DECISIONS);
    assertThat(sink.maxDepth).isEqualTo(DECISIONS);
    // the take-terminals alternate +1 and -1 for player 1: 50,000 of each
    assertThat(sink.returnsOfTakes).isZero();
    // depth first: the last node reported is the deepest, the end of the chain (the pass of the last decision)
    assertThat(sink.depthOf[sink.lastNode]).isEqualTo(DECISIONS);
  }

  @Test
  void theCompiledExplicitTreeOfADeepChainHasEveryNodeAndPayoff() {
    ExplicitTree tree = ExplicitTreeCompiler.compile(new DeepChainGame(DECISIONS), NODES);

    assertThat(tree.nodeCount()).isEqualTo(NODES);
    assertThat(tree.infosetCount()).isEqualTo(DECISIONS);
    int deepest = 0;
    for (int node = 0; node < NODES; node++) {
      if (tree.depth(node) >= tree.depth(deepest)) { // the last of the deepest: the final pass
        deepest = node;
      }
    }
    assertThat(tree.depth(deepest)).isEqualTo(DECISIONS);
    assertThat(tree.kind(deepest)).isEqualTo(ExplicitTree.TERMINAL);
    assertThat(tree.payoff(deepest, 0)).isEqualTo(Rational.ZERO);
    // prefix order: the root's take is node 1, the second decision's take (player 2's) is node 3
    assertThat(tree.payoff(1, 0)).isEqualTo(Rational.ONE);
    assertThat(tree.payoff(3, 0)).isEqualTo(Rational.of(-1));
    // each player's reduced strategies: take at one of the player's 50,000 decisions, or always pass
    assertThat(ReducedNormalForm.strategyCounts(tree)).containsExactly(DECISIONS / 2 + 1, DECISIONS / 2 + 1);
  }

  @Test
  void statisticsAndTheStateEnumeratorCountADeepChain() {
    TreeStatistics statistics = TreeStatistics.compute(new DeepChainGame(DECISIONS), NODES).orElseThrow();

    assertThat(statistics.nodes()).isEqualTo(NODES);
    assertThat(statistics.terminalNodes()).isEqualTo(DECISIONS + 1);
    assertThat(statistics.decisionNodes()).isEqualTo(DECISIONS);
    assertThat(statistics.maxDepth()).isEqualTo(DECISIONS);
    assertThat(statistics.informationStates()).isEqualTo(List.of(DECISIONS / 2, DECISIONS / 2));

    long[] visited = {0};
    boolean complete = StateEnumerator.walk(new DeepChainGame(DECISIONS), NODES - 1, (state, depth) -> visited[0]++);
    assertThat(complete).isFalse();
    assertThat(visited[0]).isEqualTo(NODES - 1);
  }
}

package org.agora.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.agora.core.Game;
import org.agora.core.Rational;
import org.agora.core.State;
import org.agora.core.TreeStatistics;
import org.agora.core.tree.ExplicitTree;
import org.agora.core.tree.ExplicitTreeCompiler;
import org.agora.core.tree.ExplicitTreeGame;
import org.agora.testkit.ChainEfg;
import org.junit.jupiter.api.Test;

/**
 * A chain {@code .efg} of 100,000 decisions (200,001 nodes) is read, enumerated and compiled. Each
 * state used to hold a history buffer as long as the game (100,000 entries) and to copy it on every
 * copy, so the walks cost time and memory quadratic in the depth (and recursed once per level).
 */
class DeepEfgChainTest {

  private static final int DECISIONS = 100_000;
  private static final int NODES = 2 * DECISIONS + 1;

  private static Game chain() {
    return GambitFormats.parse(ChainEfg.text(DECISIONS), "chain.efg");
  }

  @Test
  void theReaderBuildsEveryNodeOfADeepChain() {
    Game game = chain();
    ExplicitTree tree = ((ExplicitTreeGame) game).explicitTree();

    assertThat(tree.nodeCount()).isEqualTo(NODES);
    assertThat(tree.infosetCount()).isEqualTo(DECISIONS);
    assertThat(game.maxGameLength()).isEqualTo(DECISIONS);
    int last = NODES - 1;
    assertThat(tree.depth(last)).isEqualTo(DECISIONS);
    assertThat(tree.payoff(last, 0)).isEqualTo(Rational.ZERO);
    assertThat(tree.payoff(last - 1, 0)).isEqualTo(Rational.of(-1)); // player 2 takes at the last decision
  }

  @Test
  void statesDeepInTheChainCopyAndReportTheirPath() {
    Game game = chain();
    State state = game.newInitialState();
    List<State> copies = new java.util.ArrayList<>();
    for (int k = 0; k < DECISIONS; k++) {
      state.apply(1);
      copies.add(state.copy()); // one state per level: O(1) each, not a history as long as the path
    }
    assertThat(state.isTerminal()).isTrue();
    assertThat(state.historyLength()).isEqualTo(DECISIONS);
    assertThat(copies.get(DECISIONS / 2).history()).hasSize(DECISIONS / 2 + 1).containsOnly(1);
    State beforeTheEnd = copies.get(DECISIONS - 2);
    assertThat(beforeTheEnd.currentPlayer()).isEqualTo(1);
    assertThat(beforeTheEnd.informationStateKey(1)).isEqualTo("P2 I" + DECISIONS / 2);
    beforeTheEnd.apply(0);
    assertThat(beforeTheEnd.returns(0)).isEqualTo(-1.0);
    State unrecorded = game.newInitialState(false);
    unrecorded.apply(1);
    assertThatThrownBy(unrecorded.copy()::history).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aDeepChainIsEnumeratedAndCompiled() {
    Game game = chain();

    TreeStatistics statistics = TreeStatistics.compute(game, NODES).orElseThrow();
    ExplicitTree compiled = ExplicitTreeCompiler.compile(game, NODES);

    assertThat(statistics.nodes()).isEqualTo(NODES);
    assertThat(statistics.decisionNodes()).isEqualTo(DECISIONS);
    assertThat(statistics.maxDepth()).isEqualTo(DECISIONS);
    assertThat(statistics.informationStates()).isEqualTo(List.of(DECISIONS / 2, DECISIONS / 2));
    assertThat(compiled.nodeCount()).isEqualTo(NODES);
    assertThat(compiled.infosetCount()).isEqualTo(DECISIONS);
    assertThat(compiled.infosetName(DECISIONS - 1)).isEqualTo("P2 I" + DECISIONS / 2);
    assertThat(compiled.payoff(NODES - 2, 1)).isEqualTo(Rational.ONE);
  }

  @Test
  void theTextIsWhatTheScriptWrites() {
    assertThat(ChainEfg.text(3)).isEqualTo("""
        EFG 2 R "Chain of 3 decisions" { "P1" "P2" }
        ""

        p "" 1 1 { "take" "pass" } 0
        t "" 1 "P1 takes" { 1 -1 }
        p "" 2 1 { "take" "pass" } 0
        t "" 2 "P2 takes" { -1 1 }
        p "" 1 2 { "take" "pass" } 0
        t "" 1
        t "" 3 "nobody takes" { 0 0 }
        """);
  }
}

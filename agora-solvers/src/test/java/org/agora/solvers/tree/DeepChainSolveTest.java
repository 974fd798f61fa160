package org.agora.solvers.tree;

import static org.assertj.core.api.Assertions.assertThat;

import org.agora.core.Game;
import org.agora.core.Rational;
import org.agora.testkit.ChainEfg;
import org.agora.io.GambitFormats;
import org.agora.solvers.bestresponse.BestResponse;
import org.agora.solvers.bestresponse.ExactBestResponse;
import org.agora.solvers.bestresponse.Exploitability;
import org.agora.solvers.cfr.CfrOptions;
import org.agora.solvers.cfr.CfrSolver;
import org.agora.solvers.sequenceform.SequenceForm;
import org.junit.jupiter.api.Test;

/**
 * A chain {@code .efg} of 100,000 decisions (200,001 nodes, see {@link ChainEfg}) is compiled, solved
 * by a few CFR iterations, measured by best responses and turned into its sequence form, all on the
 * test thread's ordinary stack. Best responses recursed once per level and overflowed it.
 */
class DeepChainSolveTest {

  private static final int DECISIONS = 100_000;
  private static final int NODES = 2 * DECISIONS + 1;

  private static final Game CHAIN = GambitFormats.parse(ChainEfg.text(DECISIONS), "chain.efg");

  @Test
  void aDeepChainCompilesAndItsBestResponsesAreExact() {
    GameTree tree = GameTreeCompiler.compile(CHAIN, NODES, true);

    assertThat(tree.nodeCount()).isEqualTo(NODES);
    assertThat(tree.statistics().maxDepth()).isEqualTo(DECISIONS);
    double[] uniform = tree.uniformBehaviour();
    // against a uniform opponent, player 1 takes at once (+1); player 2's best is to take at its first move,
    // reached when player 1 passes (1/2): -1/2 * 1 + 1/2 * 1 = 0
    assertThat(BestResponse.compute(tree, uniform, 0).value()).isEqualTo(1.0);
    assertThat(BestResponse.compute(tree, uniform, 1).value()).isEqualTo(0.0);
    Rational[] exactUniform = new Rational[uniform.length];
    for (int i = 0; i < uniform.length; i++) {
      exactUniform[i] = Rational.of(uniform[i]);
    }
    assertThat(ExactBestResponse.value(tree, exactUniform, 0)).isEqualTo(Rational.ONE);
    assertThat(ExactBestResponse.value(tree, exactUniform, 1)).isEqualTo(Rational.ZERO);
  }

  @Test
  void cfrOnADeepChainTakesAtOnce() {
    GameTree tree = GameTreeCompiler.compile(CHAIN, NODES, false);
    double[] average;
    try (CfrSolver solver = new CfrSolver(tree, CfrOptions.defaults())) {
      solver.iterate(20);
      average = solver.averageBehaviour();
    }
    // take is slot 0 at player 1's first decision (infoset 0)
    assertThat(average[0]).isGreaterThan(0.9);
    assertThat(Exploitability.nashConv(tree, average)).isLessThan(0.5);
  }

  @Test
  void theSequenceFormOfADeepChainHasOneSequencePerAction() {
    SequenceForm form = SequenceForm.of(GameTreeCompiler.compile(CHAIN, NODES, true));

    assertThat(form.sequenceCount(0)).isEqualTo(1 + DECISIONS);
    assertThat(form.sequenceCount(1)).isEqualTo(1 + DECISIONS);
    assertThat(form.entryCount()).isEqualTo(DECISIONS + 1);
    // player 2's k-th information state follows player 1's pass at its k-th
    int lastOfPlayer2 = form.infoset(1, DECISIONS / 2 - 1);
    assertThat(form.parentSequence(lastOfPlayer2)).isEqualTo(form.firstSequence(form.infoset(1, DECISIONS / 2 - 2)) + 1);
  }
}

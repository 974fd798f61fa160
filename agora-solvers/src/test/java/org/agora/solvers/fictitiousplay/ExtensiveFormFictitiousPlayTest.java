package org.agora.solvers.fictitiousplay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.agora.core.GameRegistry;
import org.agora.solvers.bestresponse.BestResponse;
import org.agora.solvers.bestresponse.Exploitability;
import org.agora.solvers.bestresponse.PolicyEvaluation;
import org.agora.solvers.tree.GameTree;
import org.agora.solvers.tree.GameTreeCompiler;
import org.junit.jupiter.api.Test;

class ExtensiveFormFictitiousPlayTest {

  private static GameTree tree(String name) {
    return GameTreeCompiler.compile(GameRegistry.create(name));
  }

  @Test
  void solvesKuhnSlowly() {
    GameTree kuhn = tree("kuhn_poker");
    ExtensiveFormFictitiousPlay solver = new ExtensiveFormFictitiousPlay(kuhn);
    double previous = Exploitability.exploitability(kuhn, solver.averageBehaviour());
    for (int checkpoint : new int[] {10, 50, 300}) {
      solver.iterate(checkpoint - (int) solver.iterations());
      double current = Exploitability.exploitability(kuhn, solver.averageBehaviour());
      assertThat(current).as("after %d iterations", checkpoint).isLessThan(previous);
      previous = current;
    }
    assertThat(previous).isLessThan(0.05);
  }

  /**
   * The mixing rule is realization-equivalent to averaging the strategies themselves: after one
   * iteration player 0's average earns, against any fixed opponent, the mean of what the uniform
   * strategy and its best response earn.
   */
  @Test
  void theFirstStepMixesUniformAndTheBestResponseHalfAndHalf() {
    GameTree leduc = tree("leduc_poker");
    double[] uniform = leduc.uniformBehaviour();
    double[] bestResponse = BestResponse.compute(leduc, uniform, 0).apply(leduc, uniform);
    ExtensiveFormFictitiousPlay solver = new ExtensiveFormFictitiousPlay(leduc);
    solver.iterate(1);
    double[] mixed = solver.averageBehaviour();
    for (double[] opponent : new double[][] {uniform, BestResponse.compute(leduc, uniform, 1).apply(leduc, uniform)}) {
      double uniformValue = PolicyEvaluation.expectedReturns(leduc, withPlayer0(leduc, uniform, opponent))[0];
      double responseValue = PolicyEvaluation.expectedReturns(leduc, withPlayer0(leduc, bestResponse, opponent))[0];
      double mixedValue = PolicyEvaluation.expectedReturns(leduc, withPlayer0(leduc, mixed, opponent))[0];
      assertThat(mixedValue).isCloseTo((uniformValue + responseValue) / 2, offset(1e-12));
      assertThat(responseValue).isNotCloseTo(uniformValue, offset(1e-3));
    }
  }

  private static double[] withPlayer0(GameTree tree, double[] player0, double[] others) {
    double[] profile = others.clone();
    for (int infoset = 0; infoset < tree.infosetCount(); infoset++) {
      if (tree.infosetPlayer(infoset) == 0) {
        System.arraycopy(player0, infoset * tree.maxActions(), profile, infoset * tree.maxActions(), tree.maxActions());
      }
    }
    return profile;
  }

  @Test
  void rockPaperScissorsAverageTendsToUniform() {
    GameTree rps = tree("rock_paper_scissors");
    ExtensiveFormFictitiousPlay solver = new ExtensiveFormFictitiousPlay(rps);
    solver.iterate(100);
    double early = Exploitability.exploitability(rps, solver.averageBehaviour());
    solver.iterate(9_900);
    double[] average = solver.averageBehaviour();
    for (double probability : average) {
      assertThat(probability).isCloseTo(1.0 / 3, offset(0.01));
    }
    assertThat(Exploitability.exploitability(rps, average)).isLessThan(early).isLessThan(0.02);
  }
}

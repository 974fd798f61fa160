package org.agora.solvers.sequenceform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.agora.core.GameRegistry;
import org.agora.core.Rational;
import org.agora.solvers.bestresponse.ExactBestResponse;
import org.agora.solvers.bestresponse.Exploitability;
import org.agora.solvers.bestresponse.PolicyEvaluation;
import org.agora.solvers.tree.GameTree;
import org.agora.solvers.tree.GameTreeCompiler;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Sequence-form LP and LCP on Kuhn poker (value -1/18, Kuhn 1950) and Leduc poker. */
class KuhnAndLeducTest {

  private static final Rational KUHN_VALUE = Rational.of(-1, 18);

  private static SequenceForm kuhn() {
    return SequenceForm.of(GameTreeCompiler.compile(GameRegistry.create("kuhn_poker"), 1_000, true));
  }

  @Test
  void kuhnSequenceFormHasThirteenSequencesPerPlayer() {
    SequenceForm form = kuhn();
    // 6 information states with 2 actions each, plus the empty sequence.
    assertThat(form.sequenceCount(0)).isEqualTo(13);
    assertThat(form.sequenceCount(1)).isEqualTo(13);
    assertThat(form.infosetCount(0)).isEqualTo(6);
    // 30 leaves; each pair of sequences is reached by the 6 card deals at most once per deal.
    assertThat(form.entryCount()).isPositive().isLessThanOrEqualTo(30);
    int[][] e = form.constraintMatrix(0);
    assertThat(e).hasNumberOfRows(7);
    assertThat(e[0][0]).isEqualTo(1);
  }

  @Test
  void exactLpFindsTheKuhnValueAndAnExactEquilibrium() {
    SequenceForm form = kuhn();
    SequenceFormLpSolver.ExactSolution solution = new SequenceFormLpSolver().solveExact(form);
    assertThat(solution.value()).isEqualTo(KUHN_VALUE);
    GameTree tree = form.tree();
    assertThat(ExactBestResponse.nashConv(tree, solution.behaviour())).isEqualTo(Rational.ZERO);
    assertThat(ExactBestResponse.expectedReturns(tree, solution.behaviour())[0]).isEqualTo(KUHN_VALUE);
    assertThat(Exploitability.nashConv(tree, solution.doubleBehaviour())).isLessThan(1e-12);
  }

  @Test
  void lcpFindsAnExactKuhnEquilibriumWithTheValue() {
    SequenceForm form = kuhn();
    SequenceFormLcpSolver.ExactEquilibrium equilibrium = new SequenceFormLcpSolver().solve(form);
    assertThat(equilibrium.payoffs()).containsExactly(KUHN_VALUE, KUHN_VALUE.negate());
    assertThat(ExactBestResponse.nashConv(form.tree(), equilibrium.behaviour())).isEqualTo(Rational.ZERO);
  }

  @Test
  void doubleLpFindsTheKuhnValue() {
    SequenceFormLpSolver.Solution solution = new SequenceFormLpSolver().solve(kuhn());
    assertThat(solution.value()).isCloseTo(-1.0 / 18, Offset.offset(1e-9));
    assertThat(Exploitability.nashConv(kuhn().tree(), solution.behaviour())).isLessThan(1e-9);
  }

  @Test
  void exactBestResponseDetectsANonEquilibrium() {
    GameTree tree = kuhn().tree();
    Rational[] uniform = new Rational[tree.infosetCount() * tree.maxActions()];
    java.util.Arrays.fill(uniform, Rational.of(1, 2));
    assertThat(ExactBestResponse.nashConv(tree, uniform).signum()).isPositive();
    assertThat(ExactBestResponse.nashConv(tree, uniform).doubleValue())
        .isCloseTo(Exploitability.nashConv(tree, tree.uniformBehaviour()), Offset.offset(1e-12));
  }

  @Test
  void leducDoubleLpIsAnEquilibrium() {
    GameTree tree = GameTreeCompiler.compile(GameRegistry.create("leduc_poker"));
    SequenceFormLpSolver.Solution solution = new SequenceFormLpSolver().solve(SequenceForm.of(tree));
    // Published value of Leduc poker for the first player: about -0.0856.
    assertThat(solution.value()).isCloseTo(-0.0856, Offset.offset(5e-4));
    assertThat(Exploitability.nashConv(tree, solution.behaviour())).isLessThan(1e-8);
  }

  /**
   * CFR's limit is the LP's value: in a zero-sum game the value of any profile is within its
   * NashConv of the game value, so the CFR+ average after 1000 iterations pins the value to 1e-3.
   */
  @Test
  void cfrPlusOnLeducApproachesTheSequenceFormValue() {
    GameTree tree = GameTreeCompiler.compile(GameRegistry.create("leduc_poker"));
    double value = new SequenceFormLpSolver().solve(SequenceForm.of(tree)).value();
    org.agora.solvers.cfr.CfrPlusSolver solver = new org.agora.solvers.cfr.CfrPlusSolver(tree);
    double previousGap = Double.POSITIVE_INFINITY;
    for (int round = 0; round < 3; round++) {
      solver.iterate(round == 0 ? 10 : round == 1 ? 90 : 900);
      double[] average = solver.averageBehaviour();
      double nashConv = Exploitability.nashConv(tree, average);
      double gap = Math.abs(PolicyEvaluation.expectedReturns(tree, average)[0] - value);
      assertThat(gap).isLessThanOrEqualTo(nashConv + 1e-9);
      assertThat(nashConv).isLessThan(previousGap);
      previousGap = nashConv;
    }
    assertThat(previousGap).isLessThan(1e-3);
  }

  @Test
  void kuhnReconstructionFromTheFloatingPointLpIsExact() {
    SequenceForm form = kuhn();
    SequenceFormLpSolver.ExactSolution solution = new SequenceFormLpSolver().solveExactByReconstruction(form).orElseThrow();
    assertThat(solution.value()).isEqualTo(KUHN_VALUE);
    assertThat(ExactBestResponse.nashConv(form.tree(), solution.behaviour())).isEqualTo(Rational.ZERO);
  }

  @Test
  void leducExactEquilibriumByReconstructionHasNashConvZero() {
    GameTree tree = GameTreeCompiler.compile(GameRegistry.create("leduc_poker"), 100_000, true);
    SequenceFormLpSolver.ExactSolution solution =
        new SequenceFormLpSolver().solveExactByReconstruction(SequenceForm.of(tree)).orElseThrow();
    assertThat(ExactBestResponse.nashConv(tree, solution.behaviour())).isEqualTo(Rational.ZERO);
    assertThat(ExactBestResponse.expectedReturns(tree, solution.behaviour())[0]).isEqualTo(solution.value());
    assertThat(solution.value().doubleValue()).isCloseTo(-0.0856064, Offset.offset(1e-7));
    // The exact value of Leduc poker for player 0 (unique in a zero-sum game; certified above by
    // exact NashConv 0 of the reconstructed profile).
    assertThat(solution.value()).isEqualTo(Rational.parse("-1454920850547486749701863871533/16995463438839962469905132501930"));
  }

  @Test
  void rejectsGamesWithoutTwoPlayers() {
    GameTree tree = GameTreeCompiler.compile(GameRegistry.create("kuhn_poker(players=3)"));
    assertThatThrownBy(() -> SequenceForm.of(tree)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two-player").hasMessageContaining("3 players");
  }

  @Test
  void lpRejectsGeneralSumGamesAndInexactTrees() {
    SequenceForm inexact = SequenceForm.of(GameTreeCompiler.compile(GameRegistry.create("kuhn_poker")));
    assertThatThrownBy(() -> new SequenceFormLpSolver().solveExact(inexact)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new SequenceFormLcpSolver().solve(inexact)).isInstanceOf(IllegalStateException.class);
  }
}

package org.agora.solvers.constrained;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.agora.core.GameParameters;
import org.agora.core.GameRegistry;
import org.agora.core.normalform.NormalFormGame;
import org.agora.solvers.correlated.CorrelatedEquilibriumSolver.Concept;
import org.agora.solvers.correlated.CorrelatedEquilibriumSolver.Objective;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Constrained Phi-equilibria for a finite listed deviation set. */
class FinitePhiEquilibriumTest {

  /** Prisoner's dilemma: CC (3,3), CD (0,5), DC (5,0), DD (1,1); welfare 6, 5, 5, 2. */
  private static NormalFormGame prisonersDilemma() {
    return NormalFormGame.bimatrix(GameParameters.none("pd"), new String[] {"C", "D"}, new String[] {"C", "D"},
        new double[][] {{3, 0}, {5, 1}}, new double[][] {{3, 5}, {0, 1}});
  }

  /** Every pure swap function of every player. */
  private static List<Deviation> allSwapFunctions(NormalFormGame game) {
    List<Deviation> all = new ArrayList<>();
    for (int p = 0; p < game.playerCount(); p++) {
      int m = game.strategyCount(p);
      int count = (int) Math.pow(m, m);
      for (int code = 0; code < count; code++) {
        int[] targets = new int[m];
        int rest = code;
        for (int s = 0; s < m; s++) {
          targets[s] = rest % m;
          rest /= m;
        }
        all.add(Deviation.swap(p, targets));
      }
    }
    return all;
  }

  private static List<Deviation> constantMaps(NormalFormGame game) {
    List<Deviation> all = new ArrayList<>();
    for (int p = 0; p < game.playerCount(); p++) {
      for (int t = 0; t < game.strategyCount(p); t++) {
        all.add(Deviation.constant(p, game.strategyCount(p), t));
      }
    }
    return all;
  }

  private static ConstrainedSolution solve(DeviationSet phi, NormalFormGame game, List<CostConstraint> costs,
      Objective objective) {
    return new ConstrainedPhiEquilibriumSolver(phi, objective, 11, 0.0).solve(game, costs);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4})
  void theHullOfEverySwapFunctionIsTheCorrelatedEquilibriumAndOfTheConstantsTheCoarse(long seed) {
    NormalFormGame game = seed % 2 == 0 ? ConstrainedPhiEquilibriumSolverTest.random(seed, 3, 3)
        : ConstrainedPhiEquilibriumSolverTest.random(seed, 2, 2, 3);
    for (Objective objective : List.of(Objective.MAXIMUM_SOCIAL_WELFARE, Objective.MAXIMUM_MINIMUM_PAYOFF)) {
      double swap = solve(new DeviationSet.Finite(allSwapFunctions(game)), game, List.of(), objective).objectiveValue();
      double constant = solve(new DeviationSet.Finite(constantMaps(game)), game, List.of(), objective).objectiveValue();
      assertThat(swap).isCloseTo(solve(new DeviationSet.Swap(), game, List.of(), objective).objectiveValue(),
          within(1e-7));
      assertThat(constant).isCloseTo(solve(new DeviationSet.Constant(), game, List.of(), objective).objectiveValue(),
          within(1e-7));
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {5, 6, 7})
  void withPlayerLocalBudgetsTheListedSetsMatchTheConstrainedCeAndCce(long seed) {
    NormalFormGame game = ConstrainedPhiEquilibriumSolverTest.random(seed, 3, 3);
    List<CostConstraint> costs = List.of(new CostConstraint(0, new double[] {0, 1, 2}, true, 1.0));
    ConstrainedSolution swapListed = solve(new DeviationSet.Finite(allSwapFunctions(game)), game, costs,
        Objective.MAXIMUM_SOCIAL_WELFARE);
    ConstrainedSolution swap = solve(new DeviationSet.Swap(), game, costs, Objective.MAXIMUM_SOCIAL_WELFARE);
    // the same multiplier grid: both are exact constrained CEs and the per-grid-point polytopes coincide
    assertThat(swapListed.objectiveValue()).isCloseTo(swap.objectiveValue(), within(1e-7));
    assertThat(swapListed.exact()).isFalse();
    ConstrainedSolution constantListed = solve(new DeviationSet.Finite(constantMaps(game)), game, costs,
        Objective.MAXIMUM_SOCIAL_WELFARE);
    ConstrainedSolution constant = solve(new DeviationSet.Constant(), game, costs, Objective.MAXIMUM_SOCIAL_WELFARE);
    assertThat(constantListed.exact()).isTrue();
    assertThat(constantListed.objectiveValue()).isCloseTo(constant.objectiveValue(), within(1e-7));
  }

  @Test
  void aSingleDeviationOfOnePlayerGivesTheHandComputedOptimum() {
    NormalFormGame game = prisonersDilemma();
    // Phi_0 = {always D}; player 1 untested. mu = (CC, CD, DC, DD) = (a, b, c, d): the condition
    // 3a + 5c + d >= 5a + b + 5c + d forces a = b = 0, so the best welfare is 5 at (D, C).
    DeviationSet.Finite alwaysDefect = Deviations.parse("0:1 1", game);
    ConstrainedSolution solution = solve(alwaysDefect, game, List.of(), Objective.MAXIMUM_SOCIAL_WELFARE);
    assertThat(solution.objectiveValue()).isCloseTo(5.0, within(1e-9));
    assertThat(solution.distribution()[2]).isCloseTo(1.0, within(1e-9));
    // A budget on player 0's defection (cost 1 for D, budget 1/2) makes "always D" unsafe: no safe
    // deviation remains, so (C, C) with welfare 6 is an equilibrium; one exact LP (constant map).
    List<CostConstraint> budget = List.of(new CostConstraint(0, new double[] {0, 1}, true, 0.5));
    ConstrainedSolution budgeted = solve(alwaysDefect, game, budget, Objective.MAXIMUM_SOCIAL_WELFARE);
    assertThat(budgeted.objectiveValue()).isCloseTo(6.0, within(1e-9));
    assertThat(budgeted.exact()).isTrue();
    assertThat(budgeted.gap()).isEqualTo(Double.NEGATIVE_INFINITY);
  }

  @Test
  void listingTheIdentityMakesPartialDefectionSafeAndLowersTheOptimumAsComputedByHand() {
    NormalFormGame game = prisonersDilemma();
    // Phi_0 = hull{identity, always D}, cost 1 for D, budget 1/2. Mixing w of "always D" gains
    // w (2a + b) and costs w + (1 - w)(c + d) <= 1/2, which some w > 0 meets unless c + d = 1/2;
    // so an equilibrium has 2a + b = 0 (then c + d = 1, over budget) or c + d = 1/2: the best
    // welfare is 6/2 + 5/2 = 5.5 at a = c = 1/2 (certified by lambda = 2, on the default grid).
    DeviationSet.Finite phi = Deviations.parse("0:0 1; 0:1 1", game);
    List<CostConstraint> budget = List.of(new CostConstraint(0, new double[] {0, 1}, true, 0.5));
    ConstrainedSolution solution = solve(phi, game, budget, Objective.MAXIMUM_SOCIAL_WELFARE);
    assertThat(solution.objectiveValue()).isCloseTo(5.5, within(1e-9));
    assertThat(solution.exact()).isFalse();
    assertThat(solution.distribution()).containsExactly(new double[] {0.5, 0, 0.5, 0}, within(1e-9));
    assertThat(ConstrainedMeasures.finiteDeviationGain(game, phi.of(0), budget, solution.distribution(), 0))
        .isCloseTo(0.0, within(1e-9));
    // (C, C) itself is not an equilibrium: mixing half of "always D" is safe and gains 1
    assertThat(ConstrainedMeasures.finiteDeviationGain(game, phi.of(0), budget, new double[] {1, 0, 0, 0}, 0))
        .isCloseTo(1.0, within(1e-9));
  }

  @Test
  void badDeviationTextGetsOneLineErrors() {
    NormalFormGame game = prisonersDilemma();
    assertThatThrownBy(() -> Deviations.parse("", game)).hasMessageContaining("no deviations given");
    assertThatThrownBy(() -> Deviations.parse("2:0 1", game)).hasMessageContaining("bad player 2");
    assertThatThrownBy(() -> Deviations.parse("0:1", game)).hasMessageContaining("needs one target per strategy");
    assertThatThrownBy(() -> Deviations.parse("0:1 x", game)).hasMessageContaining("bad target 'x'");
    assertThatThrownBy(() -> Deviations.parse("0:1 2", game)).hasMessageContaining("strategies 0 to 1");
    assertThatThrownBy(() -> Deviations.parse("0 1 1", game)).hasMessageContaining("expected PLAYER:T0 T1");
    assertThatThrownBy(() -> new Deviation(0, new double[][] {{0.5, 0.4}, {0, 1}}))
        .hasMessageContaining("sums to");
    assertThatThrownBy(() -> new ConstrainedPhiEquilibriumSolver(
        new DeviationSet.Finite(List.of(Deviation.swap(0, 0, 1, 2))), Objective.FEASIBLE, 3, 0).solve(game, List.of()))
        .hasMessageContaining("has 3 rows; the player has 2 strategies");
  }

  @Test
  void theConceptConstructorStillMeansSwapAndConstantMaps() {
    assertThat(DeviationSet.of(Concept.CORRELATED)).isEqualTo(new DeviationSet.Swap());
    assertThat(DeviationSet.of(Concept.COARSE_CORRELATED)).isEqualTo(new DeviationSet.Constant());
  }

  @Test
  void aLargerListedSetIsSolvedWithoutTheLpSolversGarbledAnswers() {
    // Before its rows were scaled, ojAlgo answered OPTIMAL with a point breaking the budget by 0.68 on this
    // program (3 players x 5 strategies, 75 listed maps, one local budget): the solve failed its final check.
    NormalFormGame game = (NormalFormGame) GameRegistry.create("random_normal_form(players=3,strategies=5,seed=1)");
    List<Deviation> maps = new ArrayList<>(constantMaps(game));
    for (int p = 0; p < 3; p++) {
      for (int from = 0; from < 5; from++) {
        for (int to = 0; to < 5; to++) {
          if (from != to) {
            int[] targets = {0, 1, 2, 3, 4};
            targets[from] = to;
            maps.add(Deviation.swap(p, targets));
          }
        }
      }
    }
    List<CostConstraint> budget = List.of(new CostConstraint(0, new double[] {0, 1, 2, 3, 4}, true, 1.5));
    ConstrainedSolution listed = solve(new DeviationSet.Finite(maps), game, budget, Objective.MAXIMUM_SOCIAL_WELFARE);
    assertThat(listed.failedPrograms()).isZero();
    assertThat(listed.gap()).isLessThan(1e-7);
    assertThat(listed.budgetViolation()).isLessThan(1e-9);
    // fewer deviations than every swap map: for each multiplier the polytope contains the CE one
    ConstrainedSolution swap = solve(new DeviationSet.Swap(), game, budget, Objective.MAXIMUM_SOCIAL_WELFARE);
    assertThat(listed.objectiveValue()).isGreaterThanOrEqualTo(swap.objectiveValue() - 1e-7);
  }
}

package org.agora.solvers.constrained;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.agora.core.GameParameters;
import org.agora.core.normalform.NormalFormGame;
import org.agora.solvers.correlated.CorrelatedEquilibriumSolver;
import org.agora.solvers.correlated.CorrelatedEquilibriumSolver.Concept;
import org.agora.solvers.correlated.CorrelatedEquilibriumSolver.Objective;
import org.agora.solvers.correlated.InfeasibleCorrelatedProgramException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ConstrainedPhiEquilibriumSolverTest {

  /** Coordination: (A,A) pays 2 each, (B,B) 1 each, mismatches 0. */
  static NormalFormGame coordination() {
    return NormalFormGame.bimatrix(GameParameters.none("coordination"), new String[] {"A", "B"},
        new String[] {"A", "B"}, new double[][] {{2, 0}, {0, 1}}, new double[][] {{2, 0}, {0, 1}});
  }

  /** Prisoner's dilemma: CC (3,3), CD (0,4), DC (4,0), DD (1,1). */
  static NormalFormGame prisonersDilemma() {
    return NormalFormGame.bimatrix(GameParameters.none("pd"), new String[] {"C", "D"}, new String[] {"C", "D"},
        new double[][] {{3, 0}, {4, 1}}, new double[][] {{3, 4}, {0, 1}});
  }

  static NormalFormGame random(long seed, int... strategyCounts) {
    SplittableRandom random = new SplittableRandom(seed);
    int profiles = 1;
    for (int count : strategyCounts) {
      profiles *= count;
    }
    String[] players = new String[strategyCounts.length];
    String[][] names = new String[strategyCounts.length][];
    for (int p = 0; p < players.length; p++) {
      players[p] = "p" + p;
      names[p] = new String[strategyCounts[p]];
      for (int s = 0; s < names[p].length; s++) {
        names[p][s] = "s" + s;
      }
    }
    double[] payoffs = new double[profiles * strategyCounts.length];
    for (int k = 0; k < payoffs.length; k++) {
      payoffs[k] = random.nextInt(-5, 6);
    }
    return NormalFormGame.of(GameParameters.none("random"), "random", players, names, payoffs);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6})
  void withoutConstraintsItReturnsTheCorrelatedLinearProgramsOptimum(long seed) {
    NormalFormGame game = seed % 2 == 0 ? random(seed, 3, 4) : random(seed, 2, 2, 3);
    for (Concept concept : Concept.values()) {
      for (Objective objective : List.of(Objective.MAXIMUM_SOCIAL_WELFARE, Objective.MAXIMUM_MINIMUM_PAYOFF)) {
        double expected = CorrelatedEquilibriumSolver.solve(game, concept, objective).objectiveValue();
        ConstrainedSolution solution = new ConstrainedPhiEquilibriumSolver(concept, objective, 5, 0.0)
            .solve(game, List.of());
        assertThat(solution.objectiveValue()).as(concept + " " + objective).isCloseTo(expected, within(1e-9));
        assertThat(solution.exact()).isTrue();
        assertThat(solution.linearPrograms()).isEqualTo(1);
        assertThat(solution.gap()).isLessThan(1e-9);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"CORRELATED", "COARSE_CORRELATED"})
  void aBudgetThatExcludesTheUnconstrainedOptimumLowersWelfareAsComputedByHand(String name) {
    Concept concept = Concept.valueOf(name);
    NormalFormGame game = coordination();
    // Unconstrained: (A,A) with probability 1, welfare 4.
    assertThat(CorrelatedEquilibriumSolver.solve(game, concept, Objective.MAXIMUM_SOCIAL_WELFARE).objectiveValue())
        .isCloseTo(4.0, within(1e-9));
    // Player 0 pays 1 for A, 0 for B, budget 0.5: P(player 0 plays A) <= 0.5 excludes (A,A) w.p. 1.
    // Welfare = 4 mu(AA) + 2 mu(BB) <= 4 * 0.5 + 2 * 0.5 = 3, reached by mu(AA) = mu(BB) = 1/2, which is
    // an equilibrium: recommended A (B) each player gets 2 (1) and a deviation gets 0; in the coarse
    // sense player 0's best safe deviation (P(A) <= 1/2) earns 1/2 * 2 * 1/2 + 1/2 * 1 * 1/2 = 0.75 < 1.5.
    List<CostConstraint> budget = CostConstraints.parse("0:1 0<=0.5", game);
    ConstrainedSolution solution = new ConstrainedPhiEquilibriumSolver(concept, Objective.MAXIMUM_SOCIAL_WELFARE, 9, 0)
        .solve(game, budget);
    assertThat(solution.objectiveValue()).isCloseTo(3.0, within(1e-9));
    assertThat(solution.budgetViolation()).isLessThan(1e-9);
    assertThat(solution.gap()).isLessThan(1e-9);
  }

  @Test
  void safeDeviationsMakeCooperationAnEquilibriumOfThePrisonersDilemma() {
    NormalFormGame game = prisonersDilemma();
    // Unconstrained, D dominates: the only CCE is (D,D), welfare 2.
    assertThat(CorrelatedEquilibriumSolver.solve(game, Concept.COARSE_CORRELATED, Objective.MAXIMUM_SOCIAL_WELFARE)
        .objectiveValue()).isCloseTo(2.0, within(1e-9));
    // Each player pays 1 for D, budget 1/2. With mu = (a, b, c, d) on (CC, CD, DC, DD) and q = a + c the
    // chance player 1 plays C, player 0 earns 3a + 4c + d; its safe deviations play D with probability
    // at most 1/2 and earn at most 3q + 1/2. Incentives: c + d >= 1/2; budget: c + d <= 1/2; likewise
    // b + d = 1/2. So a = d = x, b = c = 1/2 - x and welfare 6x + 8(1/2 - x) + 2x = 4 for every x in [0, 1/2].
    List<CostConstraint> local = CostConstraints.parse("0:0 1<=0.5;1:0,1<=0.5", game);
    ConstrainedSolution exact = new ConstrainedPhiEquilibriumSolver(Concept.COARSE_CORRELATED,
        Objective.MAXIMUM_SOCIAL_WELFARE, 9, 0).solve(game, local);
    assertThat(exact.objectiveValue()).isCloseTo(4.0, within(1e-9));
    assertThat(exact.exact()).isTrue();
    assertThat(exact.gap()).isLessThan(1e-9);
    // The same costs written per profile (joint) go through the multiplier grid: the certifying
    // multiplier is 1 (the deviation's marginal gain per unit of cost), on the grid {0, 1, ..., 8}
    // (automatic bound: payoff range 4 over |cost - budget| = 1/2).
    List<CostConstraint> joint = CostConstraints.parse("0:0 0 1 1<=0.5;1:0 1 0 1<=0.5", game);
    assertThat(joint).noneMatch(CostConstraint::local);
    ConstrainedSolution grid = new ConstrainedPhiEquilibriumSolver(Concept.COARSE_CORRELATED,
        Objective.MAXIMUM_SOCIAL_WELFARE, 9, 0).solve(game, joint);
    assertThat(grid.objectiveValue()).isCloseTo(4.0, within(1e-9));
    assertThat(grid.exact()).isFalse();
    assertThat(grid.linearPrograms()).isEqualTo(81);
    assertThat(grid.gap()).isLessThan(1e-9);
  }

  @Test
  void correlatedGridSolutionsAreCertifiedEquilibria() {
    NormalFormGame game = random(11, 3, 3);
    List<CostConstraint> budget = CostConstraints.parse("0:2 0 1<=1;1:0 1 2 1 0 2 2 2 0<=1", game);
    ConstrainedSolution solution = new ConstrainedPhiEquilibriumSolver(Concept.CORRELATED,
        Objective.MAXIMUM_SOCIAL_WELFARE, 11, 0).solve(game, budget);
    // The unconstrained welfare-maximising CE breaks player 0's budget; the grid's best is certified.
    double[] unconstrained = CorrelatedEquilibriumSolver.solve(game, Concept.CORRELATED,
        Objective.MAXIMUM_SOCIAL_WELFARE).distribution().probabilities();
    assertThat(ConstrainedMeasures.budgetViolation(game, budget, unconstrained)).isGreaterThan(0.5);
    assertThat(solution.budgetViolation()).isLessThan(1e-9);
    assertThat(solution.gap()).isLessThan(1e-7);
    assertThat(solution.linearPrograms()).isEqualTo(121);
    // A coarse grid (0, 2.5, 5, 7.5, 10) holds no certifying multiplier here: refused, not a wrong answer.
    assertThatThrownBy(() -> new ConstrainedPhiEquilibriumSolver(Concept.CORRELATED,
        Objective.MAXIMUM_SOCIAL_WELFARE, 5, 0).solve(game, budget))
        .isInstanceOf(InfeasibleCorrelatedProgramException.class).hasMessageContaining("finer grid");
  }

  @Test
  void aTenByTenCorrelatedProgramWithPayoffsUpTo99IsSolvedNotGarbled() {
    // Regression: with free swap-bound variables ojAlgo reported OPTIMAL for points whose weights summed
    // to hundreds; bounded variables and the final check keep the result an equilibrium.
    SplittableRandom random = new SplittableRandom(1);
    double[][] row = new double[10][10];
    double[][] column = new double[10][10];
    String[] names = new String[10];
    for (int i = 0; i < 10; i++) {
      names[i] = "s" + i;
      for (int j = 0; j < 10; j++) {
        row[i][j] = random.nextInt(100);
        column[i][j] = random.nextInt(100);
      }
    }
    NormalFormGame game = NormalFormGame.bimatrix(GameParameters.none("ten"), names, names, row, column);
    List<CostConstraint> budget = CostConstraints.parse("0:0 1 2 3 4 5 6 7 8 9<=3", game);
    ConstrainedSolution solution = new ConstrainedPhiEquilibriumSolver(Concept.CORRELATED,
        Objective.MAXIMUM_SOCIAL_WELFARE, 11, 0).solve(game, budget);
    assertThat(java.util.Arrays.stream(solution.distribution()).sum()).isCloseTo(1.0, within(1e-9));
    assertThat(solution.gap()).isLessThan(1e-6);
    assertThat(solution.budgetViolation()).isLessThan(1e-9);
  }

  @Test
  void infeasibleBudgetsAndBadSyntaxAreRefusedWithTheReason() {
    NormalFormGame game = coordination();
    assertThatThrownBy(() -> new ConstrainedPhiEquilibriumSolver(Concept.COARSE_CORRELATED, Objective.FEASIBLE, 3, 0)
        .solve(game, CostConstraints.parse("0:1 1<=0.5", game)))
        .isInstanceOf(InfeasibleCorrelatedProgramException.class).hasMessageContaining("budgets");
    assertThatThrownBy(() -> CostConstraints.parse("0:1 1 1<=0.5", game))
        .hasMessageContaining("has 3 costs; expected 2 (one per own strategy) or 4 (one per pure profile)");
    assertThatThrownBy(() -> CostConstraints.parse("2:1 1<=0.5", game)).hasMessageContaining("bad player 2");
    assertThatThrownBy(() -> CostConstraints.parse("0:1 x<=0.5", game)).hasMessageContaining("bad cost 'x'");
    assertThatThrownBy(() -> CostConstraints.parse("0 1 1", game)).hasMessageContaining("PLAYER:COST");
  }

  @Test
  void withPlayerLocalCostsTheConstrainedCorrelatedEquilibriaAreNotConvex() {
    // Why constrained CE with player-local costs uses the grid too: player 0's second strategy costs 1 with
    // budget 1/2; mu = (0,R) and mu = (1/3 (0,L), 1/6 (0,R), 1/2 (1,L)) are both constrained CEs, but their
    // midpoint is not: it plays strategy 1 only a quarter of the time, which leaves room in the budget for
    // a safe deviation from 0 to 1 after (0,L) that gains 1/6 (found by a search over small random games).
    NormalFormGame game = NormalFormGame.bimatrix(GameParameters.none("nonconvex"), new String[] {"0", "1"},
        new String[] {"L", "R"}, new double[][] {{0, 2}, {3, 2}}, new double[][] {{1, 3}, {3, 0}});
    List<CostConstraint> budget = List.of(new CostConstraint(0, new double[] {0, 1}, true, 0.5));
    double[] first = {0, 1, 0, 0};
    double[] second = {1.0 / 3, 1.0 / 6, 0.5, 0};
    double[] midpoint = new double[4];
    for (int k = 0; k < 4; k++) {
      midpoint[k] = (first[k] + second[k]) / 2;
    }
    assertThat(ConstrainedMeasures.gap(game, Concept.CORRELATED, budget, first)).isLessThan(1e-9);
    assertThat(ConstrainedMeasures.gap(game, Concept.CORRELATED, budget, second)).isLessThan(1e-9);
    assertThat(ConstrainedMeasures.budgetViolation(game, budget, second)).isLessThan(1e-12);
    assertThat(ConstrainedMeasures.gap(game, Concept.CORRELATED, budget, midpoint)).isCloseTo(1.0 / 6, within(1e-9));
  }
}

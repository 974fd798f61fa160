package org.agora.solvers.correlated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.agora.core.normalform.NormalFormGame;
import org.agora.solvers.MixedProfile;
import org.agora.solvers.correlated.CorrelatedEquilibriumSolver.Concept;
import org.agora.solvers.correlated.CorrelatedEquilibriumSolver.Objective;
import org.junit.jupiter.api.Test;

class CorrelatedEquilibriumSolverTest {

  private static final double TOLERANCE = 1e-7;

  private static CorrelatedSolution solve(NormalFormGame game, Concept concept, Objective objective) {
    return CorrelatedEquilibriumSolver.solve(game, concept, objective);
  }

  @Test
  void textbookChickenMaximumWelfareIsHalfOnMutualChickenAndAQuarterOnEachPureEquilibrium() {
    // (C,C)=(6,6) (C,D)=(2,7) (D,C)=(7,2) (D,D)=(0,0), mu = (x, y, z, w) in profile order.
    // Incentives: x <= 2y, x <= 2z, y >= 2w, z >= 2w. Welfare 12x + 9y + 9z is maximised with w = 0
    // and x = 2y = 2z: mu = (1/2, 1/4, 1/4, 0), welfare 10.5. Dual certificate: multipliers 3/4 on
    // x <= 2y and x <= 2z and 10.5 on sum mu = 1 satisfy every reduced cost, with dual value 10.5.
    CorrelatedSolution solution = solve(TestGames.textbookChicken(), Concept.CORRELATED, Objective.MAXIMUM_SOCIAL_WELFARE);
    assertThat(solution.distribution().probabilities()).containsExactly(new double[] {0.5, 0.25, 0.25, 0.0},
        within(1e-9));
    assertThat(solution.objectiveValue()).isCloseTo(10.5, within(1e-9));
    // By symmetry the egalitarian optimum is the same distribution, each player getting 5.25.
    CorrelatedSolution egalitarian = solve(TestGames.textbookChicken(), Concept.CORRELATED,
        Objective.MAXIMUM_MINIMUM_PAYOFF);
    assertThat(egalitarian.objectiveValue()).isCloseTo(5.25, within(1e-9));
    assertThat(egalitarian.distribution().isCloseTo(solution.distribution(), 1e-9)).isTrue();
  }

  @Test
  void zooChickenMaximumWelfareNeverCrashes() {
    // Zoo chicken: (S,S)=(0,0) (S,T)=(-1,1) (T,S)=(1,-1) (T,T)=(-10,-10). Welfare is -20 mu(T,T), so
    // the optimum is 0 with no crash; the incentives are x <= 9y, x <= 9z, y >= 9w, z >= 9w.
    NormalFormGame chicken = TestGames.zoo("chicken");
    assertThat(chicken.payoffTensor()).containsExactly(0, -1, 1, -10, 0, 1, -1, -10);
    CorrelatedSolution solution = solve(chicken, Concept.CORRELATED, Objective.MAXIMUM_SOCIAL_WELFARE);
    assertThat(solution.objectiveValue()).isCloseTo(0.0, within(1e-9));
    assertThat(solution.distribution().probability(3)).isCloseTo(0.0, within(1e-9));
    assertThat(solution.incentiveGap()).isLessThanOrEqualTo(TOLERANCE);
    // Requiring mutual swerving at least 9/11 leaves exactly the vertex (9/11, 1/11, 1/11, 0).
    CorrelatedSolution constrained = new CorrelatedEquilibriumSolver(Concept.CORRELATED, Objective.FEASIBLE)
        .withConstraint(LinearConstraint.atLeast(new double[] {1, 0, 0, 0}, 9.0 / 11.0)).solve(chicken);
    assertThat(constrained.distribution().probabilities()).containsExactly(
        new double[] {9.0 / 11.0, 1.0 / 11.0, 1.0 / 11.0, 0.0}, within(1e-9));
    assertThat(constrained.constraintViolation()).isLessThanOrEqualTo(1e-9);
  }

  @Test
  void nashEquilibriumProductsAreCorrelatedEquilibria() {
    NormalFormGame rps = TestGames.zoo("rock_paper_scissors");
    NormalFormGame pennies = TestGames.zoo("matching_pennies");
    for (NormalFormGame game : new NormalFormGame[] {rps, pennies}) {
      CorrelatedDistribution product = CorrelatedDistribution.fromProfile(game, MixedProfile.uniform(game));
      assertThat(CorrelatedMeasures.correlatedGap(game, product)).isLessThanOrEqualTo(1e-12);
      assertThat(CorrelatedMeasures.coarseCorrelatedGap(game, product)).isLessThanOrEqualTo(1e-12);
    }
  }

  @Test
  void matchingPenniesHasTheUniformDistributionAsItsOnlyCorrelatedEquilibrium() {
    // Incentives give x >= y >= w >= z >= x for (HH, HT, TH, TT) = (x, y, z, w).
    NormalFormGame pennies = TestGames.zoo("matching_pennies");
    for (Objective objective : Objective.values()) {
      CorrelatedSolution solution = solve(pennies, Concept.CORRELATED, objective);
      assertThat(solution.distribution().probabilities()).containsExactly(new double[] {0.25, 0.25, 0.25, 0.25},
          within(1e-9));
    }
  }

  @Test
  void prisonersDilemmaHasMutualDefectionAsItsOnlyCorrelatedAndCoarseCorrelatedEquilibrium() {
    NormalFormGame dilemma = TestGames.zoo("prisoners_dilemma");
    int defect = dilemma.strategyName(0, 1).equals("defect") ? 1 : 0;
    int mutualDefection = dilemma.profileIndex(new int[] {defect, defect});
    for (Concept concept : Concept.values()) {
      for (Objective objective : Objective.values()) {
        CorrelatedSolution solution = solve(dilemma, concept, objective);
        assertThat(solution.distribution().probability(mutualDefection)).as(concept + " " + objective)
            .isCloseTo(1.0, within(1e-9));
      }
    }
  }

  @Test
  void everyCorrelatedEquilibriumIsCoarseCorrelated() {
    for (String name : new String[] {"chicken", "shapleys_game", "rock_paper_scissors", "prisoners_dilemma"}) {
      NormalFormGame game = TestGames.zoo(name);
      for (Objective objective : Objective.values()) {
        CorrelatedDistribution correlated = solve(game, Concept.CORRELATED, objective).distribution();
        assertThat(CorrelatedMeasures.coarseCorrelatedGap(game, correlated)).as(name + " " + objective)
            .isLessThanOrEqualTo(TOLERANCE);
      }
    }
  }

  @Test
  void shapleysGameCorrelatedEquilibriumOnTheSixOffDiagonalProfilesHasWelfareOne() {
    // Told rock, the row player's partner is paper or scissors with 1/2 each: rock earns 1/2,
    // scissors 1/2, paper 0, so obeying is optimal (ties allowed); likewise by symmetry.
    NormalFormGame shapley = TestGames.zoo("shapleys_game");
    double[] offDiagonal = new double[9];
    for (int row = 0; row < 3; row++) {
      for (int column = 0; column < 3; column++) {
        offDiagonal[row * 3 + column] = row == column ? 0.0 : 1.0 / 6.0;
      }
    }
    CorrelatedDistribution distribution = CorrelatedDistribution.of(shapley, offDiagonal);
    assertThat(CorrelatedMeasures.correlatedGap(shapley, distribution)).isLessThanOrEqualTo(1e-15);
    assertThat(distribution.socialWelfare(shapley)).isCloseTo(1.0, within(1e-15));
    // Every profile pays at most 1 in total, so 1 is the maximum, above the Nash welfare 2/3.
    CorrelatedSolution best = solve(shapley, Concept.CORRELATED, Objective.MAXIMUM_SOCIAL_WELFARE);
    assertThat(best.objectiveValue()).isCloseTo(1.0, within(1e-9));
    CorrelatedDistribution nash = CorrelatedDistribution.fromProfile(shapley, MixedProfile.uniform(shapley));
    assertThat(nash.socialWelfare(shapley)).isCloseTo(2.0 / 3.0, within(1e-12));
  }

  @Test
  void shapleysGameHasCoarseCorrelatedEquilibriaThatAreNotCorrelated() {
    // Weight a on each profile the row player wins, b on each the column player wins, c on the
    // diagonal: marginals are uniform, so CCE needs 3a >= 1/3 and 3b >= 1/3, while CE needs
    // a = b >= c. a = 1/6, b = 1/9, c = 1/18 is a CCE; the column player gains a - b = 1/18 by
    // playing scissors whenever told rock.
    NormalFormGame shapley = TestGames.zoo("shapleys_game");
    double[] probabilities = new double[9];
    for (int row = 0; row < 3; row++) {
      for (int column = 0; column < 3; column++) {
        int profile = row * 3 + column;
        boolean rowWins = shapley.payoff(0, profile) == 1.0;
        boolean columnWins = shapley.payoff(1, profile) == 1.0;
        probabilities[profile] = rowWins ? 1.0 / 6.0 : columnWins ? 1.0 / 9.0 : 1.0 / 18.0;
      }
    }
    CorrelatedDistribution distribution = CorrelatedDistribution.of(shapley, probabilities);
    assertThat(CorrelatedMeasures.coarseCorrelatedGap(shapley, distribution)).isLessThanOrEqualTo(1e-15);
    assertThat(CorrelatedMeasures.correlatedGap(shapley, distribution)).isCloseTo(1.0 / 18.0, within(1e-15));
  }

  @Test
  void rowPayoffAboveOneHalfSeparatesCoarseCorrelatedFromCorrelatedInShapleysGame() {
    // CE: in each column the column player's wins outweigh the row player's, so the row payoff is
    // at most 1/2. CCE: the column player only needs 1/3 (uniform marginals), so the row payoff can
    // reach 2/3 (2/9 on each row win, 1/9 on each column win).
    NormalFormGame shapley = TestGames.zoo("shapleys_game");
    double[] rowPayoffs = new double[9];
    for (int profile = 0; profile < 9; profile++) {
      rowPayoffs[profile] = shapley.payoff(0, profile);
    }
    LinearConstraint rowGetsMore = LinearConstraint.atLeast(rowPayoffs, 0.6);
    CorrelatedSolution coarse = new CorrelatedEquilibriumSolver(Concept.COARSE_CORRELATED, Objective.FEASIBLE,
        java.util.List.of(rowGetsMore)).solve(shapley);
    assertThat(coarse.distribution().expectedPayoffs(shapley)[0]).isGreaterThanOrEqualTo(0.6 - 1e-9);
    assertThat(coarse.incentiveGap()).isLessThanOrEqualTo(TOLERANCE);
    CorrelatedEquilibriumSolver correlated = new CorrelatedEquilibriumSolver(Concept.CORRELATED, Objective.FEASIBLE,
        java.util.List.of(rowGetsMore));
    assertThatThrownBy(() -> correlated.solve(shapley)).isInstanceOf(InfeasibleCorrelatedProgramException.class)
        .hasMessageContaining("correlated equilibrium").hasMessageContaining("infeasible");
    // With 2/3 the bound is tight for CCE; the maximum-entropy path also honours the constraint.
    CorrelatedSolution entropy = new CorrelatedEquilibriumSolver(Concept.COARSE_CORRELATED, Objective.MAXIMUM_ENTROPY,
        java.util.List.of(LinearConstraint.atLeast(rowPayoffs, 2.0 / 3.0))).solve(shapley);
    assertThat(entropy.distribution().expectedPayoffs(shapley)[0]).isCloseTo(2.0 / 3.0, within(1e-7));
    assertThat(entropy.incentiveGap()).isLessThanOrEqualTo(TOLERANCE);
  }

  @Test
  void maximumMinimumAndMaximumEntropyGiveValidEquilibriaAndEntropyIsLargest() {
    for (String name : new String[] {"chicken", "shapleys_game", "rock_paper_scissors", "prisoners_dilemma",
        "matching_pennies"}) {
      NormalFormGame game = TestGames.zoo(name);
      for (Concept concept : Concept.values()) {
        CorrelatedSolution entropy = solve(game, concept, Objective.MAXIMUM_ENTROPY);
        assertThat(entropy.incentiveGap()).isLessThanOrEqualTo(TOLERANCE);
        assertThat(entropy.objectiveValue()).isEqualTo(entropy.distribution().entropy());
        for (Objective other : new Objective[] {Objective.FEASIBLE, Objective.MAXIMUM_SOCIAL_WELFARE,
            Objective.MAXIMUM_MINIMUM_PAYOFF}) {
          CorrelatedSolution solution = solve(game, concept, other);
          assertThat(solution.incentiveGap()).as(name + " " + concept + " " + other).isLessThanOrEqualTo(TOLERANCE);
          assertThat(entropy.distribution().entropy()).as(name + " " + concept + " " + other)
              .isGreaterThanOrEqualTo(solution.distribution().entropy() - 1e-9);
        }
      }
    }
  }

  @Test
  void maximumEntropyOfTextbookChickenSatisfiesTheOptimalityConditions() {
    // The Gibbs form: log mu is affine in the active constraints. Here the binding constraints are
    // y >= 2w and z >= 2w (y = z = 2w), and with multiplier l on each, log mu = c + l*(coefficients).
    CorrelatedSolution solution = solve(TestGames.textbookChicken(), Concept.CORRELATED, Objective.MAXIMUM_ENTROPY);
    double[] mu = solution.distribution().probabilities();
    assertThat(mu[1]).isCloseTo(2 * mu[3], within(1e-9));
    assertThat(mu[2]).isCloseTo(2 * mu[3], within(1e-9));
    // Maximise -x log x - 2y log y - w log w on x + 2y + w = 1, y = 2w, x <= 2y: one free parameter w;
    // stationarity gives log x + 1 = (4 (log 2w + 1) + (log w + 1)) / 5 with x = 1 - 5w.
    double w = mu[3];
    double x = mu[0];
    assertThat(x).isCloseTo(1 - 5 * w, within(1e-9));
    assertThat(Math.log(x)).isCloseTo((4 * Math.log(2 * w) + Math.log(w)) / 5, within(1e-7));
  }

  @Test
  void constraintThatCannotHoldIsReportedAsInfeasible() {
    NormalFormGame chicken = TestGames.zoo("chicken");
    for (Objective objective : Objective.values()) {
      CorrelatedEquilibriumSolver solver = new CorrelatedEquilibriumSolver(Concept.CORRELATED, objective)
          .withConstraint(LinearConstraint.atLeast(new double[] {0, 0, 0, 1}, 0.5));
      // Half the weight on the crash: the crash recommendation would need the swerve-straight
      // profiles to carry 9 times as much.
      assertThatThrownBy(() -> solver.solve(chicken)).isInstanceOf(InfeasibleCorrelatedProgramException.class);
    }
    assertThatThrownBy(() -> new CorrelatedEquilibriumSolver(Concept.CORRELATED, Objective.FEASIBLE)
        .withConstraint(LinearConstraint.atLeast(new double[] {1, 1}, 0.5)).solve(chicken))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 coefficients");
  }

  @Test
  void equalityAndUpperBoundConstraintsAreHonoured() {
    NormalFormGame chicken = TestGames.zoo("chicken");
    CorrelatedEquilibriumSolver solver = new CorrelatedEquilibriumSolver(Concept.CORRELATED, Objective.MAXIMUM_ENTROPY)
        .withConstraint(LinearConstraint.equalTo(new double[] {0, 1, -1, 0}, 0.05))
        .withConstraint(LinearConstraint.atMost(new double[] {0, 0, 0, 1}, 0.01));
    CorrelatedSolution solution = solver.solve(chicken);
    double[] mu = solution.distribution().probabilities();
    assertThat(mu[1] - mu[2]).isCloseTo(0.05, within(1e-8));
    assertThat(mu[3]).isLessThanOrEqualTo(0.01 + 1e-9);
    assertThat(solution.incentiveGap()).isLessThanOrEqualTo(TOLERANCE);
    assertThat(solution.constraintViolation()).isLessThanOrEqualTo(1e-8);
  }

  @Test
  void gamesWithoutIncentivesAndOnePlayerGames() {
    // Constant payoffs: every distribution is an equilibrium, so the maximum-entropy one is uniform.
    NormalFormGame constant = NormalFormGame.of(org.agora.core.GameParameters.none("constant"), "constant",
        new String[] {"a", "b"}, new String[][] {{"x", "y"}, {"x", "y", "z"}}, new double[12]);
    CorrelatedSolution uniform = solve(constant, Concept.CORRELATED, Objective.MAXIMUM_ENTROPY);
    assertThat(uniform.objectiveValue()).isCloseTo(Math.log(6), within(1e-9));
    // One player: the equilibria are the distributions over best responses (here strategies 0 and 2).
    NormalFormGame single = NormalFormGame.of(org.agora.core.GameParameters.none("single"), "single",
        new String[] {"alone"}, new String[][] {{"a", "b", "c"}}, new double[] {3, 1, 3});
    for (Concept concept : Concept.values()) {
      CorrelatedSolution solution = solve(single, concept, Objective.MAXIMUM_ENTROPY);
      assertThat(solution.distribution().probabilities()).containsExactly(new double[] {0.5, 0.0, 0.5}, within(1e-9));
      assertThat(solve(single, concept, Objective.MAXIMUM_SOCIAL_WELFARE).objectiveValue()).isCloseTo(3.0,
          within(1e-9));
    }
  }

  /**
   * Found by the equivariance check (docs/equivariance.md): with payoffs near 10^6 the maxmin LP was reported
   * infeasible for this game while its relabelling (both players' actions swapped) was solved with maximum
   * minimum payoff -215685. Both must now be solved, with the same value.
   */
  @Test
  void maxminWithPayoffsNearAMillionIsSolvedAndEquivariant() {
    NormalFormGame game = (NormalFormGame) org.agora.io.GambitFormats.parse("NFG 1 R \"maxmin refusal\" { \"p0\" \"p1\" }"
        + " { 2 2 }\n\n-946940 106680 929248 198637 211812 -942210 -885020 753055\n", "maxmin.nfg");
    NormalFormGame swapped = (NormalFormGame) org.agora.io.GambitFormats.parse("NFG 1 R \"swapped\" { \"p0\" \"p1\" }"
        + " { 2 2 }\n\n-885020 753055 211812 -942210 929248 198637 -946940 106680\n", "swapped.nfg");
    for (Concept concept : Concept.values()) {
      CorrelatedSolution original = solve(game, concept, Objective.MAXIMUM_MINIMUM_PAYOFF);
      CorrelatedSolution relabelled = solve(swapped, concept, Objective.MAXIMUM_MINIMUM_PAYOFF);
      assertThat(original.objectiveValue()).as("%s", concept).isCloseTo(relabelled.objectiveValue(), within(1e-3));
    }
    assertThat(solve(game, Concept.CORRELATED, Objective.MAXIMUM_MINIMUM_PAYOFF).objectiveValue())
        .isCloseTo(-215685, within(1.0));
  }
}

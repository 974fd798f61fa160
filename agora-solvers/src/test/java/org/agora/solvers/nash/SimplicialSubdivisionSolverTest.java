package org.agora.solvers.nash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.agora.core.normalform.NormalFormGame;
import org.agora.solvers.MixedProfile;
import org.agora.solvers.measures.ProfileMeasures;
import org.junit.jupiter.api.Test;

class SimplicialSubdivisionSolverTest {

  private final SimplicialSubdivisionSolver solver = new SimplicialSubdivisionSolver(8, 40, 1e-8);

  @Test
  void zooGamesReachThePrecision() {
    for (String name : new String[] {"matching_pennies", "rock_paper_scissors", "battle_of_the_sexes",
        "prisoners_dilemma", "shapleys_game", "stag_hunt", "chicken"}) {
      NormalFormGame game = TestGames.zoo(name);
      MixedProfile profile = solver.solve(game);
      assertThat(ProfileMeasures.nashConv(game, profile)).as(name + " " + profile).isLessThanOrEqualTo(1e-8);
    }
  }

  @Test
  void shapleysGameEndsNearUniform() {
    NormalFormGame game = TestGames.zoo("shapleys_game");
    assertThat(solver.solve(game).isCloseTo(MixedProfile.uniform(game), 1e-6)).isTrue();
  }

  @Test
  void threePlayerGamesReachThePrecision() {
    NormalFormGame pennies = TestGames.threePlayerMatchingPennies();
    assertThat(ProfileMeasures.nashConv(pennies, solver.solve(pennies))).isLessThanOrEqualTo(1e-8);
    NormalFormGame blotto = TestGames.zoo("blotto(players=3,soldiers=3,fields=2)");
    assertThat(ProfileMeasures.nashConv(blotto, solver.solve(blotto))).isLessThanOrEqualTo(1e-8);
    NormalFormGame random = TestGames.random(11, 3, 4, 2);
    assertThat(ProfileMeasures.nashConv(random, solver.solve(random))).isLessThanOrEqualTo(1e-8);
  }

  @Test
  void aGivenStartSelectsTheNearbyPureEquilibriumOfACoordinationGame() {
    // Pure coordination on the diagonal: every pure diagonal profile is a strict equilibrium.
    NormalFormGame game = TestGames.bimatrix(new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}},
        new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}});
    MixedProfile start = MixedProfile.of(new double[] {0.1, 0.1, 0.8}, new double[] {0.1, 0.1, 0.8});
    MixedProfile result = solver.solve(game, start);
    assertThat(result.isCloseTo(MixedProfile.pure(game, 2, 2), 1e-9)).as(result.toString()).isTrue();
  }

  @Test
  void resultsAreDeterministic() {
    NormalFormGame game = TestGames.random(5, 4, 3, 2);
    assertThat(solver.solve(game)).isEqualTo(solver.solve(game));
  }

  @Test
  void badParametersAndStartsAreRejectedWithTheOffendingValue() {
    assertThatThrownBy(() -> new SimplicialSubdivisionSolver(0, 10, 1e-6)).hasMessageContaining("0");
    assertThatThrownBy(() -> new SimplicialSubdivisionSolver(8, 70, 1e-6)).hasMessageContaining("70");
    assertThatThrownBy(() -> new SimplicialSubdivisionSolver(8, 10, -1)).hasMessageContaining("-1");
    NormalFormGame game = TestGames.zoo("matching_pennies");
    assertThatThrownBy(() -> solver.solve(game, MixedProfile.of(new double[] {1.0}, new double[] {0.5, 0.5})))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("player 0");
  }

  @Test
  void fourAndFivePlayerGamesReachThePrecision() {
    for (int[] shape : new int[][] {{3, 3, 3, 3}, {2, 2, 2, 2, 2}}) {
      NormalFormGame game = TestGames.random(17, shape);
      assertThat(ProfileMeasures.nashConv(game, solver.solve(game))).isLessThanOrEqualTo(1e-8);
    }
  }
}

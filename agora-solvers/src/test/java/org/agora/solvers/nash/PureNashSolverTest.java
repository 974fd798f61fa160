package org.agora.solvers.nash;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.agora.core.GameParameters;
import org.agora.core.GameRegistry;
import org.agora.core.normalform.NormalFormGame;
import org.agora.solvers.ExactMixedProfile;
import org.agora.solvers.MixedProfile;
import org.agora.solvers.measures.ProfileMeasures;
import org.junit.jupiter.api.Test;

class PureNashSolverTest {

  private final PureNashSolver solver = new PureNashSolver();

  static NormalFormGame game(String name) {
    return (NormalFormGame) GameRegistry.create(name);
  }

  @Test
  void coordinationGamesHaveTwoPureEquilibria() {
    assertThat(solver.pureProfiles(game("battle_of_the_sexes"))).containsExactly(new int[] {0, 0}, new int[] {1, 1});
    assertThat(solver.pureProfiles(game("stag_hunt"))).containsExactly(new int[] {0, 0}, new int[] {1, 1});
    assertThat(solver.pureProfiles(game("chicken"))).containsExactly(new int[] {0, 1}, new int[] {1, 0});
  }

  @Test
  void gamesWithoutPureEquilibria() {
    assertThat(solver.solve(game("matching_pennies"))).isEmpty();
    assertThat(solver.solve(game("rock_paper_scissors"))).isEmpty();
    assertThat(solver.solve(game("shapleys_game"))).isEmpty();
    assertThat(solver.solve(game("biased_rock_paper_scissors"))).isEmpty();
  }

  @Test
  void prisonersDilemmaHasMutualDefection() {
    NormalFormGame dilemma = game("prisoners_dilemma");
    List<ExactMixedProfile> equilibria = solver.solve(dilemma);
    assertThat(equilibria).hasSize(1);
    assertThat(dilemma.strategyName(0, equilibria.get(0).support(0)[0])).isEqualTo("defect");
    assertThat(equilibria.get(0).toGambitLine()).isEqualTo("NE,0,1,0,1");
  }

  @Test
  void travelersDilemmaHasOnlyTheMinimumClaims() {
    assertThat(solver.pureProfiles(game("travelers_dilemma"))).containsExactly(new int[] {0, 0});
    assertThat(solver.pureProfiles(game("travelers_dilemma(min_claim=2,max_claim=6,bonus=1)"))).hasSize(5);
  }

  @Test
  void threePlayerCoordination() {
    // Each of three players picks 0 or 1; all get 1 if they agree, 0 otherwise, except that
    // player 2 gets 2 at (1,1,1).
    double[] payoffs = new double[3 * 8];
    for (int profile = 0; profile < 8; profile++) {
      boolean agree = profile == 0 || profile == 7;
      for (int p = 0; p < 3; p++) {
        payoffs[p * 8 + profile] = agree ? (profile == 7 && p == 2 ? 2 : 1) : 0;
      }
    }
    NormalFormGame game = NormalFormGame.of(GameParameters.none("three"), "", new String[] {"a", "b", "c"},
        new String[][] {{"0", "1"}, {"0", "1"}, {"0", "1"}}, payoffs);
    assertThat(solver.pureProfiles(game)).containsExactly(new int[] {0, 0, 0}, new int[] {1, 1, 1});
  }

  @Test
  void threePlayerBlottoAgreesWithBruteForce() {
    NormalFormGame blotto = game("blotto(players=3,soldiers=3,fields=2)");
    assertThat(blotto.playerCount()).isEqualTo(3);
    assertThat(solver.pureProfiles(blotto)).containsExactlyElementsOf(bruteForce(blotto));
  }

  @Test
  void randomGamesAgreeWithBruteForce() {
    SplittableRandom random = new SplittableRandom(7);
    for (int trial = 0; trial < 30; trial++) {
      int players = 2 + random.nextInt(3);
      String[][] names = new String[players][];
      String[] playerNames = new String[players];
      int profiles = 1;
      for (int p = 0; p < players; p++) {
        names[p] = new String[1 + random.nextInt(3)];
        for (int s = 0; s < names[p].length; s++) {
          names[p][s] = "s" + s;
        }
        playerNames[p] = "p" + p;
        profiles *= names[p].length;
      }
      double[] payoffs = new double[players * profiles];
      for (int i = 0; i < payoffs.length; i++) {
        payoffs[i] = random.nextInt(3);
      }
      NormalFormGame game = NormalFormGame.of(GameParameters.none("random"), "", playerNames, names, payoffs);
      assertThat(solver.pureProfiles(game)).containsExactlyElementsOf(bruteForce(game));
      for (ExactMixedProfile profile : solver.solve(game)) {
        assertThat(ProfileMeasures.isNashEquilibrium(game, profile)).isTrue();
      }
    }
  }

  private static List<int[]> bruteForce(NormalFormGame game) {
    List<int[]> equilibria = new ArrayList<>();
    for (int profile = 0; profile < game.profileCount(); profile++) {
      int[] strategies = new int[game.playerCount()];
      for (int p = 0; p < strategies.length; p++) {
        strategies[p] = game.strategyInProfile(profile, p);
      }
      if (ProfileMeasures.nashConv(game, MixedProfile.pure(game, strategies)) == 0.0) {
        equilibria.add(strategies);
      }
    }
    return equilibria;
  }
}

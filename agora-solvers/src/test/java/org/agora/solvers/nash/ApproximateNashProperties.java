package org.agora.solvers.nash;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.agora.core.normalform.NormalFormGame;
import org.agora.solvers.MixedProfile;
import org.agora.solvers.measures.ProfileMeasures;

/**
 * On random games with independent uniform payoffs (generic with probability one, so the logit
 * branch has no bifurcation and simplicial subdivision's polish finds nondegenerate equilibria)
 * both methods return a valid profile within the requested NashConv.
 */
class ApproximateNashProperties {

  private static final double SIMPLICIAL_PRECISION = 1e-6;
  private static final double LOGIT_PRECISION = 1e-5;

  @Property(tries = 40, seed = "20261124")
  void simplicialSubdivisionReachesThePrecisionOnTwoPlayerGames(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 5) int rows, @ForAll @IntRange(min = 1, max = 5) int columns) {
    checkSimplicial(TestGames.random(seed, rows, columns));
  }

  @Property(tries = 30, seed = "20261125")
  void simplicialSubdivisionReachesThePrecisionOnThreePlayerGames(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 3) int first, @ForAll @IntRange(min = 2, max = 3) int second,
      @ForAll @IntRange(min = 2, max = 3) int third) {
    checkSimplicial(TestGames.random(seed, first, second, third));
  }

  @Property(tries = 30, seed = "20261128")
  void simplicialGridAloneReachesThePrecision(@ForAll long seed, @ForAll @IntRange(min = 2, max = 4) int rows,
      @ForAll @IntRange(min = 2, max = 4) int columns, @ForAll @IntRange(min = 1, max = 2) int third) {
    NormalFormGame game = TestGames.random(seed, rows, columns, third);
    MixedProfile profile = new SimplicialSubdivisionSolver(4, 40, SIMPLICIAL_PRECISION, 2_000_000, false).solve(game);
    assertValid(game, profile);
    assertThat(ProfileMeasures.nashConv(game, profile)).as(profile.toString()).isLessThanOrEqualTo(SIMPLICIAL_PRECISION);
  }

  @Property(tries = 40, seed = "20261126")
  void logitTracerReachesThePrecisionOnTwoPlayerGames(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 5) int rows, @ForAll @IntRange(min = 1, max = 5) int columns) {
    checkLogit(TestGames.random(seed, rows, columns));
  }

  @Property(tries = 30, seed = "20261127")
  void logitTracerReachesThePrecisionOnThreePlayerGames(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 3) int first, @ForAll @IntRange(min = 2, max = 3) int second,
      @ForAll @IntRange(min = 2, max = 3) int third) {
    checkLogit(TestGames.random(seed, first, second, third));
  }

  private static void checkSimplicial(NormalFormGame game) {
    MixedProfile profile = new SimplicialSubdivisionSolver(4, 40, SIMPLICIAL_PRECISION).solve(game);
    assertValid(game, profile);
    assertThat(ProfileMeasures.nashConv(game, profile)).as(profile.toString()).isLessThanOrEqualTo(SIMPLICIAL_PRECISION);
  }

  private static void checkLogit(NormalFormGame game) {
    LogitQreTracer.Result result = new LogitQreTracer(1e9, LOGIT_PRECISION).trace(game);
    assertValid(game, result.equilibrium());
    assertThat(result.converged()).isTrue();
    assertThat(ProfileMeasures.nashConv(game, result.equilibrium())).isLessThanOrEqualTo(LOGIT_PRECISION);
    assertThat(result.path().get(0).profile().isCloseTo(MixedProfile.uniform(game), 1e-12)).isTrue();
    for (int i = 1; i < result.path().size(); i++) {
      assertThat(result.path().get(i).lambda()).isGreaterThanOrEqualTo(0.0);
    }
  }

  private static void assertValid(NormalFormGame game, MixedProfile profile) {
    assertThat(profile.playerCount()).isEqualTo(game.playerCount());
    for (int p = 0; p < game.playerCount(); p++) {
      double sum = 0.0;
      for (double probability : profile.strategy(p)) {
        assertThat(probability).isBetween(0.0, 1.0);
        sum += probability;
      }
      assertThat(sum).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
    }
  }
}

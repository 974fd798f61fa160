package org.agora.solvers.nash;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.agora.core.normalform.NormalFormGame;
import org.agora.solvers.MixedProfile;
import org.agora.solvers.measures.ProfileMeasures;
import org.agora.testkit.SeededCases;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * On random games with independent uniform payoffs (generic with probability one, so the logit
 * branch has no bifurcation and simplicial subdivision's polish finds nondegenerate equilibria)
 * both methods return a valid profile within the requested NashConv.
 */
class ApproximateNashProperties {

  private static final double SIMPLICIAL_PRECISION = 1e-6;
  private static final double LOGIT_PRECISION = 1e-5;

  @TestFactory
  Stream<DynamicTest> simplicialSubdivisionReachesThePrecisionOnTwoPlayerGames() {
    return SeededCases.tests(20261124, 40,
        one -> simplicialSubdivisionReachesThePrecisionOnTwoPlayerGames(one.nextLong(), one.intBetween(1, 5),
        one.intBetween(1, 5)));
  }

  private void simplicialSubdivisionReachesThePrecisionOnTwoPlayerGames(long seed, int rows, int columns) {
    checkSimplicial(TestGames.random(seed, rows, columns));
  }

  @TestFactory
  Stream<DynamicTest> simplicialSubdivisionReachesThePrecisionOnThreePlayerGames() {
    return SeededCases.tests(20261125, 30,
        one -> simplicialSubdivisionReachesThePrecisionOnThreePlayerGames(one.nextLong(), one.intBetween(1, 3),
        one.intBetween(2, 3), one.intBetween(2, 3)));
  }

  private void simplicialSubdivisionReachesThePrecisionOnThreePlayerGames(long seed, int first, int second, int third) {
    checkSimplicial(TestGames.random(seed, first, second, third));
  }

  @TestFactory
  Stream<DynamicTest> simplicialGridAloneReachesThePrecision() {
    return SeededCases.tests(20261128, 30, one -> simplicialGridAloneReachesThePrecision(one.nextLong(),
        one.intBetween(2, 4), one.intBetween(2, 4), one.intBetween(1, 2)));
  }

  private void simplicialGridAloneReachesThePrecision(long seed, int rows, int columns, int third) {
    NormalFormGame game = TestGames.random(seed, rows, columns, third);
    MixedProfile profile = new SimplicialSubdivisionSolver(4, 40, SIMPLICIAL_PRECISION, 2_000_000, false).solve(game);
    assertValid(game, profile);
    assertThat(ProfileMeasures.nashConv(game, profile)).as(profile.toString()).isLessThanOrEqualTo(SIMPLICIAL_PRECISION);
  }

  @TestFactory
  Stream<DynamicTest> logitTracerReachesThePrecisionOnTwoPlayerGames() {
    return SeededCases.tests(20261126, 40, one -> logitTracerReachesThePrecisionOnTwoPlayerGames(one.nextLong(),
        one.intBetween(1, 5), one.intBetween(1, 5)));
  }

  private void logitTracerReachesThePrecisionOnTwoPlayerGames(long seed, int rows, int columns) {
    checkLogit(TestGames.random(seed, rows, columns));
  }

  @TestFactory
  Stream<DynamicTest> logitTracerReachesThePrecisionOnThreePlayerGames() {
    return SeededCases.tests(20261127, 30, one -> logitTracerReachesThePrecisionOnThreePlayerGames(one.nextLong(),
        one.intBetween(1, 3), one.intBetween(2, 3), one.intBetween(2, 3)));
  }

  private void logitTracerReachesThePrecisionOnThreePlayerGames(long seed, int first, int second, int third) {
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

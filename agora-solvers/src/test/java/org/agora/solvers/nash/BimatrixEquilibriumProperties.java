package org.agora.solvers.nash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.stream.Stream;
import org.agora.core.Rational;
import org.agora.core.normalform.NormalFormGame;
import org.agora.solvers.ExactMixedProfile;
import org.agora.solvers.MixedProfile;
import org.agora.solvers.measures.ProfileMeasures;
import org.agora.testkit.SeededCases;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class BimatrixEquilibriumProperties {

  private final LemkeHowsonSolver lemkeHowson = new LemkeHowsonSolver();
  private final VertexEnumerationSolver vertexEnumeration = new VertexEnumerationSolver();

  @TestFactory
  Stream<DynamicTest> everyReportedEquilibriumHasExactNashConvZero() {
    return SeededCases.tests(2010, 300, one -> everyReportedEquilibriumHasExactNashConvZero(one.intBetween(2, 5),
        one.intBetween(2, 5), one.intBetween(2, 12), one.nextLong()));
  }

  private void everyReportedEquilibriumHasExactNashConvZero(int rows, int columns, int bound, long seed) {
    // Small payoff ranges make many ties: degenerate games on purpose.
    NormalFormGame game = BimatrixGames.random(rows, columns, bound, seed);
    List<ExactMixedProfile> extreme = vertexEnumeration.extremeEquilibria(game);
    List<ExactMixedProfile> lemkeHowsonFound = lemkeHowson.solveAllLabels(game);
    assertThat(extreme).isNotEmpty().doesNotHaveDuplicates();
    for (ExactMixedProfile profile : extreme) {
      assertThat(nashConv(game, profile)).as("%s", profile).isEqualTo(Rational.ZERO);
    }
    for (ExactMixedProfile profile : lemkeHowsonFound) {
      assertThat(nashConv(game, profile)).as("%s", profile).isEqualTo(Rational.ZERO);
    }
    assertThat(extreme).isEqualTo(vertexEnumeration.extremeEquilibriaByEnumeratingBoth(game));
    // Lexicographic Lemke-Howson ends at vertex pairs, so even degenerate games keep the inclusion.
    assertThat(extreme).containsAll(lemkeHowsonFound);
    for (NashClique clique : vertexEnumeration.maximalNashSubsets(game)) {
      assertThat(extreme).containsAll(clique.extremeEquilibria());
    }
  }

  @TestFactory
  Stream<DynamicTest> nondegenerateGamesHaveAnOddNumberOfEquilibriaContainingLemkeHowsons() {
    return SeededCases.tests(1964, 150,
        one -> nondegenerateGamesHaveAnOddNumberOfEquilibriaContainingLemkeHowsons(one.intBetween(2, 5),
        one.intBetween(2, 5), one.nextLong()));
  }

  private void nondegenerateGamesHaveAnOddNumberOfEquilibriaContainingLemkeHowsons(int rows, int columns, long seed) {
    // Payoffs from a range of a million: ties (degeneracy) are vanishingly unlikely; equal support
    // sizes and one-point cliques are checked as a guard.
    NormalFormGame game = BimatrixGames.random(rows, columns, 1_000_000, seed);
    List<ExactMixedProfile> extreme = vertexEnumeration.extremeEquilibria(game);
    assumeTrue(extreme.stream().allMatch(profile -> profile.support(0).length == profile.support(1).length));
    assumeTrue(vertexEnumeration.maximalNashSubsets(game).size() == extreme.size());
    assertThat(extreme.size() % 2).as("number of equilibria %d", extreme.size()).isEqualTo(1);
    List<ExactMixedProfile> lemkeHowsonFound = lemkeHowson.solveAllLabels(game);
    assertThat(extreme).containsAll(lemkeHowsonFound);
    List<MixedProfile> approximate = lemkeHowson.solveAllLabelsDouble(game);
    assertThat(approximate).hasSameSizeAs(lemkeHowsonFound);
    for (MixedProfile profile : approximate) {
      assertThat(lemkeHowsonFound).anyMatch(exact -> exact.toDouble().isCloseTo(profile, 1e-9));
    }
  }

  private static Rational nashConv(NormalFormGame game, ExactMixedProfile profile) {
    Rational sum = Rational.ZERO;
    for (Rational regret : ProfileMeasures.exactRegrets(game, profile)) {
      sum = sum.add(regret);
    }
    return sum;
  }
}

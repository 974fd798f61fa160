package org.agora.solvers.nash;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.agora.core.Rational;
import org.agora.core.normalform.NormalFormGame;
import org.agora.solvers.ExactMixedProfile;
import org.agora.solvers.MixedProfile;
import org.agora.solvers.measures.ProfileMeasures;

class BimatrixEquilibriumProperties {

  private final LemkeHowsonSolver lemkeHowson = new LemkeHowsonSolver();
  private final VertexEnumerationSolver vertexEnumeration = new VertexEnumerationSolver();

  @Property(tries = 300, seed = "2010")
  void everyReportedEquilibriumHasExactNashConvZero(@ForAll @IntRange(min = 2, max = 5) int rows,
      @ForAll @IntRange(min = 2, max = 5) int columns, @ForAll @IntRange(min = 2, max = 12) int bound,
      @ForAll long seed) {
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

  @Property(tries = 150, seed = "1964")
  void nondegenerateGamesHaveAnOddNumberOfEquilibriaContainingLemkeHowsons(
      @ForAll @IntRange(min = 2, max = 5) int rows, @ForAll @IntRange(min = 2, max = 5) int columns,
      @ForAll long seed) {
    // Payoffs from a range of a million: ties (degeneracy) are vanishingly unlikely; equal support
    // sizes and one-point cliques are checked as a guard.
    NormalFormGame game = BimatrixGames.random(rows, columns, 1_000_000, seed);
    List<ExactMixedProfile> extreme = vertexEnumeration.extremeEquilibria(game);
    Assume.that(extreme.stream().allMatch(profile -> profile.support(0).length == profile.support(1).length));
    Assume.that(vertexEnumeration.maximalNashSubsets(game).size() == extreme.size());
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

package org.agora.solvers.nash.approximate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.agora.core.GameRegistry;
import org.agora.core.normalform.NormalFormGame;
import org.agora.solvers.MixedProfile;
import org.agora.solvers.measures.ProfileMeasures;
import org.junit.jupiter.api.Test;

class VariableDimensionPathTest {

  @Test
  void projectionOntoTheSimplex() {
    assertThat(ProjectionLabelling.projectOntoSimplex(new double[] {0.5, 0.5, 0.5}))
        .containsExactly(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}, within(1e-15));
    assertThat(ProjectionLabelling.projectOntoSimplex(new double[] {2, 0, 0})).containsExactly(1.0, 0.0, 0.0);
    assertThat(ProjectionLabelling.projectOntoSimplex(new double[] {0.6, 0.2, -1}))
        .containsExactly(new double[] {0.7, 0.3, 0.0}, within(1e-15));
  }

  @Test
  void terminalSimplexShrinksOntoTheEquilibriumOfRockPaperScissors() {
    NormalFormGame game = (NormalFormGame) GameRegistry.create("rock_paper_scissors");
    int[] counts = game.strategyCounts();
    VariableDimensionPath path = new VariableDimensionPath(new ProjectionLabelling(game), counts);
    for (long grid : new long[] {12, 48, 192, 768}) {
      // Start in a corner region: everyone mostly plays rock.
      long[] start = GridPoints.round(new double[][] {{0.8, 0.1, 0.1}, {0.8, 0.1, 0.1}}, grid);
      List<long[]> simplex = path.run(start, grid, 1_000_000).orElseThrow();
      assertThat(simplex.size()).isBetween(2, 5);
      for (long[] vertex : simplex) {
        MixedProfile profile = MixedProfile.of(GridPoints.toStrategies(vertex, grid, counts));
        assertThat(profile.isCloseTo(MixedProfile.uniform(game), 8.0 / grid)).as(grid + ": " + profile).isTrue();
        assertThat(ProfileMeasures.nashConv(game, profile)).isLessThanOrEqualTo(30.0 / grid);
      }
    }
  }

  @Test
  void gridRoundingKeepsEachPlayersCountsSummingToTheGrid() {
    long[] counts = GridPoints.round(new double[][] {{1.0 / 3, 1.0 / 3, 1.0 / 3}, {0.999999999, 0.000000001}}, 1L << 40);
    assertThat(counts[0] + counts[1] + counts[2]).isEqualTo(1L << 40);
    assertThat(counts[3] + counts[4]).isEqualTo(1L << 40);
  }
}

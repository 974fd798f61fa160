package org.agora.solvers.nash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.agora.core.Game;
import org.agora.core.normalform.NormalFormGame;
import org.agora.io.GambitFormats;
import org.agora.solvers.MixedProfile;
import org.agora.solvers.measures.ProfileMeasures;
import org.junit.jupiter.api.Test;

/**
 * Simplicial subdivision on every small two- and three-player .nfg of the shared Gambit corpus, with
 * and without the Newton polish (the grid refinements alone reach the precision on all of them).
 */
class SimplicialSubdivisionCorpusTest {

  private static final int MAX_PROFILES = 1_000;
  private static final double PRECISION = 1e-6;

  @Test
  void everySmallTwoAndThreePlayerFileReachesThePrecision() throws IOException {
    Optional<Path> corpus = corpus();
    assumeTrue(corpus.isPresent(), "the shared gambit-games corpus is not available");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(corpus.get())) {
      files = walk.filter(path -> path.toString().endsWith(".nfg")).sorted().toList();
    }
    SimplicialSubdivisionSolver polished = new SimplicialSubdivisionSolver(8, 40, PRECISION);
    SimplicialSubdivisionSolver gridOnly = new SimplicialSubdivisionSolver(8, 40, PRECISION, 2_000_000, false);
    List<String> failures = new ArrayList<>();
    int solved = 0;
    for (Path file : files) {
      Game read = GambitFormats.read(file);
      if (!(read instanceof NormalFormGame game) || game.playerCount() < 2 || game.playerCount() > 3
          || game.profileCount() > MAX_PROFILES) {
        continue;
      }
      for (SimplicialSubdivisionSolver solver : List.of(polished, gridOnly)) {
        MixedProfile profile = solver.solve(game);
        double nashConv = ProfileMeasures.nashConv(game, profile);
        if (nashConv > PRECISION) {
          failures.add(corpus.get().relativize(file) + (solver == gridOnly ? " (grid only)" : "") + ": NashConv " + nashConv);
        }
      }
      solved++;
    }
    assertThat(solved).isGreaterThan(40);
    assertThat(failures).isEmpty();
  }

  /** The system property {@code agora.gambit.games}, else the first shared/gambit-games above the working directory. */
  static Optional<Path> corpus() {
    return org.agora.testkit.GambitCorpusLocation.find();
  }
}

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
import org.agora.solvers.measures.ProfileMeasures;
import org.junit.jupiter.api.Test;

/** The logit branch on every small two- and three-player .nfg of the shared Gambit corpus. */
class LogitQreCorpusTest {

  private static final double PRECISION = 1e-6;

  @Test
  void everySmallTwoAndThreePlayerFileReachesThePrecision() throws IOException {
    Optional<Path> corpus = SimplicialSubdivisionCorpusTest.corpus();
    assumeTrue(corpus.isPresent(), "the shared gambit-games corpus is not available");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(corpus.get())) {
      files = walk.filter(path -> path.toString().endsWith(".nfg")).sorted().toList();
    }
    LogitQreTracer tracer = new LogitQreTracer(1e9, PRECISION);
    List<String> failures = new ArrayList<>();
    int traced = 0;
    for (Path file : files) {
      Game read = GambitFormats.read(file);
      if (!(read instanceof NormalFormGame game) || game.playerCount() < 2 || game.playerCount() > 3
          || game.profileCount() > 1_000) {
        continue;
      }
      LogitQreTracer.Result result = tracer.trace(game);
      double nashConv = ProfileMeasures.nashConv(game, result.equilibrium());
      if (!result.converged() || nashConv > PRECISION) {
        failures.add(corpus.get().relativize(file) + ": NashConv " + nashConv + " at lambda " + result.lambda());
      }
      traced++;
    }
    assertThat(traced).isGreaterThan(40);
    assertThat(failures).isEmpty();
  }
}

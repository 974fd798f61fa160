package org.agora.solvers.sequenceform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.agora.core.Game;
import org.agora.core.GameType;
import org.agora.core.Rational;
import org.agora.io.GambitFormats;
import org.agora.solvers.bestresponse.ExactBestResponse;
import org.agora.solvers.tree.GameTree;
import org.agora.solvers.tree.GameTreeCompiler;
import org.junit.jupiter.api.Test;

/**
 * Every two-player perfect-recall .efg of the shared Gambit corpus: the LCP equilibrium has exact
 * NashConv 0 and, for zero-sum and constant-sum games, the exact LP value equals the LCP
 * equilibrium payoff, as does the exact equilibrium reconstructed from the floating-point LP (all 33
 * reconstruct today). Files with other player counts, imperfect recall or more than
 * {@value #NODE_LIMIT} nodes are skipped and counted by reason.
 */
class GambitCorpusTest {

  private static final long NODE_LIMIT = 5_000;
  /** A sequence form whose LCP has more rows than this is skipped (dense exact tableau). */
  private static final int LCP_SIZE_LIMIT = 600;
  /** The corpus of November 2026 has 124 such files (33 zero-sum or constant-sum) out of 183 .efg files. */
  private static final int MINIMUM_CHECKED = 120;
  private static final int MINIMUM_ZERO_SUM = 30;

  @Test
  void everySmallTwoPlayerPerfectRecallFileIsSolvedExactly() throws IOException {
    Optional<Path> corpus = corpus();
    assumeTrue(corpus.isPresent(), "the shared gambit-games corpus is not available");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(corpus.get())) {
      files = walk.filter(path -> path.toString().endsWith(".efg")).sorted().toList();
    }
    Map<String, Integer> skipped = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    int checked = 0;
    int zeroSum = 0;
    int reconstructedCount = 0;
    for (Path file : files) {
      String name = corpus.get().relativize(file).toString();
      Game game;
      try {
        game = GambitFormats.read(file);
      } catch (RuntimeException e) {
        skipped.merge("unreadable", 1, Integer::sum);
        continue;
      }
      if (game.playerCount() != 2) {
        skipped.merge(game.playerCount() + " players", 1, Integer::sum);
        continue;
      }
      GameTree tree;
      try {
        tree = GameTreeCompiler.compile(game, NODE_LIMIT, true);
      } catch (IllegalArgumentException e) {
        skipped.merge("more than " + NODE_LIMIT + " nodes or not compilable", 1, Integer::sum);
        continue;
      }
      SequenceForm form;
      try {
        form = SequenceForm.of(tree);
      } catch (IllegalArgumentException e) {
        skipped.merge("imperfect recall", 1, Integer::sum);
        continue;
      }
      int size = form.sequenceCount(0) + form.sequenceCount(1) + 2 * (form.infosetCount(0) + form.infosetCount(1) + 2);
      if (size > LCP_SIZE_LIMIT) {
        skipped.merge("LCP larger than " + LCP_SIZE_LIMIT, 1, Integer::sum);
        continue;
      }
      try {
        SequenceFormLcpSolver.ExactEquilibrium equilibrium = new SequenceFormLcpSolver().solve(form);
        Rational nashConv = ExactBestResponse.nashConv(tree, equilibrium.behaviour());
        if (nashConv.signum() != 0) {
          failures.add(name + ": LCP NashConv " + nashConv);
        }
        GameType.Utility utility = game.type().utility();
        if (utility == GameType.Utility.ZERO_SUM || utility == GameType.Utility.CONSTANT_SUM) {
          zeroSum++;
          Rational value = new SequenceFormLpSolver().solveExact(form).value();
          if (!value.equals(equilibrium.payoffs()[0])) {
            failures.add(name + ": LP value " + value + " but LCP payoff " + equilibrium.payoffs()[0]);
          }
          var reconstructed = new SequenceFormLpSolver().solveExactByReconstruction(form);
          if (reconstructed.isPresent()) {
            reconstructedCount++;
            if (!reconstructed.get().value().equals(value)) {
              failures.add(name + ": reconstructed value " + reconstructed.get().value() + " but LP value " + value);
            }
          }
        }
      } catch (RuntimeException e) {
        failures.add(name + ": " + e);
      }
      checked++;
    }
    assertThat(failures).isEmpty();
    assertThat(checked).as("files checked; skipped: %s", skipped).isGreaterThanOrEqualTo(MINIMUM_CHECKED);
    assertThat(zeroSum).as("zero-sum files checked").isGreaterThanOrEqualTo(MINIMUM_ZERO_SUM);
    assertThat(reconstructedCount).as("zero-sum files whose exact equilibrium was reconstructed from the double LP")
        .isGreaterThanOrEqualTo(MINIMUM_ZERO_SUM);
  }


  /** The system property {@code agora.gambit.games}, else the first shared/gambit-games above the working directory. */
  static Optional<Path> corpus() {
    return org.agora.testkit.GambitCorpusLocation.find();
  }
}

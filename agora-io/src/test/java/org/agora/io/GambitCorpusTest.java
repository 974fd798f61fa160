package org.agora.io;

import static org.agora.io.TestGames.assertSameNormalForm;
import static org.agora.io.TestGames.assertSameTree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.agora.core.Game;
import org.agora.core.normalform.NormalFormGame;
import org.agora.core.tree.ExplicitTree;
import org.agora.core.tree.ExplicitTreeCompiler;
import org.agora.core.tree.ReducedNormalForm;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestReporter;

/**
 * Reads every {@code .nfg}/{@code .efg} file of the shared corpus of real Gambit files (skipped when
 * the folder is absent) and checks that each parses and that writing and reading it back is
 * lossless.
 */
class GambitCorpusTest {

  /** Files of the corpus that are expected not to parse, with the reason (none so far). */
  private static final Map<String, String> KNOWN_UNREADABLE = Map.of();

  private static final long NODE_LIMIT = 10_000_000;

  /** Games whose reduced normal form has more profiles than {@link #PROFILE_LIMIT}. */
  private static final List<String> TOO_LARGE_TO_REDUCE = List.of("contrib/games/cs.efg", "contrib/games/ttt.efg");

  private static final long PROFILE_LIMIT = 100_000;

  /**
   * Corpus pairs {@code x.efg}/{@code x.nfg} where the {@code .nfg} is Gambit's reduced strategic form
   * of the {@code .efg}, strategies in the same order. Left out: {@code contrib/games/e07} (its
   * {@code .nfg} lists player 1's strategies with the first information set varying fastest),
   * {@code contrib/games/sww1} and {@code history/poker} (the {@code .nfg} is a different game).
   */
  private static final List<String> REDUCED_FORM_PAIRS = List.of(
      "contrib/games/2x2x2", "contrib/games/cent2", "contrib/games/coord2", "contrib/games/coord3",
      "contrib/games/coord4", "contrib/games/e04", "contrib/games/g1", "contrib/games/g2", "contrib/games/g3",
      "contrib/games/sh3", "contrib/games/vd", "history/e01", "history/e02");

  private static List<Path> files() throws IOException {
    Path root = TestGames.corpus().orElse(null);
    assumeTrue(root != null, "the shared gambit-games corpus is not available");
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .filter(path -> path.toString().endsWith(".nfg") || path.toString().endsWith(".efg"))
          .sorted()
          .toList();
    }
  }

  private static String relative(Path file) {
    return TestGames.corpus().orElseThrow().relativize(file).toString();
  }

  @Test
  void everyFileParses(TestReporter reporter) throws IOException {
    List<Path> files = files();
    Map<String, String> failures = new TreeMap<>();
    int parsed = 0;
    for (Path file : files) {
      try {
        GambitFormats.read(file);
        parsed++;
      } catch (GambitParseException e) {
        failures.put(relative(file), e.getMessage());
      }
    }
    reporter.publishEntry("gambit corpus", parsed + " of " + files.size() + " files parsed");
    assertThat(files).hasSizeGreaterThanOrEqualTo(248);
    assertThat(failures.keySet()).containsExactlyInAnyOrderElementsOf(KNOWN_UNREADABLE.keySet());
  }

  @TestFactory
  Stream<DynamicTest> writingAndReadingBackIsLossless() throws IOException {
    return files().stream()
        .filter(file -> !KNOWN_UNREADABLE.containsKey(relative(file)))
        .map(file -> DynamicTest.dynamicTest(relative(file), () -> assertRoundTrip(file)));
  }

  @TestFactory
  Stream<DynamicTest> reducedNormalFormMatchesGambitsNormalForms() throws IOException {
    files();
    Path root = TestGames.corpus().orElseThrow();
    return REDUCED_FORM_PAIRS.stream().map(pair -> DynamicTest.dynamicTest(pair, () -> {
      NormalFormGame expected = (NormalFormGame) GambitFormats.read(root.resolve(pair + ".nfg"));
      NormalFormGame reduced = GambitFormats.reducedNormalForm(GambitFormats.read(root.resolve(pair + ".efg")), PROFILE_LIMIT);
      assertThat(reduced.strategyCounts()).containsExactly(expected.strategyCounts());
      for (int p = 0; p < expected.playerCount(); p++) {
        for (int profile = 0; profile < expected.profileCount(); profile++) {
          assertThat(reduced.exactPayoff(p, profile)).isEqualTo(expected.exactPayoff(p, profile));
        }
      }
    }));
  }

  @Test
  void vanDammesGameHasGambitsReducedStrategyNames() throws IOException {
    files();
    Path root = TestGames.corpus().orElseThrow();
    NormalFormGame expected = (NormalFormGame) GambitFormats.read(root.resolve("contrib/games/vd.nfg"));
    NormalFormGame reduced = GambitFormats.reducedNormalForm(GambitFormats.read(root.resolve("contrib/games/vd.efg")), 100);
    for (int p = 0; p < 2; p++) {
      for (int s = 0; s < 4; s++) {
        assertThat(reduced.strategyName(p, s)).isEqualTo(expected.strategyName(p, s));
      }
    }
  }

  @Test
  void everyExtensiveGameReducesWithinTheLimit(TestReporter reporter) throws IOException {
    int reduced = 0;
    List<String> tooLarge = new java.util.ArrayList<>();
    for (Path file : files()) {
      if (!file.toString().endsWith(".efg")) {
        continue;
      }
      EfgGame game = (EfgGame) GambitFormats.read(file);
      NormalFormGame normalForm;
      try {
        normalForm = GambitFormats.reducedNormalForm(game, PROFILE_LIMIT);
      } catch (IllegalArgumentException e) {
        assertThat(e).hasMessageContaining("strategy profiles");
        tooLarge.add(relative(file));
        continue;
      }
      reduced++;
      // The strategies counted without listing them (perfect recall) are the ones listed.
      long[] counted = ReducedNormalForm.strategyCounts(game.explicitTree());
      for (int p = 0; p < counted.length; p++) {
        if (counted[p] != 0) {
          assertThat(counted[p]).as("%s player %d", relative(file), p).isEqualTo(normalForm.strategyCount(p));
        }
      }
      // Expected payoffs are averages of terminal payoffs, and keep a constant sum.
      assertThat(normalForm.minUtility()).isGreaterThanOrEqualTo(game.minUtility());
      assertThat(normalForm.maxUtility()).isLessThanOrEqualTo(game.maxUtility());
      if (game.type().utility() != org.agora.core.GameType.Utility.GENERAL_SUM) {
        assertThat(normalForm.type().utility()).as(relative(file)).isEqualTo(game.type().utility());
      }
    }
    reporter.publishEntry("gambit corpus", reduced + " extensive games reduced");
    assertThat(tooLarge).containsExactlyInAnyOrderElementsOf(TOO_LARGE_TO_REDUCE);
  }

  private static void assertRoundTrip(Path file) throws IOException {
    Game game = GambitFormats.read(file);
    if (game instanceof NormalFormGame normalForm) {
      String text = GambitFormats.toNfg(normalForm);
      NormalFormGame again = (NormalFormGame) GambitFormats.parse(text, "again.nfg");
      assertSameNormalForm(again, normalForm);
      assertThat(GambitFormats.toNfg(again)).isEqualTo(text);
      return;
    }
    EfgGame efg = (EfgGame) game;
    String text = GambitFormats.toEfg(efg, NODE_LIMIT);
    EfgGame again = (EfgGame) GambitFormats.parse(text, "again.efg");
    assertSameTree(again.explicitTree(), efg.explicitTree(), true, true);
    assertThat(GambitFormats.toEfg(again, NODE_LIMIT)).isEqualTo(text);
    assertThat(again.type()).isEqualTo(efg.type());
    // The State API walk of the game gives back the same tree, and its .efg text reads back too;
    // except where a chance action has probability 0: play cannot reach that branch, so the walk
    // (like every State-based algorithm) does not see it.
    if (hasImpossibleChanceBranch(efg.explicitTree())) {
      return;
    }
    ExplicitTree walked = ExplicitTreeCompiler.compile(efg, NODE_LIMIT);
    assertSameTree(walked, efg.explicitTree(), false, false);
    EfgGame written = (EfgGame) GambitFormats.parse(GambitWriters.efg(walked), "walked.efg");
    assertSameTree(written.explicitTree(), efg.explicitTree(), false, false);
  }

  private static boolean hasImpossibleChanceBranch(ExplicitTree tree) {
    for (int node = 0; node < tree.nodeCount(); node++) {
      if (tree.kind(node) == ExplicitTree.CHANCE) {
        for (int a = 0; a < tree.actionCount(tree.infoset(node)); a++) {
          org.agora.core.Rational probability = tree.probability(tree.infoset(node), a);
          if (probability.signum() == 0) {
            return true;
          }
        }
      }
    }
    return false;
  }
}

package org.agora.io;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.agora.core.Game;
import org.agora.testkit.ConformanceOptions;
import org.agora.testkit.GameConformance;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Games read from Gambit files pass the testkit conformance suite: the project's own test files
 * with the default options, and every file of the shared corpus (when present) with fewer playouts.
 */
class GambitConformanceTest {

  @ParameterizedTest
  @ValueSource(strings = {"matching_pennies.nfg", "three_players.nfg", "outcomes.nfg", "one_card_poker.efg",
      "two_stage.efg"})
  void projectTestFilesConform(String name) throws IOException {
    Path file = Path.of("src/test/resources/gambit").resolve(name);
    GameConformance.assertConforms(GambitFormats.read(file));
  }

  @ParameterizedTest
  @ValueSource(strings = {"centipede.efg", "bach_or_stravinsky.nfg"})
  void readmeExamplesConform(String name) throws IOException {
    GameConformance.assertConforms(GambitFormats.read(Path.of("../examples").resolve(name)));
  }

  @TestFactory
  Stream<DynamicTest> everyCorpusGameConforms() throws IOException {
    Path root = TestGames.corpus().orElse(null);
    assumeTrue(root != null, "the shared gambit-games corpus is not available");
    ConformanceOptions options = ConformanceOptions.defaults().withPlayouts(20).withMaxStatesPerPlayout(4)
        .withEnumerationNodeLimit(20_000);
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .filter(path -> path.toString().endsWith(".nfg") || path.toString().endsWith(".efg"))
          .sorted()
          .toList()
          .stream()
          .map(path -> DynamicTest.dynamicTest(root.relativize(path).toString(), () -> {
            Game game = GambitFormats.read(path);
            GameConformance.assertConforms(game, options);
          }));
    }
  }
}

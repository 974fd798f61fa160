package org.agora.solvers.nash;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.agora.core.GameParameters;
import org.agora.core.GameRegistry;
import org.agora.core.Rational;
import org.agora.core.normalform.NormalFormGame;
import org.agora.io.GambitFormats;
import org.agora.solvers.ExactMixedProfile;

/** Test fixtures: bimatrix games, exact profiles and the shared Gambit corpus. */
final class BimatrixGames {

  /** The shared Gambit corpus (see GambitCorpusLocation); a path that does not exist when it is absent. */
  static final Path CORPUS = org.agora.testkit.GambitCorpusLocation.find().orElse(Path.of("no-gambit-corpus"));
  static final Path SEVENTY_FIVE = CORPUS.resolve("catalog/journals/dcg/vonstengel1999/6x6_game_with_75_eq.nfg");

  private BimatrixGames() {}

  static NormalFormGame zoo(String name) {
    return (NormalFormGame) GameRegistry.create(name);
  }

  static NormalFormGame bimatrix(double[][] row, double[][] column) {
    String[] rows = names("r", row.length);
    String[] columns = names("c", row[0].length);
    return NormalFormGame.bimatrix(GameParameters.none("test"), rows, columns, row, column);
  }

  static NormalFormGame random(int rows, int columns, int bound, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[][] row = new double[rows][columns];
    double[][] column = new double[rows][columns];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < columns; j++) {
        row[i][j] = random.nextInt(bound);
        column[i][j] = random.nextInt(bound);
      }
    }
    return bimatrix(row, column);
  }

  /** A profile from "a/b" strings: the first {@code rows} are the row player's. */
  static ExactMixedProfile profile(int rows, String... probabilities) {
    Rational[] row = new Rational[rows];
    Rational[] column = new Rational[probabilities.length - rows];
    for (int k = 0; k < probabilities.length; k++) {
      Rational value = Rational.parse(probabilities[k]);
      if (k < rows) {
        row[k] = value;
      } else {
        column[k - rows] = value;
      }
    }
    return ExactMixedProfile.of(row, column);
  }

  static List<Path> corpusNfgFiles() throws IOException {
    if (!Files.isDirectory(CORPUS)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(CORPUS)) {
      return files.filter(path -> path.toString().endsWith(".nfg")).sorted().toList();
    }
  }

  /** The corpus file as a two-player game with at most {@code maxStrategies} each, or null. */
  static NormalFormGame readTwoPlayer(Path file, int maxStrategies) throws IOException {
    if (!(GambitFormats.read(file) instanceof NormalFormGame game) || game.playerCount() != 2) {
      return null;
    }
    return game.strategyCount(0) <= maxStrategies && game.strategyCount(1) <= maxStrategies ? game : null;
  }

  private static String[] names(String prefix, int count) {
    String[] names = new String[count];
    for (int k = 0; k < count; k++) {
      names[k] = prefix + k;
    }
    return names;
  }
}

package org.agora.testkit;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Where the shared corpus of real Gambit files is: the system property {@value #PROPERTY}, else the
 * first {@code shared/gambit-games} folder above the working directory (a checkout next to the
 * project's shared folder). A fresh clone has none, and the tests that read it are skipped; so that
 * this is not silent, the first search that finds nothing prints one line to the error stream,
 * which the test run shows in its output.
 */
public final class GambitCorpusLocation {

  /** System property naming the corpus folder. */
  public static final String PROPERTY = "agora.gambit.games";

  private static final AtomicBoolean ANNOUNCED = new AtomicBoolean();

  private GambitCorpusLocation() {}

  /** The corpus folder, or empty (announced once per test JVM) when there is none. */
  public static Optional<Path> find() {
    return find(System.getProperty(PROPERTY), Path.of("").toAbsolutePath(), System.err, ANNOUNCED);
  }

  static Optional<Path> find(String property, Path start, PrintStream announce, AtomicBoolean announced) {
    if (property != null && Files.isDirectory(Path.of(property))) {
      return Optional.of(Path.of(property));
    }
    for (Path folder = start; folder != null; folder = folder.getParent()) {
      Path candidate = folder.resolve("shared").resolve("gambit-games");
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    if (announced.compareAndSet(false, true)) {
      announce.println("SKIPPED: the Gambit corpus tests, no shared/gambit-games folder above " + start
          + " (give one with -D" + PROPERTY + "=DIR)");
    }
    return Optional.empty();
  }
}

package org.agora.evaluation.population;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Where the shared reference data is: the system property {@value #PROPERTY}, else the first
 * {@code shared/reference-data} folder above the working directory. A fresh clone has none, and
 * the tests that read it are skipped; the first search that finds nothing prints one line to the
 * error stream so that the skip is not silent.
 */
final class ReferenceDataLocation {

  /** System property naming the reference-data folder. */
  static final String PROPERTY = "agora.reference.data";

  private static final AtomicBoolean ANNOUNCED = new AtomicBoolean();

  private ReferenceDataLocation() {}

  /** The file {@code name} of the reference data, or empty (announced once per test JVM) when there is none. */
  static Optional<Path> file(String name) {
    return find(System.getProperty(PROPERTY), Path.of("").toAbsolutePath(), System.err, ANNOUNCED)
        .map(folder -> folder.resolve(name))
        .filter(Files::isRegularFile);
  }

  static Optional<Path> find(String property, Path start, PrintStream announce, AtomicBoolean announced) {
    if (property != null && Files.isDirectory(Path.of(property))) {
      return Optional.of(Path.of(property));
    }
    for (Path folder = start; folder != null; folder = folder.getParent()) {
      Path candidate = folder.resolve("shared").resolve("reference-data");
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    if (announced.compareAndSet(false, true)) {
      announce.println("SKIPPED: the reference-data tests, no shared/reference-data folder above " + start
          + " (give one with -D" + PROPERTY + "=DIR)");
    }
    return Optional.empty();
  }
}

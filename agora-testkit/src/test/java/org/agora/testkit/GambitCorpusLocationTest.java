package org.agora.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GambitCorpusLocationTest {

  @TempDir
  Path directory;

  /** A fresh clone has no corpus: the skip is said once, in one line, however many tests ask. */
  @Test
  void aMissingCorpusIsAnnouncedInOneLineOnce() throws IOException {
    Path start = Files.createDirectories(directory.resolve("clone/agora-io"));
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream stream = new PrintStream(err, true, StandardCharsets.UTF_8);
    AtomicBoolean announced = new AtomicBoolean();

    assertThat(GambitCorpusLocation.find(null, start, stream, announced)).isEmpty();
    assertThat(GambitCorpusLocation.find(null, start, stream, announced)).isEmpty();

    assertThat(err.toString(StandardCharsets.UTF_8).lines()).containsExactly(
        "SKIPPED: the Gambit corpus tests, no shared/gambit-games folder above " + start
            + " (give one with -Dagora.gambit.games=DIR)");
  }

  @Test
  void theCorpusIsFoundAboveTheWorkingDirectoryOrByProperty() throws IOException {
    Path corpus = Files.createDirectories(directory.resolve("shared/gambit-games"));
    Path start = Files.createDirectories(directory.resolve("clone/agora-io"));
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream stream = new PrintStream(err, true, StandardCharsets.UTF_8);

    assertThat(GambitCorpusLocation.find(null, start, stream, new AtomicBoolean())).contains(corpus);
    assertThat(GambitCorpusLocation.find(corpus.toString(), Path.of("/"), stream, new AtomicBoolean())).contains(corpus);
    assertThat(err.size()).isZero();
  }
}

package org.agora.evaluation.population;

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

class ReferenceDataLocationTest {

  @TempDir
  Path directory;

  @Test
  void missingReferenceDataIsAnnouncedInOneLineOnce() throws IOException {
    Path start = Files.createDirectories(directory.resolve("clone/agora-evaluation"));
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream stream = new PrintStream(err, true, StandardCharsets.UTF_8);
    AtomicBoolean announced = new AtomicBoolean();

    assertThat(ReferenceDataLocation.find(null, start, stream, announced)).isEmpty();
    assertThat(ReferenceDataLocation.find(null, start, stream, announced)).isEmpty();

    assertThat(err.toString(StandardCharsets.UTF_8).lines()).containsExactly(
        "SKIPPED: the reference-data tests, no shared/reference-data folder above " + start
            + " (give one with -Dagora.reference.data=DIR)");
  }

  @Test
  void theFolderIsFoundAboveTheWorkingDirectoryOrByProperty() throws IOException {
    Path data = Files.createDirectories(directory.resolve("shared/reference-data"));
    Path start = Files.createDirectories(directory.resolve("clone/agora-evaluation"));
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream stream = new PrintStream(err, true, StandardCharsets.UTF_8);

    assertThat(ReferenceDataLocation.find(null, start, stream, new AtomicBoolean())).contains(data);
    assertThat(ReferenceDataLocation.find(data.toString(), Path.of("/"), stream, new AtomicBoolean())).contains(data);
    assertThat(err.size()).isZero();
  }
}

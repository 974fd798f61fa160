package org.agora.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

  @TempDir
  Path directory;

  @Test
  void createsAndReplacesFilesLeavingNoTemporaryFile() throws IOException {
    Path target = directory.resolve("game.nfg");
    AtomicFiles.write(target, "first");
    AtomicFiles.write(target, "second");

    assertThat(Files.readString(target)).isEqualTo("second");
    try (Stream<Path> files = Files.list(directory)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void newFilesAreNotOwnerOnlyAndExistingPermissionsAreKept() throws IOException {
    Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Path fresh = directory.resolve("fresh.nfg");
    AtomicFiles.write(fresh, "x");
    Path ordinary = Files.writeString(directory.resolve("ordinary.txt"), "x");
    assertThat(Files.getPosixFilePermissions(fresh)).isEqualTo(Files.getPosixFilePermissions(ordinary));

    Path kept = Files.writeString(directory.resolve("kept.nfg"), "old");
    Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("rw-r-----"));
    AtomicFiles.write(kept, "new");
    assertThat(Files.getPosixFilePermissions(kept)).isEqualTo(PosixFilePermissions.fromString("rw-r-----"));
  }

  @Test
  void failsWithoutCreatingAnythingWhenTheDirectoryIsMissing() {
    Path target = directory.resolve("missing").resolve("game.nfg");

    assertThatThrownBy(() -> AtomicFiles.write(target, "text")).isInstanceOf(IOException.class)
        .hasMessageContaining("directory does not exist");
    assertThat(target.getParent()).doesNotExist();
  }

  @Test
  void refusesToReplaceADirectory() throws IOException {
    Path target = Files.createDirectory(directory.resolve("out"));

    assertThatThrownBy(() -> AtomicFiles.write(target, "text")).isInstanceOf(IOException.class);
    assertThat(target).isDirectory();
  }

  @Test
  void aFailingWriterLeavesTheOldFileAndNoTemporaryFile() throws IOException {
    Path target = Files.writeString(directory.resolve("policy.json"), "old");

    assertThatThrownBy(() -> AtomicFiles.write(target, stream -> {
      stream.write("partial".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      throw new IOException("disk full");
    })).isInstanceOf(IOException.class).hasMessage("disk full");
    assertThat(Files.readString(target)).isEqualTo("old");
    try (Stream<Path> files = Files.list(directory)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void streamsTheWriterContent() throws IOException {
    Path target = directory.resolve("streamed.txt");

    AtomicFiles.write(target, stream -> {
      for (int i = 0; i < 3; i++) {
        stream.write('a' + i);
      }
    });
    assertThat(Files.readString(target)).isEqualTo("abc");
  }

  /** A failure on the hidden temporary file is reported on the file people asked for. */
  @Test
  void failuresOnTheTemporaryFileNameTheTarget() {
    Path target = directory.resolve("policy.json");
    java.nio.file.FileSystemException denied = AtomicFiles.namingTheTarget(new java.nio.file.AccessDeniedException(
        directory.resolve(".policy.json.3f2a9c.tmp").toString()), target);
    assertThat(denied).isInstanceOf(java.nio.file.AccessDeniedException.class);
    assertThat(denied.getFile()).isEqualTo(target.toString());
    java.nio.file.FileSystemException other = new java.nio.file.FileSystemException(directory.toString(), null, "full");
    assertThat(AtomicFiles.namingTheTarget(other, target)).isSameAs(other);
  }

  @Test
  void aDirectoryTargetIsNamedWithItsReason() {
    assertThatThrownBy(() -> AtomicFiles.write(directory, "x"))
        .isInstanceOf(java.nio.file.FileSystemException.class)
        .hasMessage(directory + ": is a directory");
  }
}

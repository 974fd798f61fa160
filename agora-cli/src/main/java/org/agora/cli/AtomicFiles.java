package org.agora.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes result files all at once: the text goes to a temporary file in the target's directory,
 * which is then renamed over the target, so readers see the old file or the complete new one and
 * a failure never leaves a partial file behind.
 */
public final class AtomicFiles {

  private AtomicFiles() {}

  /**
   * Replaces (or creates) {@code target} with {@code text} in UTF-8.
   *
   * @throws IOException if the directory is not writable or the rename fails; the temporary file is
   *     removed in that case
   */
  public static void write(Path target, String text) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path directory = absolute.getParent();
    if (directory == null || !Files.isDirectory(directory)) {
      throw new IOException("directory does not exist: " + directory);
    }
    if (Files.isDirectory(absolute)) {
      throw new IOException("is a directory: " + target);
    }
    Path temporary = Files.createTempFile(directory, "." + absolute.getFileName() + ".", ".tmp");
    boolean moved = false;
    try {
      Files.writeString(temporary, text, StandardCharsets.UTF_8);
      try {
        Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
    } finally {
      if (!moved) {
        Files.deleteIfExists(temporary);
      }
    }
  }
}

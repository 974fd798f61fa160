package org.agora.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes result files all at once: the text goes to a temporary file in the target's directory,
 * which is then renamed over the target, so readers see the old file or the complete new one and
 * a failure never leaves a partial file behind.
 *
 * <p>The temporary file is created like any new file (permissions from the process's umask, not
 * the owner-only permissions of {@link Files#createTempFile}); when the target already exists its
 * POSIX permissions are kept.
 */
public final class AtomicFiles {

  private static final int NAME_ATTEMPTS = 100;

  private AtomicFiles() {}

  /**
   * Replaces (or creates) {@code target} with {@code text} in UTF-8.
   *
   * @throws IOException if the directory is not writable or the rename fails; the temporary file is
   *     removed in that case
   */
  public static void write(Path target, String text) throws IOException {
    write(target, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Replaces (or creates) {@code target} with {@code content}, atomically as {@link #write(Path, String)}. */
  public static void write(Path target, byte[] content) throws IOException {
    write(target, stream -> stream.write(content));
  }

  /**
   * Replaces (or creates) {@code target} with what {@code content} writes to the stream it is given,
   * atomically as {@link #write(Path, String)}; the content is streamed, never held in memory whole.
   * The writer may close the stream.
   */
  public static void write(Path target, Content content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path directory = absolute.getParent();
    if (directory == null || !Files.isDirectory(directory)) {
      throw new FileSystemException(String.valueOf(directory), null, "directory does not exist");
    }
    if (Files.isDirectory(absolute)) {
      throw new FileSystemException(target.toString(), null, "is a directory");
    }
    try {
      writeAndMove(absolute, directory, content);
    } catch (FileSystemException e) {
      throw namingTheTarget(e, target);
    }
  }

  /**
   * {@code failure} about {@code target} when it named the temporary file (a hidden name people did
   * not choose and will not find), else {@code failure} itself.
   */
  static FileSystemException namingTheTarget(FileSystemException failure, Path target) {
    String file = failure.getFile();
    String hiddenPrefix = "." + target.toAbsolutePath().getFileName() + ".";
    if (file == null || !(Path.of(file).getFileName().toString().startsWith(hiddenPrefix) && file.endsWith(".tmp"))) {
      return failure;
    }
    FileSystemException renamed = failure instanceof AccessDeniedException
        ? new AccessDeniedException(target.toString(), null, failure.getReason())
        : new FileSystemException(target.toString(), null, failure.getReason());
    renamed.initCause(failure);
    return renamed;
  }

  private static void writeAndMove(Path absolute, Path directory, Content content) throws IOException {
    Path temporary = null;
    boolean moved = false;
    try {
      temporary = createTemporary(directory, absolute.getFileName().toString(), content);
      keepPermissions(absolute, temporary);
      try {
        Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
    } finally {
      if (temporary != null && !moved) {
        Files.deleteIfExists(temporary);
      }
    }
  }

  /** Writes a file's content to a stream. */
  @FunctionalInterface
  public interface Content {
    /** Writes the whole content to {@code stream}. */
    void writeTo(OutputStream stream) throws IOException;
  }

  private static Path createTemporary(Path directory, String name, Content content) throws IOException {
    for (int attempt = 0; attempt < NAME_ATTEMPTS; attempt++) {
      Path candidate = directory.resolve("." + name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
      OutputStream stream;
      try {
        stream = Files.newOutputStream(candidate, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      } catch (FileAlreadyExistsException e) {
        continue;
      }
      boolean written = false;
      try (stream) {
        content.writeTo(stream);
        written = true;
      } finally {
        if (!written) {
          Files.deleteIfExists(candidate);
        }
      }
      return candidate;
    }
    throw new IOException("could not create a temporary file in " + directory);
  }

  private static void keepPermissions(Path target, Path temporary) throws IOException {
    PosixFileAttributeView targetView = Files.getFileAttributeView(target, PosixFileAttributeView.class);
    PosixFileAttributeView temporaryView = Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
    if (targetView != null && temporaryView != null && Files.exists(target)) {
      temporaryView.setPermissions(targetView.readAttributes().permissions());
    }
  }
}

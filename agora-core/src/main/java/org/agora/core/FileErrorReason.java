package org.agora.core;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;

/**
 * Why a file named in a game or agent string could not be read, in words for people ({@code no such
 * file}, {@code is a directory}) rather than the exception's class name.
 */
public final class FileErrorReason {

  private FileErrorReason() {}

  /** The reason {@code failure} (thrown while reading a file) gives, without the file's name. */
  public static String of(Exception failure) {
    if (failure instanceof NoSuchFileException) {
      return "no such file";
    }
    if (failure instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (failure instanceof InvalidPathException invalid) {
      return "not a valid file name (" + invalid.getReason() + ")";
    }
    if (failure instanceof FileSystemException system && system.getReason() != null) {
      return system.getReason().toLowerCase(java.util.Locale.ROOT);
    }
    String message = failure.getMessage();
    return message == null || message.isBlank() ? "i/o error" : message.strip();
  }
}

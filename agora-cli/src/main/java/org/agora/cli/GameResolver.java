package org.agora.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import org.agora.core.Game;
import org.agora.core.GameRegistry;
import org.agora.core.GameSpecException;
import org.agora.io.GambitFormats;

/**
 * Creates the game a command argument names: a Gambit {@code .nfg}/{@code .efg} file when the
 * argument is an existing file or ends in one of those extensions, otherwise a game string such as
 * {@code kuhn_poker(players=3)} given to {@link GameRegistry#create(String)}.
 */
public final class GameResolver {

  private GameResolver() {}

  /**
   * The game named by {@code argument}.
   *
   * @throws org.agora.core.GameSpecException for a bad game string
   * @throws org.agora.io.GambitParseException for a malformed file
   * @throws CommandFailure when a file is missing or unreadable
   */
  public static Game resolve(String argument) {
    Path file = asFile(argument);
    String expected = "";
    if (file == null) {
      try {
        return GameRegistry.create(argument);
      } catch (GameSpecException notAGameString) {
        Path path = looksLikePath(argument);
        if (path == null) {
          throw notAGameString;
        }
        file = path;
        expected = " (expected a game name or a .nfg/.efg file)";
      }
    }
    if (Files.isDirectory(file)) {
      throw new CommandFailure(argument + " is a directory; expected a game name or a .nfg/.efg file");
    }
    if (!Files.exists(file)) {
      throw new CommandFailure("no such file: " + argument + expected);
    }
    if (!Files.isRegularFile(file)) {
      throw new CommandFailure("not a regular file: " + argument);
    }
    try {
      return GambitFormats.read(file);
    } catch (IOException e) {
      throw new CommandFailure("cannot read " + argument + ": " + ErrorReporter.describeInputOutput(e), e);
    }
  }

  /**
   * The path {@code argument} names when it is not a game string but reads as a path: an existing
   * directory, or a name (the part before any parenthesis) with a path separator or starting with
   * {@code .} or {@code ~}. Game names are identifiers, so no game string is taken for a path.
   */
  private static Path looksLikePath(String argument) {
    int parenthesis = argument.indexOf('(');
    String head = parenthesis < 0 ? argument : argument.substring(0, parenthesis);
    try {
      Path path = Path.of(argument);
      if (Files.isDirectory(path) || head.contains("/") || head.contains(java.io.File.separator)
          || head.startsWith(".") || head.startsWith("~")) {
        return path;
      }
    } catch (InvalidPathException e) {
      return null;
    }
    return null;
  }

  /** True when {@code argument} is treated as a file name rather than a game string. */
  public static boolean isFile(String argument) {
    return asFile(argument) != null;
  }

  private static Path asFile(String argument) {
    String lower = argument.toLowerCase(Locale.ROOT);
    boolean gambitName = lower.endsWith(".nfg") || lower.endsWith(".efg");
    try {
      Path path = Path.of(argument);
      if (gambitName || Files.isRegularFile(path)) {
        return path;
      }
    } catch (InvalidPathException e) {
      if (gambitName) {
        throw new CommandFailure("not a valid file name: " + argument, e);
      }
    }
    return null;
  }
}

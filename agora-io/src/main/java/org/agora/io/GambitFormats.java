package org.agora.io;

import java.io.IOException;
import java.nio.file.Path;
import org.agora.core.Game;
import org.agora.core.normalform.NormalFormGame;

/**
 * Entry point for Gambit's file formats: {@code .nfg} (strategic form, payoff and outcome versions)
 * and {@code .efg} (extensive form), read and written with exact rational numbers.
 */
public final class GambitFormats {

  private GambitFormats() {}

  /**
   * Reads a {@code .nfg} or {@code .efg} file (chosen by content, not by extension).
   *
   * @throws GambitParseException for malformed input, with {@code file:line:column: what was expected}
   * @throws IOException if the file cannot be read
   */
  public static Game read(Path file) throws IOException {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /** Reads from text; {@code sourceName} is used in error messages. */
  public static Game parse(String text, String sourceName) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /** Writes a normal-form game as {@code .nfg} (payoff version), exact where the game is exact. */
  public static String toNfg(NormalFormGame game) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /**
   * Writes any small finite game as {@code .efg} by enumerating its tree.
   *
   * @throws IllegalArgumentException if the tree has more than {@code nodeLimit} nodes
   */
  public static String toEfg(Game game, long nodeLimit) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /**
   * The reduced normal form of a finite game (pure strategies that differ only at information
   * states their own earlier choices make unreachable are merged). A normal-form game is returned
   * as it is.
   *
   * @throws IllegalArgumentException if the game or its strategy space exceeds {@code limit}
   */
  public static NormalFormGame reducedNormalForm(Game game, long limit) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}

package org.agora.testkit;

import org.agora.core.Game;

/**
 * Conformance suite that any {@link Game} can run. Placeholder signature; see the testkit brief.
 */
public final class GameConformance {

  private GameConformance() {}

  /**
   * Runs every check with default options and throws an {@link AssertionError} listing all
   * violations if any.
   */
  public static void assertConforms(Game game) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}

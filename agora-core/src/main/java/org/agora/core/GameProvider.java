package org.agora.core;

import java.util.List;

/**
 * Service-provider interface through which modules register games with {@link GameRegistry}. List
 * implementations in {@code META-INF/services/org.agora.core.GameProvider}; each needs a public
 * no-argument constructor.
 */
public interface GameProvider {

  /** Name used in game strings: lower case with underscores, e.g. {@code kuhn_poker}. */
  String name();

  /** One line describing the game for listings. */
  String description();

  /** Declared parameters, in the order they appear in canonical game strings. */
  List<ParameterSpec> parameters();

  /**
   * Creates the game. Parameters are already validated against {@link #parameters()}; constraints
   * between parameters are checked here and reported as {@link GameSpecException}.
   */
  Game create(GameParameters parameters);
}

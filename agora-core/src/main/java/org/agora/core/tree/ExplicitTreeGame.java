package org.agora.core.tree;

import org.agora.core.Game;

/**
 * A {@link Game} that holds its tree explicitly (a game read from a Gambit {@code .efg} file), so
 * that writers and the {@link ReducedNormalForm} use that tree, with its own names and numbers,
 * instead of enumerating the game's states.
 */
public interface ExplicitTreeGame extends Game {

  /** The game's tree. */
  ExplicitTree explicitTree();
}

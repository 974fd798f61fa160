package org.agora.core.transform;

import org.agora.core.State;

/** Maps a state of a transformed game to the state of the game it wraps, without copying. */
@FunctionalInterface
interface StateUnwrapper {

  /** The wrapped game's state inside {@code outer}. */
  State inner(State outer);
}

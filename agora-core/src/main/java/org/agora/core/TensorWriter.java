package org.agora.core;

/**
 * Writes one player's view of a state as a flat {@code float} tensor of a fixed shape into a
 * caller's buffer at an offset, so that a batched environment can fill one buffer for thousands of
 * copies. A writer touches exactly {@code out[offset .. offset + size())} (every entry of it, so a
 * reused buffer needs no clearing) and nothing else, and allocates nothing.
 */
public interface TensorWriter {

  /** Tensor shape, the same at every state of the game (a fresh copy). */
  int[] shape();

  /** Flat size: the product of {@link #shape()}. */
  default int size() {
    int size = 1;
    for (int dimension : shape()) {
      size *= dimension;
    }
    return size;
  }

  /**
   * Writes {@code player}'s tensor at {@code state} into {@code out[offset .. offset + size())}.
   *
   * @throws IllegalArgumentException if {@code player} is not a player of the game
   */
  void write(State state, int player, float[] out, int offset);
}

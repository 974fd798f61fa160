package org.agora.core;

/**
 * Optional ability of a {@link State} that encodes a player's observation as a flat {@code float}
 * tensor for learners. The shape is the same at every state of a game.
 */
public interface ObservationTensor {

  /** Tensor shape; the flat size is the product of the dimensions. */
  int[] observationShape();

  /** Flat size of the tensor (product of {@link #observationShape()}). */
  default int observationSize() {
    int size = 1;
    for (int dimension : observationShape()) {
      size *= dimension;
    }
    return size;
  }

  /** Writes {@code player}'s observation into {@code out[0 .. observationSize())}. */
  void observationTensor(int player, float[] out);
}

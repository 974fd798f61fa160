package org.agora.games.common;

/**
 * Tensors a state of this module writes itself, offered as the game's abilities by
 * {@link StateObservationTensor} and {@link StateInformationStateTensor}. Each method writes every
 * entry of {@code out[offset .. offset + size)} and nothing else; a state that has only one of the
 * two tensors leaves the other method unimplemented.
 */
public interface TensorStateWriting {

  /** Writes {@code player}'s observation tensor at {@code offset}. */
  default void writeObservation(int player, float[] out, int offset) {
    throw new UnsupportedOperationException(getClass().getSimpleName() + " has no observation tensor");
  }

  /** Writes {@code player}'s information-state tensor at {@code offset}. */
  default void writeInformationState(int player, float[] out, int offset) {
    throw new UnsupportedOperationException(getClass().getSimpleName() + " has no information-state tensor");
  }
}

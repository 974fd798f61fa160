package org.agora.games.common;

import org.agora.core.ObservationTensorWriter;
import org.agora.core.State;

/** The {@link ObservationTensorWriter} of a game whose states write it ({@link TensorStateWriting}). */
public final class StateObservationTensor extends FixedShapeTensor implements ObservationTensorWriter {

  /** A writer of tensors of {@code shape} (copied). */
  public StateObservationTensor(int... shape) {
    super(shape);
  }

  @Override
  public void write(State state, int player, float[] out, int offset) {
    ((TensorStateWriting) state).writeObservation(player, out, offset);
  }
}

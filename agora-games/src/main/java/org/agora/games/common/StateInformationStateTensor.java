package org.agora.games.common;

import org.agora.core.InformationStateTensorWriter;
import org.agora.core.State;

/** The {@link InformationStateTensorWriter} of a game whose states write it ({@link TensorStateWriting}). */
public final class StateInformationStateTensor extends FixedShapeTensor implements InformationStateTensorWriter {

  /** A writer of tensors of {@code shape} (copied). */
  public StateInformationStateTensor(int... shape) {
    super(shape);
  }

  @Override
  public void write(State state, int player, float[] out, int offset) {
    ((TensorStateWriting) state).writeInformationState(player, out, offset);
  }
}

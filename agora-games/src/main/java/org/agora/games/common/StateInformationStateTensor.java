package org.agora.games.common;

import org.agora.core.InformationStateTensorWriter;
import org.agora.core.State;

/** The {@link InformationStateTensorWriter} of a game whose states write it ({@link TensorStateWriting}). */
public final class StateInformationStateTensor implements InformationStateTensorWriter {

  private final int[] shape;
  private final int size;

  /** A writer of tensors of {@code shape} (copied). */
  public StateInformationStateTensor(int... shape) {
    this.shape = shape.clone();
    int product = 1;
    for (int dimension : shape) {
      product *= dimension;
    }
    this.size = product;
  }

  @Override
  public int[] shape() {
    return shape.clone();
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public void write(State state, int player, float[] out, int offset) {
    ((TensorStateWriting) state).writeInformationState(player, out, offset);
  }
}

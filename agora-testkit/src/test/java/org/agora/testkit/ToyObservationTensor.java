package org.agora.testkit;

import org.agora.core.ObservationTensorWriter;
import org.agora.core.State;
import org.agora.testkit.ToyGame.Defect;

/** The toy game's 5-entry observation tensor; its shape defects live here, its write defects in the state. */
final class ToyObservationTensor implements ObservationTensorWriter {

  private final ToyGame game;
  private int shapeCalls;

  ToyObservationTensor(ToyGame game) {
    this.game = game;
  }

  @Override
  public int[] shape() {
    return game.has(Defect.TENSOR_SHAPE_CHANGES) && shapeCalls++ > 0 ? new int[] {1, 5} : new int[] {5};
  }

  @Override
  public int size() {
    return game.has(Defect.TENSOR_SIZE_MISMATCH) ? 4 : 5;
  }

  @Override
  public void write(State state, int player, float[] out, int offset) {
    ((ToyState) state).writeObservation(player, out, offset);
  }
}

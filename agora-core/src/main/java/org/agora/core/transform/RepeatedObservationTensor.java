package org.agora.core.transform;

import java.util.Arrays;
import org.agora.core.ObservationTensorWriter;
import org.agora.core.State;

/**
 * Observation tensor of a {@link RepeatedGame}, shape {@code [recall, players, actionCount]}: a
 * one-hot of each player's action in each of the last {@code recall} rounds, newest first; rounds
 * not yet played are zeros. Every player sees the same tensor.
 */
final class RepeatedObservationTensor implements ObservationTensorWriter {

  private final RepeatedGame game;
  private final int size;

  RepeatedObservationTensor(RepeatedGame game) {
    this.game = game;
    this.size = game.recall() * game.playerCount() * game.actionCount();
  }

  @Override
  public int[] shape() {
    return new int[] {game.recall(), game.playerCount(), game.actionCount()};
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public void write(State state, int player, float[] out, int offset) {
    int players = game.playerCount();
    if (player < 0 || player >= players) {
      throw new IllegalArgumentException("player " + player + " is not in [0, " + players + ")");
    }
    RepeatedState repeated = (RepeatedState) state;
    int actions = game.actionCount();
    int round = repeated.round();
    Arrays.fill(out, offset, offset + size, 0f);
    for (int back = 0; back < game.recall() && back < round; back++) {
      int r = round - 1 - back;
      for (int p = 0; p < players; p++) {
        out[offset + (back * players + p) * actions + repeated.actionAt(r, p)] = 1f;
      }
    }
  }
}

package org.agora.games.tictactoe;

import org.agora.core.InformationStateIds;
import org.agora.core.State;

/**
 * Information-state ids of tic-tac-toe: the key is the board, so the id reads the board as a base-3
 * number, cell {@code c} contributing {@code 3^c} times 0 (empty), 1 (x) or 2 (o). The same for both
 * players; {@code 3^9 = 19,683} ids of which the 5,478 reachable boards use a part. Two table
 * look-ups per call.
 */
final class TicTacToeInformationStateIds implements InformationStateIds {

  private static final int COUNT = 19_683;
  /** {@code TERNARY[mask]} is the sum of {@code 3^c} over the cells {@code c} in {@code mask}. */
  private static final int[] TERNARY = new int[1 << TicTacToeGame.CELLS];

  static {
    for (int mask = 1; mask < TERNARY.length; mask++) {
      int cell = Integer.numberOfTrailingZeros(mask);
      int power = 1;
      for (int i = 0; i < cell; i++) {
        power *= 3;
      }
      TERNARY[mask] = TERNARY[mask & (mask - 1)] + power;
    }
  }

  @Override
  public int idCount(int player) {
    return COUNT;
  }

  @Override
  public int id(State state, int player) {
    TicTacToeState board = (TicTacToeState) state;
    return TERNARY[board.crosses()] + 2 * TERNARY[board.noughts()];
  }
}

package org.agora.solvers.sequenceform;

import org.agora.solvers.tree.GameTree;

/**
 * The dimensions of a two-player tree's sequence form, read from the compiled tree without building
 * the {@link SequenceForm}, so that a solver can estimate its tableau before it allocates one.
 *
 * @param sequences sequences per player, the empty sequence included
 * @param infosets information states per player
 */
public record SequenceFormSize(long[] sequences, long[] infosets) {

  /**
   * The sizes of {@code tree}'s sequence form (players 0 and 1).
   *
   * @throws IllegalArgumentException unless the tree has two players
   */
  public static SequenceFormSize of(GameTree tree) {
    if (tree.playerCount() != 2) {
      throw new IllegalArgumentException("the sequence form needs a two-player game; " + tree.game().name() + " has "
          + tree.playerCount() + " players");
    }
    long[] sequences = {1, 1};
    long[] infosets = new long[2];
    for (int infoset = 0; infoset < tree.infosetCount(); infoset++) {
      int player = tree.infosetPlayer(infoset);
      sequences[player] += tree.actionCount(infoset);
      infosets[player]++;
    }
    return new SequenceFormSize(sequences, infosets);
  }

  /**
   * Rows of the LP {@link SequenceFormLpSolver} solves for the maximiser {@code player}: one per
   * opponent sequence and one per own plan constraint.
   */
  public long lpRows(int player) {
    return sequences[1 - player] + infosets[player] + 1;
  }

  /** Columns of that LP's tableau: own sequences, split opponent multipliers and one slack per row. */
  public long lpColumns(int player) {
    return sequences[player] + 2 * (infosets[1 - player] + 1) + lpRows(player);
  }

  /** The order N of the sequence-form LCP ({@link SequenceFormLcpSolver}). */
  public long lcpSize() {
    return sequences[0] + sequences[1] + 2 * (infosets[0] + 1) + 2 * (infosets[1] + 1);
  }
}

package org.agora.cooperative.core;

import java.util.Arrays;

/**
 * A partition of the players {@code 0..n-1} into unions (a priori unions), each union a bit mask.
 *
 * @param playerCount n
 * @param unions the unions: non-empty, pairwise disjoint, covering every player
 */
public record CoalitionStructure(int playerCount, long[] unions) {

  /**
   * @throws IllegalArgumentException if n is outside [1, 62] or the unions do not partition the players
   */
  public CoalitionStructure {
    if (playerCount < 1 || playerCount > 62) {
      throw new IllegalArgumentException("a coalition structure has 1 to 62 players, not " + playerCount);
    }
    unions = unions.clone();
    long all = (1L << playerCount) - 1;
    long seen = 0L;
    for (long union : unions) {
      if (union == 0L) {
        throw new IllegalArgumentException("a union of a coalition structure must not be empty");
      }
      if ((union & ~all) != 0L) {
        throw new IllegalArgumentException("union " + CoalitionTable.describe(union, 63) + " names a player outside 0.."
            + (playerCount - 1));
      }
      if ((union & seen) != 0L) {
        throw new IllegalArgumentException("the unions overlap in " + CoalitionTable.describe(union & seen, playerCount)
            + "; a coalition structure is a partition");
      }
      seen |= union;
    }
    if (seen != all) {
      throw new IllegalArgumentException("the unions leave out players " + CoalitionTable.describe(all & ~seen, playerCount)
          + "; a coalition structure is a partition");
    }
  }

  /** Every player alone: the Owen value is then the Shapley value. */
  public static CoalitionStructure singletons(int playerCount) {
    long[] unions = new long[Math.max(0, playerCount)];
    for (int i = 0; i < unions.length; i++) {
      unions[i] = 1L << i;
    }
    return new CoalitionStructure(playerCount, unions);
  }

  /** One union of everybody: the Owen value is then the Shapley value. */
  public static CoalitionStructure grandUnion(int playerCount) {
    return new CoalitionStructure(playerCount, new long[] {playerCount >= 1 && playerCount <= 62 ? (1L << playerCount) - 1 : 0L});
  }

  /** The structure whose unions list their players, e.g. {@code of(4, new int[] {0, 1}, new int[] {2, 3})}. */
  public static CoalitionStructure of(int playerCount, int[]... members) {
    long[] unions = new long[members.length];
    for (int u = 0; u < members.length; u++) {
      for (int player : members[u]) {
        if (player < 0 || player >= playerCount) {
          throw new IllegalArgumentException("player " + player + " is outside 0.." + (playerCount - 1));
        }
        if ((unions[u] >>> player & 1L) != 0L) {
          throw new IllegalArgumentException("player " + player + " is listed twice in union " + u);
        }
        unions[u] |= 1L << player;
      }
    }
    return new CoalitionStructure(playerCount, unions);
  }

  /** The number of unions. */
  public int unionCount() {
    return unions.length;
  }

  /** Union {@code index}'s mask. */
  public long union(int index) {
    return unions[index];
  }

  @Override
  public long[] unions() {
    return unions.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CoalitionStructure structure && structure.playerCount == playerCount
        && Arrays.equals(structure.unions, unions);
  }

  @Override
  public int hashCode() {
    return 31 * playerCount + Arrays.hashCode(unions);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("CoalitionStructure[");
    for (int u = 0; u < unions.length; u++) {
      text.append(u == 0 ? "" : " ").append(CoalitionTable.describe(unions[u], playerCount));
    }
    return text.append(']').toString();
  }
}

package org.agora.games.bargaining;

import java.util.Arrays;

/**
 * One negotiation instance: how many items of each type are in the pool and how much each of the two
 * players values one item of each type.
 *
 * @param pool item counts per type
 * @param values {@code values[player][type]}, each player's value of one item
 */
public record BargainingInstance(int[] pool, int[][] values) {

  public BargainingInstance {
    pool = pool.clone();
    values = new int[][] {values[0].clone(), values[1].clone()};
  }

  /** Number of item types. */
  public int itemTypes() {
    return pool.length;
  }

  /** Count of items of {@code type} in the pool. */
  public int count(int type) {
    return pool[type];
  }

  /** {@code player}'s value of one item of {@code type}. */
  public int value(int player, int type) {
    return values[player][type];
  }

  /** {@code player}'s value of the whole pool. */
  public int totalValue(int player) {
    int total = 0;
    for (int type = 0; type < pool.length; type++) {
      total += pool[type] * values[player][type];
    }
    return total;
  }

  @Override
  public int[] pool() {
    return pool.clone();
  }

  @Override
  public int[][] values() {
    return new int[][] {values[0].clone(), values[1].clone()};
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BargainingInstance o && Arrays.equals(pool, o.pool)
        && Arrays.deepEquals(values, o.values);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(pool) + Arrays.deepHashCode(values);
  }

  /** The line format of instance files: {@code 1,2,3 8,1,0 4,0,2}. */
  @Override
  public String toString() {
    return join(pool) + " " + join(values[0]) + " " + join(values[1]);
  }

  static String join(int[] numbers) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < numbers.length; i++) {
      out.append(i == 0 ? "" : ",").append(numbers[i]);
    }
    return out.toString();
  }
}

package org.agora.cooperative.game;

import org.agora.cooperative.CoalitionGame;

/**
 * A caching, budgeted view of a game: each distinct coalition is evaluated once and remembered in a
 * primitive open-addressing hash map (linear probing over {@code long} keys and {@code double}
 * values, no boxing), and asking for a new coalition once {@code budget} distinct ones have been
 * evaluated throws {@link BudgetExceededException}. Repeated coalitions are free. Not thread-safe.
 */
public final class BudgetedGame implements CoalitionGame {

  private static final long EMPTY = -1L;

  private final CoalitionGame game;
  private final long budget;
  private long[] keys;
  private double[] values;
  private int size;
  private long lookups;

  /**
   * @param game the game to evaluate
   * @param budget the most distinct coalitions it may evaluate, at least 0
   */
  public BudgetedGame(CoalitionGame game, long budget) {
    if (budget < 0) {
      throw new IllegalArgumentException("budget must be at least 0, not " + budget);
    }
    this.game = game;
    this.budget = budget;
    int capacity = 16;
    long wanted = Math.min(budget, 1L << 10) * 2;
    while (capacity < wanted) {
      capacity <<= 1;
    }
    keys = new long[capacity];
    values = new double[capacity];
    java.util.Arrays.fill(keys, EMPTY);
  }

  /** The number of distinct coalitions evaluated so far. */
  public long evaluations() {
    return size;
  }

  /** The number of {@link #value} calls, cached or not. */
  public long lookups() {
    return lookups;
  }

  /** The budget. */
  public long budget() {
    return budget;
  }

  @Override
  public int playerCount() {
    return game.playerCount();
  }

  @Override
  public double value(long coalition) {
    lookups++;
    int mask = keys.length - 1;
    int slot = hash(coalition) & mask;
    while (true) {
      long key = keys[slot];
      if (key == coalition) {
        return values[slot];
      }
      if (key == EMPTY) {
        break;
      }
      slot = (slot + 1) & mask;
    }
    if (size >= budget) {
      throw new BudgetExceededException("evaluation budget of " + budget + " distinct coalitions exhausted on "
          + game.describe() + " (asked for " + Coalitions.format(coalition) + ")");
    }
    double value = game.value(coalition);
    keys[slot] = coalition;
    values[slot] = value;
    size++;
    if (size * 2 > keys.length) {
      grow();
    }
    return value;
  }

  private void grow() {
    long[] oldKeys = keys;
    double[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new double[oldKeys.length * 2];
    java.util.Arrays.fill(keys, EMPTY);
    int mask = keys.length - 1;
    for (int k = 0; k < oldKeys.length; k++) {
      if (oldKeys[k] != EMPTY) {
        int slot = hash(oldKeys[k]) & mask;
        while (keys[slot] != EMPTY) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = oldKeys[k];
        values[slot] = oldValues[k];
      }
    }
  }

  private static int hash(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }

  @Override
  public String describe() {
    return game.describe();
  }
}

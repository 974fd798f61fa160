package org.agora.cooperative.core;

/**
 * The linear span of coalitions' indicator vectors in {@code R^n}, kept in reduced row echelon form
 * over the prime field {@code GF(2^31 - 1)}. The rank over that field equals the rank over the
 * rationals here: every minor of a 0/1 matrix of order k is at most {@code (k+1)^((k+1)/2) / 2^k} in
 * magnitude (Hadamard's bound), below {@code 2^31 - 1} for k up to 20, so no non-zero minor vanishes
 * modulo the prime. The arithmetic is exact; there is no tolerance.
 */
final class CoalitionSpan {

  private static final long PRIME = 2_147_483_647L;

  private final int players;
  private final long[][] rows;
  private final int[] pivots;
  private int rank;

  CoalitionSpan(int players) {
    if (players > 20) {
      throw new IllegalArgumentException("the coalition span is exact up to 20 players, not " + players);
    }
    this.players = players;
    this.rows = new long[players][];
    this.pivots = new int[players];
  }

  /** The dimension of the span. */
  int rank() {
    return rank;
  }

  /** Whether the indicator vector of {@code coalition} is in the span. */
  boolean contains(int coalition) {
    return isZero(reduce(coalition));
  }

  /** Adds the coalition's indicator vector; returns whether the rank grew. */
  boolean add(int coalition) {
    long[] vector = reduce(coalition);
    int pivot = -1;
    for (int j = 0; j < players; j++) {
      if (vector[j] != 0) {
        pivot = j;
        break;
      }
    }
    if (pivot < 0) {
      return false;
    }
    long inverse = power(vector[pivot], PRIME - 2);
    for (int j = 0; j < players; j++) {
      vector[j] = vector[j] * inverse % PRIME;
    }
    for (int r = 0; r < rank; r++) {
      long factor = rows[r][pivot];
      if (factor != 0) {
        for (int j = 0; j < players; j++) {
          rows[r][j] = Math.floorMod(rows[r][j] - factor * vector[j] % PRIME, PRIME);
        }
      }
    }
    rows[rank] = vector;
    pivots[rank] = pivot;
    rank++;
    return true;
  }

  private long[] reduce(int coalition) {
    long[] vector = new long[players];
    for (int j = 0; j < players; j++) {
      vector[j] = coalition >>> j & 1;
    }
    for (int r = 0; r < rank; r++) {
      long factor = vector[pivots[r]];
      if (factor != 0) {
        for (int j = 0; j < players; j++) {
          vector[j] = Math.floorMod(vector[j] - factor * rows[r][j] % PRIME, PRIME);
        }
      }
    }
    return vector;
  }

  private static boolean isZero(long[] vector) {
    for (long entry : vector) {
      if (entry != 0) {
        return false;
      }
    }
    return true;
  }

  private static long power(long base, long exponent) {
    long result = 1;
    long b = base % PRIME;
    long e = exponent;
    while (e > 0) {
      if ((e & 1) != 0) {
        result = result * b % PRIME;
      }
      b = b * b % PRIME;
      e >>= 1;
    }
    return result;
  }
}

package org.agora.solvers.linear;

import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;

/**
 * A set of bases (sets of basic variables). With at most 64 variables a basis is a {@code long}
 * bit mask kept in an open-addressing table (about 16 bytes per basis); otherwise a hash set of
 * {@link BitSet}s.
 */
final class BasisSet {

  private static final long EMPTY = 0L;

  private final boolean compact;
  private long[] table = new long[1 << 12];
  private int size;
  private final Set<BitSet> large = new HashSet<>();

  BasisSet(int variables) {
    this.compact = variables <= 64;
  }

  /** Adds the basis; returns false when it was already present. */
  boolean add(BitSet basis) {
    if (!compact) {
      return large.add((BitSet) basis.clone());
    }
    long[] words = basis.toLongArray();
    long mask = words.length == 0 ? 0L : words[0];
    if (mask == EMPTY) {
      throw new IllegalArgumentException("a basis has at least one variable");
    }
    if (2 * (size + 1) > table.length) {
      grow();
    }
    return insert(table, mask);
  }

  boolean contains(BitSet basis) {
    if (!compact) {
      return large.contains(basis);
    }
    long[] words = basis.toLongArray();
    long mask = words.length == 0 ? 0L : words[0];
    int slot = slot(mask, table.length);
    while (table[slot] != EMPTY) {
      if (table[slot] == mask) {
        return true;
      }
      slot = (slot + 1) & (table.length - 1);
    }
    return false;
  }

  private boolean insert(long[] into, long mask) {
    int slot = slot(mask, into.length);
    while (into[slot] != EMPTY) {
      if (into[slot] == mask) {
        return false;
      }
      slot = (slot + 1) & (into.length - 1);
    }
    into[slot] = mask;
    if (into == table) {
      size++;
    }
    return true;
  }

  private void grow() {
    long[] old = table;
    table = new long[old.length * 2];
    for (long mask : old) {
      if (mask != EMPTY) {
        insert(table, mask);
      }
    }
  }

  private static int slot(long mask, int length) {
    long mixed = mask * 0x9E3779B97F4A7C15L;
    return (int) (mixed >>> 40) & (length - 1);
  }
}

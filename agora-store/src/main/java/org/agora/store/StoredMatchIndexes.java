package org.agora.store;

import java.util.BitSet;
import java.util.function.LongPredicate;

/**
 * The match indexes a tournament has stored, as a bit set: the {@code done} predicate of
 * {@code TournamentRunner.run} when a tournament is resumed.
 */
public final class StoredMatchIndexes implements LongPredicate {

  private final BitSet indexes;

  StoredMatchIndexes(BitSet indexes) {
    this.indexes = indexes;
  }

  /** True when match {@code index} is stored. */
  public boolean contains(long index) {
    return index >= 0 && index < Integer.MAX_VALUE && indexes.get((int) index);
  }

  @Override
  public boolean test(long index) {
    return contains(index);
  }

  /** The number of stored matches. */
  public int count() {
    return indexes.cardinality();
  }
}

package org.agora.testkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * For each player, the legal actions seen with each of that player's information-state keys at
 * states where the player moves. Keys are stored as 64-bit fingerprints and legal-action sets are
 * shared, so thousands of long plays fit in little memory.
 */
final class InformationStateIndex {

  private final List<Map<Long, int[]>> legalByKey;
  private final Map<LegalSet, int[]> sharedSets = new HashMap<>();
  private final Set<Long> reported = new HashSet<>();

  InformationStateIndex(int players) {
    legalByKey = new ArrayList<>(players);
    for (int p = 0; p < players; p++) {
      legalByKey.add(new HashMap<>());
    }
  }

  /**
   * Records that {@code player} has legal actions {@code legal[0 .. count)} at a state with key
   * {@code key}; returns the legal actions seen before with the same key when they differ, else null.
   * A conflicting key is returned only once.
   */
  int[] record(int player, String key, int[] legal, int count) {
    int[] actions = share(Arrays.copyOf(legal, count));
    long fingerprint = fingerprint(key);
    int[] previous = legalByKey.get(player).putIfAbsent(fingerprint, actions);
    if (previous == null || previous == actions) {
      return null;
    }
    long reportKey = fingerprint * 31 + player;
    return reported.add(reportKey) ? previous : null;
  }

  private int[] share(int[] actions) {
    return sharedSets.computeIfAbsent(new LegalSet(actions), LegalSet::actions);
  }

  /** A 64-bit FNV-1a hash of the key's characters, mixed with its length. */
  static long fingerprint(String key) {
    long hash = 0xcbf29ce484222325L;
    for (int i = 0; i < key.length(); i++) {
      hash ^= key.charAt(i);
      hash *= 0x100000001b3L;
    }
    return hash ^ ((long) key.length() << 48);
  }

  private record LegalSet(int[] actions) {
    @Override
    public boolean equals(Object other) {
      return other instanceof LegalSet set && Arrays.equals(actions, set.actions);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(actions);
    }

    @Override
    public String toString() {
      return Arrays.toString(actions);
    }
  }
}

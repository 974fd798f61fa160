package org.agora.testkit;

/**
 * How hard {@link GameConformance} works on a game.
 *
 * @param playouts number of seeded random playouts (each runs the cheap checks at every state)
 * @param seed seed of the playouts; the same seed gives the same report
 * @param maxStatesPerPlayout how many states of one playout get the expensive checks (copy,
 *     serialization, history contents, tensors, exact values, chance sampling); long plays are
 *     checked at every k-th state, with the phase shifted from playout to playout so that every
 *     depth is covered across playouts. The initial and terminal states are always checked.
 * @param enumerationNodeLimit the game tree is enumerated (every node gets the cheap checks and
 *     feeds the information-state consistency check) when it has at most this many nodes; 0
 *     disables enumeration
 */
public record ConformanceOptions(int playouts, long seed, int maxStatesPerPlayout, long enumerationNodeLimit) {

  /** Default number of playouts. */
  public static final int DEFAULT_PLAYOUTS = 200;
  /** Default seed. */
  public static final long DEFAULT_SEED = 20261124L;
  /** Default number of deeply checked states per playout. */
  public static final int DEFAULT_MAX_STATES_PER_PLAYOUT = 16;
  /** Default enumeration limit. */
  public static final long DEFAULT_ENUMERATION_NODE_LIMIT = 200_000L;

  public ConformanceOptions {
    if (playouts < 1) {
      throw new IllegalArgumentException("playouts must be >= 1, got " + playouts);
    }
    if (maxStatesPerPlayout < 1) {
      throw new IllegalArgumentException("maxStatesPerPlayout must be >= 1, got " + maxStatesPerPlayout);
    }
    if (enumerationNodeLimit < 0) {
      throw new IllegalArgumentException("enumerationNodeLimit must be >= 0, got " + enumerationNodeLimit);
    }
  }

  /** The defaults: 200 playouts, seed 20261124, 16 deeply checked states per playout, 200 000 nodes. */
  public static ConformanceOptions defaults() {
    return new ConformanceOptions(DEFAULT_PLAYOUTS, DEFAULT_SEED, DEFAULT_MAX_STATES_PER_PLAYOUT,
        DEFAULT_ENUMERATION_NODE_LIMIT);
  }

  /** These options with another number of playouts. */
  public ConformanceOptions withPlayouts(int newPlayouts) {
    return new ConformanceOptions(newPlayouts, seed, maxStatesPerPlayout, enumerationNodeLimit);
  }

  /** These options with another seed. */
  public ConformanceOptions withSeed(long newSeed) {
    return new ConformanceOptions(playouts, newSeed, maxStatesPerPlayout, enumerationNodeLimit);
  }

  /** These options with another number of deeply checked states per playout. */
  public ConformanceOptions withMaxStatesPerPlayout(int newMaxStatesPerPlayout) {
    return new ConformanceOptions(playouts, seed, newMaxStatesPerPlayout, enumerationNodeLimit);
  }

  /** These options with another enumeration limit (0 disables enumeration). */
  public ConformanceOptions withEnumerationNodeLimit(long newEnumerationNodeLimit) {
    return new ConformanceOptions(playouts, seed, maxStatesPerPlayout, newEnumerationNodeLimit);
  }
}

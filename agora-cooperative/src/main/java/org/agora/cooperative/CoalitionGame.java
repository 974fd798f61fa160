package org.agora.cooperative;

/**
 * A transferable-utility cooperative game on {@code n <= 62} players: the value {@code v(S)} of every
 * coalition S, a bit mask whose bit i is player i (bit 0 the first player). {@code v(0)} is the empty
 * coalition's value (0 for a normalised game) and {@code v((1 << n) - 1)} the grand coalition's.
 * Implementations are immutable and safe to call from several threads unless they say otherwise
 * (a budgeted or caching wrapper, for example).
 */
public interface CoalitionGame {

  /** The largest number of players a coalition mask can hold. */
  int MAX_PLAYERS = 62;

  /** The number of players n. */
  int playerCount();

  /**
   * The value of {@code coalition}.
   *
   * @param coalition a bit mask over the players, in {@code [0, 2^n)}
   */
  double value(long coalition);

  /** The grand coalition, every player's bit set. */
  default long grandCoalition() {
    return (1L << playerCount()) - 1;
  }

  /** A short description for tables and files, e.g. {@code glove(left=2,right=2)}. */
  default String describe() {
    return getClass().getSimpleName();
  }
}

package org.agora.evaluation.tournament;

import java.io.Serializable;
import java.util.Arrays;

/**
 * One match of a tournament: which pairing and which match of it, the agents by seat (indexes into
 * the tournament's agents), the match's seed, the players' returns by seat, the number of moves and
 * the time it took. {@code index} is {@code pairing * matchesPerPairing + match}, the match's place in
 * the tournament: a store keys rows by it, so a resumed run neither loses nor doubles one.
 */
public record MatchRecord(long index, int pairing, int match, int[] seats, long seed, double[] returns, long length,
    long nanos) implements Serializable {

  private static final long serialVersionUID = 1L;

  public MatchRecord {
    seats = seats.clone();
    returns = returns.clone();
  }

  @Override
  public int[] seats() {
    return seats.clone();
  }

  @Override
  public double[] returns() {
    return returns.clone();
  }

  /** The agent in {@code seat}. */
  public int agentAt(int seat) {
    return seats[seat];
  }

  /** The return of {@code seat}. */
  public double returnAt(int seat) {
    return returns[seat];
  }

  /** The number of seats. */
  public int players() {
    return seats.length;
  }

  /** Equal in every field but the time taken (which differs from run to run). */
  public boolean sameOutcome(MatchRecord other) {
    return index == other.index && pairing == other.pairing && match == other.match && seed == other.seed
        && length == other.length && Arrays.equals(seats, other.seats) && Arrays.equals(returns, other.returns);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MatchRecord record && sameOutcome(record) && nanos == record.nanos;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(index) * 31 + Arrays.hashCode(returns);
  }

  @Override
  public String toString() {
    return "MatchRecord[index=" + index + ", pairing=" + pairing + ", match=" + match + ", seats="
        + Arrays.toString(seats) + ", seed=" + seed + ", returns=" + Arrays.toString(returns) + ", length=" + length
        + ", nanos=" + nanos + "]";
  }
}

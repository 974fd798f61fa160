package org.agora.markets.pacing;

/**
 * A bidder's regret in one period against the best fixed multiplier in hindsight ({@link HindsightRegret}).
 *
 * @param bidder the bidder
 * @param period the period
 * @param bestMultiplier the best fixed multiplier on the grid
 * @param bestValue the value it would have won with it
 * @param realisedValue the value the bidder won
 */
public record RegretResult(int bidder, int period, double bestMultiplier, double bestValue, double realisedValue) {

  /** {@code bestValue - realisedValue} (negative when the agent beat every fixed multiplier). */
  public double regret() {
    return bestValue - realisedValue;
  }
}

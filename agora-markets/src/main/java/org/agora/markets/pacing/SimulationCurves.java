package org.agora.markets.pacing;

/**
 * Per-step curves of a simulation, for plots: each bidder's cumulative spend and planned cumulative spend
 * at the end of every step, and the multiplier and participation it used in it. Flat arrays indexed
 * {@code (period x steps + step) x bidders + bidder}.
 */
public final class SimulationCurves {

  private final int periods;
  private final int steps;
  private final int bidders;
  private final double[] spend;
  private final double[] planned;
  private final double[] multiplier;
  private final double[] participation;

  SimulationCurves(int periods, int steps, int bidders) {
    this.periods = periods;
    this.steps = steps;
    this.bidders = bidders;
    int size = periods * steps * bidders;
    spend = new double[size];
    planned = new double[size];
    multiplier = new double[size];
    participation = new double[size];
  }

  void record(int period, int step, int bidder, double cumulativeSpend, double plannedSpend, double m, double p) {
    int at = index(period, step, bidder);
    spend[at] = cumulativeSpend;
    planned[at] = plannedSpend;
    multiplier[at] = m;
    participation[at] = p;
  }

  private int index(int period, int step, int bidder) {
    return (period * steps + step) * bidders + bidder;
  }

  /** Periods recorded. */
  public int periods() {
    return periods;
  }

  /** Steps per period. */
  public int steps() {
    return steps;
  }

  /** Bidders. */
  public int bidders() {
    return bidders;
  }

  /** Cumulative spend of {@code bidder} in {@code period} at the end of {@code step}. */
  public double cumulativeSpend(int period, int step, int bidder) {
    return spend[index(period, step, bidder)];
  }

  /** Planned cumulative spend (budget x plan shares of steps 0..step). */
  public double plannedSpend(int period, int step, int bidder) {
    return planned[index(period, step, bidder)];
  }

  /** The multiplier used in the step. */
  public double multiplier(int period, int step, int bidder) {
    return multiplier[index(period, step, bidder)];
  }

  /** The participation probability used in the step. */
  public double participation(int period, int step, int bidder) {
    return participation[index(period, step, bidder)];
  }
}

package org.agora.evaluation.population;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * An immutable cross-table of a population of agents: the names of the {@code n} agents in order
 * and, for every ordered pair, the mean return of the row agent playing against the column agent,
 * stored row-major in a flat {@code double[n * n]} (cell {@code (row, column)} at
 * {@code row * n + column}). The diagonal holds each agent's return against itself (self-play).
 *
 * <p>A table built from matches may also carry, per cell, the number of matches and the sample
 * standard deviation of one match's return, so that standard errors and resampled (bootstrap)
 * intervals can be computed; a table read from published means has neither. A cell with fewer
 * than two matches has a NaN standard deviation.
 *
 * <p>Nothing requires the table to be antisymmetric: two seatings measured separately give
 * {@code r(a, b) + r(b, a)} close to, not exactly, zero ({@link #antisymmetryDeviation()} says how
 * far). Every value must be finite.
 */
public final class CrossTable {

  private final List<String> agents;
  private final Map<String, Integer> indexes;
  private final double[] returns;
  private final long[] matchCounts;
  private final double[] standardDeviations;

  /**
   * A table of mean returns only.
   *
   * @param agents distinct, non-blank names, in order
   * @param returns row-major mean returns, {@code agents.size()} squared of them, all finite
   * @throws IllegalArgumentException (one line) naming the offending agent, cell or length
   */
  public CrossTable(List<String> agents, double[] returns) {
    this(agents, returns, null, null);
  }

  /**
   * A table with per-cell match statistics: both arrays are given or both are {@code null}.
   *
   * @param matchCounts row-major number of matches per cell, each {@code >= 0} (a cell with 0
   *     matches is one that was not played, such as an unmeasured diagonal)
   * @param standardDeviations row-major sample standard deviation of one match's return, each
   *     {@code >= 0} or NaN where the cell has fewer than two matches
   */
  public CrossTable(List<String> agents, double[] returns, long[] matchCounts, double[] standardDeviations) {
    this.agents = List.copyOf(agents);
    int n = this.agents.size();
    if (n == 0) {
      throw new IllegalArgumentException("a cross-table needs at least one agent");
    }
    Map<String, Integer> byName = new HashMap<>();
    for (int i = 0; i < n; i++) {
      String name = this.agents.get(i);
      if (name.isBlank()) {
        throw new IllegalArgumentException("agent " + (i + 1) + " has a blank name");
      }
      Integer earlier = byName.putIfAbsent(name, i);
      if (earlier != null) {
        throw new IllegalArgumentException("agent '" + name + "' is listed twice (positions " + (earlier + 1)
            + " and " + (i + 1) + ")");
      }
    }
    this.indexes = Map.copyOf(byName);
    if (returns.length != n * n) {
      throw new IllegalArgumentException("a cross-table of " + n + " agents needs " + n * n + " returns, got "
          + returns.length);
    }
    this.returns = returns.clone();
    for (int cell = 0; cell < this.returns.length; cell++) {
      if (!Double.isFinite(this.returns[cell])) {
        throw new IllegalArgumentException("return of " + cellName(cell) + " is " + this.returns[cell]
            + "; returns must be finite");
      }
    }
    if ((matchCounts == null) != (standardDeviations == null)) {
      throw new IllegalArgumentException("match counts and standard deviations are given together or not at all");
    }
    if (matchCounts == null) {
      this.matchCounts = null;
      this.standardDeviations = null;
      return;
    }
    if (matchCounts.length != n * n || standardDeviations.length != n * n) {
      throw new IllegalArgumentException("a cross-table of " + n + " agents needs " + n * n
          + " match counts and standard deviations, got " + matchCounts.length + " and "
          + standardDeviations.length);
    }
    this.matchCounts = matchCounts.clone();
    this.standardDeviations = standardDeviations.clone();
    for (int cell = 0; cell < n * n; cell++) {
      if (this.matchCounts[cell] < 0) {
        throw new IllegalArgumentException("match count of " + cellName(cell) + " is " + this.matchCounts[cell]
            + "; counts must be >= 0");
      }
      double deviation = this.standardDeviations[cell];
      if (Double.isNaN(deviation) ? this.matchCounts[cell] >= 2 : !(deviation >= 0 && deviation < Double.POSITIVE_INFINITY)) {
        throw new IllegalArgumentException("standard deviation of " + cellName(cell) + " is " + deviation
            + " with " + this.matchCounts[cell] + " matches; it must be finite and >= 0 (NaN only below 2 matches)");
      }
    }
  }

  /** Number of agents. */
  public int size() {
    return agents.size();
  }

  /** The agents' names, in order. */
  public List<String> agents() {
    return agents;
  }

  /** The name of agent {@code index}. */
  public String agent(int index) {
    return agents.get(index);
  }

  /**
   * The position of {@code name} in the table.
   *
   * @throws IllegalArgumentException (one line) for an agent that is not in the table
   */
  public int indexOf(String name) {
    Integer index = indexes.get(name);
    if (index == null) {
      throw new IllegalArgumentException("unknown agent '" + name + "'; the table has " + describeAgents());
    }
    return index;
  }

  /** Whether {@code name} is one of the agents. */
  public boolean contains(String name) {
    return indexes.containsKey(name);
  }

  /** Mean return of agent {@code row} against agent {@code column}. */
  public double meanReturn(int row, int column) {
    return returns[cell(row, column)];
  }

  /** Mean return of the named row agent against the named column agent. */
  public double meanReturn(String row, String column) {
    return meanReturn(indexOf(row), indexOf(column));
  }

  /** A copy of the row-major mean returns. */
  public double[] meanReturns() {
    return returns.clone();
  }

  /** A copy of the mean returns of agent {@code row} against every agent, in table order. */
  public double[] row(int row) {
    return Arrays.copyOfRange(returns, cell(row, 0), cell(row, 0) + size());
  }

  /** Whether the table carries per-cell match counts and standard deviations. */
  public boolean hasMatchStatistics() {
    return matchCounts != null;
  }

  /** Number of matches behind a cell, when the table has match statistics. */
  public OptionalLong matchCount(int row, int column) {
    return matchCounts == null ? OptionalLong.empty() : OptionalLong.of(matchCounts[cell(row, column)]);
  }

  /**
   * Standard error of a cell's mean, {@code sd / sqrt(matches)}, when the table has match
   * statistics (NaN for a cell with fewer than two matches).
   */
  public OptionalDouble standardError(int row, int column) {
    if (matchCounts == null) {
      return OptionalDouble.empty();
    }
    int cell = cell(row, column);
    return OptionalDouble.of(matchCounts[cell] < 2 ? Double.NaN : standardDeviations[cell] / Math.sqrt(matchCounts[cell]));
  }

  /**
   * The largest {@code |r(a, b) + r(b, a)|} over all pairs, diagonal included ({@code |2 r(a, a)|});
   * 0 for an exactly antisymmetric (zero-sum, seat-symmetric) table.
   */
  public double antisymmetryDeviation() {
    int n = size();
    double largest = 0;
    for (int row = 0; row < n; row++) {
      for (int column = row; column < n; column++) {
        largest = Math.max(largest, Math.abs(returns[row * n + column] + returns[column * n + row]));
      }
    }
    return largest;
  }

  private int cell(int row, int column) {
    int n = size();
    if (row < 0 || row >= n || column < 0 || column >= n) {
      throw new IndexOutOfBoundsException("cell (" + row + ", " + column + ") of a " + n + "x" + n + " table");
    }
    return row * n + column;
  }

  private String cellName(int cell) {
    return "('" + agents.get(cell / size()) + "', '" + agents.get(cell % size()) + "')";
  }

  private String describeAgents() {
    int n = size();
    int shown = Math.min(n, 8);
    String listed = String.join(", ", agents.subList(0, shown));
    return n + " agents: " + listed + (n > shown ? ", ..." : "");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CrossTable that
        && agents.equals(that.agents)
        && Arrays.equals(returns, that.returns)
        && Arrays.equals(matchCounts, that.matchCounts)
        && Arrays.equals(standardDeviations, that.standardDeviations);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * agents.hashCode() + Arrays.hashCode(returns)) + Arrays.hashCode(matchCounts);
  }

  @Override
  public String toString() {
    return "CrossTable[" + describeAgents() + (hasMatchStatistics() ? ", with match statistics" : "") + "]";
  }
}

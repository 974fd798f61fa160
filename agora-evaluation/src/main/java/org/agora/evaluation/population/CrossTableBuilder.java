package org.agora.evaluation.population;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agora.evaluation.statistics.RunningStatistics;

/**
 * Collects the cells of a {@link CrossTable} one ordered pair at a time, by agent name, and checks
 * that they make a whole table. Either the agents are declared up front (a cell naming another
 * agent is refused), or they are discovered in the order they first appear, row name before
 * column name.
 *
 * <p><b>The diagonal.</b> Every ordered pair of distinct agents needs exactly one cell. The
 * diagonal (an agent against itself) is either given for every agent or for none: a table with no
 * diagonal at all gets 0 there, the expected return of any strategy against itself in a symmetric
 * zero-sum game, so the population metrics still average over the whole population including the
 * agent itself (with match statistics, such a cell has 0 matches). A table that gives the diagonal
 * for some agents only is refused, naming the first agent without one.
 *
 * <p>Cells either all carry match statistics ({@link #put(String, String, RunningStatistics)}) or
 * none do; an omitted diagonal is exempt. Errors are one-line {@link IllegalArgumentException}s.
 */
public final class CrossTableBuilder {

  private final boolean agentsFixed;
  private final Map<String, Integer> indexes = new LinkedHashMap<>();
  private final Map<Long, Cell> cells = new HashMap<>();
  private int withStatistics;

  private record Cell(double mean, long count, double standardDeviation, boolean hasStatistics) {}

  /** A builder that discovers the agents in the order their names first appear. */
  public CrossTableBuilder() {
    this.agentsFixed = false;
  }

  /** A builder for exactly these agents, in this order (distinct, non-blank names). */
  public CrossTableBuilder(List<String> agents) {
    this.agentsFixed = true;
    for (String name : agents) {
      requireName(name);
      if (indexes.putIfAbsent(name, indexes.size()) != null) {
        throw new IllegalArgumentException("agent '" + name + "' is listed twice");
      }
    }
  }

  /**
   * Adds the mean return of {@code row} against {@code column}.
   *
   * @throws IllegalArgumentException (one line) for a non-finite value, a blank or undeclared
   *     agent, or a pair given before
   */
  public CrossTableBuilder put(String row, String column, double meanReturn) {
    add(row, column, new Cell(meanReturn, 0, Double.NaN, false));
    return this;
  }

  /** Adds a cell measured from matches: their count, mean and standard deviation. */
  public CrossTableBuilder put(String row, String column, RunningStatistics matches) {
    if (matches.count() == 0) {
      throw new IllegalArgumentException("cell ('" + row + "', '" + column + "') has no matches");
    }
    add(row, column, new Cell(matches.mean(), matches.count(), matches.standardDeviation(), true));
    return this;
  }

  /** Whether a cell was given for this ordered pair. */
  public boolean has(String row, String column) {
    Integer r = indexes.get(row);
    Integer c = indexes.get(column);
    return r != null && c != null && cells.containsKey(key(r, c));
  }

  /**
   * The table.
   *
   * @throws IllegalArgumentException (one line) for a missing cell (naming the first one in
   *     row-major order and how many more are missing), a partial diagonal, or cells of which only
   *     some carry match statistics
   */
  public CrossTable build() {
    List<String> agents = new ArrayList<>(indexes.keySet());
    int n = agents.size();
    if (n == 0) {
      throw new IllegalArgumentException("the table has no cells");
    }
    int diagonalGiven = 0;
    for (int i = 0; i < n; i++) {
      if (cells.containsKey(key(i, i))) {
        diagonalGiven++;
      }
    }
    boolean diagonalOmitted = diagonalGiven == 0;
    int missing = 0;
    String firstMissing = null;
    for (int row = 0; row < n; row++) {
      for (int column = 0; column < n; column++) {
        if ((row != column || !diagonalOmitted) && !cells.containsKey(key(row, column))) {
          missing++;
          if (firstMissing == null) {
            firstMissing = "('" + agents.get(row) + "', '" + agents.get(column) + "')";
            if (row == column) {
              firstMissing += " (the diagonal is given for " + diagonalGiven + " of " + n
                  + " agents: give it for all or none)";
            }
          }
        }
      }
    }
    if (missing > 0) {
      throw new IllegalArgumentException("missing cell " + firstMissing
          + (missing > 1 ? " and " + (missing - 1) + " more" : "")
          + "; every ordered pair of the " + n + " agents needs a value");
    }
    boolean statistics = withStatistics > 0;
    if (statistics && withStatistics != cells.size()) {
      throw new IllegalArgumentException("only " + withStatistics + " of " + cells.size()
          + " cells carry match statistics; give them for all cells or none");
    }
    double[] returns = new double[n * n];
    long[] counts = statistics ? new long[n * n] : null;
    double[] deviations = statistics ? new double[n * n] : null;
    for (int row = 0; row < n; row++) {
      for (int column = 0; column < n; column++) {
        Cell cell = cells.get(key(row, column));
        int index = row * n + column;
        if (cell == null) {
          returns[index] = 0;
          if (statistics) {
            deviations[index] = Double.NaN;
          }
          continue;
        }
        returns[index] = cell.mean();
        if (statistics) {
          counts[index] = cell.count();
          deviations[index] = cell.standardDeviation();
        }
      }
    }
    return new CrossTable(agents, returns, counts, deviations);
  }

  private void add(String row, String column, Cell cell) {
    String pair = "('" + row + "', '" + column + "')";
    if (!Double.isFinite(cell.mean())) {
      throw new IllegalArgumentException("return of " + pair + " is " + cell.mean() + "; returns must be finite");
    }
    int r = index(row);
    int c = index(column);
    long key = key(r, c);
    Cell earlier = cells.putIfAbsent(key, cell);
    if (earlier != null) {
      throw new IllegalArgumentException("duplicate cell " + pair + ", already given as " + earlier.mean());
    }
    if (cell.hasStatistics()) {
      withStatistics++;
    }
  }

  private int index(String name) {
    requireName(name);
    Integer index = indexes.get(name);
    if (index != null) {
      return index;
    }
    if (agentsFixed) {
      throw new IllegalArgumentException("unknown agent '" + name + "'; the table declares " + indexes.size()
          + " agents: " + String.join(", ", new ArrayList<>(indexes.keySet()).subList(0, Math.min(8, indexes.size())))
          + (indexes.size() > 8 ? ", ..." : ""));
    }
    indexes.put(name, indexes.size());
    return indexes.size() - 1;
  }

  private static void requireName(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("an agent name is blank");
    }
  }

  private static long key(int row, int column) {
    return ((long) row << 32) | column;
  }
}

package org.agora.solvers.nash.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.agora.core.job.ProgressMeter;

/**
 * The search loops of support enumeration for a bimatrix game with {@code rows} row strategies and
 * {@code columns} column strategies, shared by the exact and floating-point solvers.
 *
 * <p>{@code rowSide.solve(I, J)} must return the row player's distribution on I that makes the column
 * player indifferent over J (no better column elsewhere), {@code columnSide.solve(J, I)} the column
 * player's distribution on J that makes the row player indifferent over I.
 *
 * @param <S> one player's solution type
 */
public final class SupportPairSearch<S> {

  /** One side of the indifference equations. */
  public interface Side<S> {
    /** The mixing player's distribution on {@code unknowns} equalising the opponent over {@code equations}, or null. */
    S solve(long unknowns, long equations);

    /** Strategies played with positive probability. */
    long support(S solution);

    /** The opponent's best responses. */
    long bestResponses(S solution);
  }

  private final int rows;
  private final int columns;
  private final long[][] rowImprovements;
  private final long[][] columnImprovements;
  private final Side<S> rowSide;
  private final Side<S> columnSide;
  private final IncrementalRowFilter rowFilter;
  private final ProgressMeter meter;

  /**
   * @param rowImprovements {@code [i][i']}: the columns against which row i' pays the row player strictly more than row i
   * @param columnImprovements {@code [j][j']}: the rows against which column j' pays the column player strictly more than j
   * @param rowFilter optional prefilter of the row side for {@link #equalSizePairs} (may be null)
   */
  public SupportPairSearch(int rows, int columns, long[][] rowImprovements, long[][] columnImprovements,
      Side<S> rowSide, Side<S> columnSide, IncrementalRowFilter rowFilter) {
    this(rows, columns, rowImprovements, columnImprovements, rowSide, columnSide, rowFilter, ProgressMeter.none());
  }

  /**
   * As above, counting the support pairs tried on {@code meter}, which is polled for cancellation
   * before each.
   */
  public SupportPairSearch(int rows, int columns, long[][] rowImprovements, long[][] columnImprovements,
      Side<S> rowSide, Side<S> columnSide, IncrementalRowFilter rowFilter, ProgressMeter meter) {
    this.meter = meter;
    this.rows = rows;
    this.columns = columns;
    this.rowImprovements = rowImprovements;
    this.columnImprovements = columnImprovements;
    this.rowSide = rowSide;
    this.columnSide = columnSide;
    this.rowFilter = rowFilter;
  }

  /**
   * Equal-size support pairs (I, J), smallest size first, I in increasing mask order, J in
   * lexicographic order of its strategies (chosen depth-first, so the row filter works incrementally). Columns
   * strictly dominated given I and rows strictly dominated given J are pruned first (Porter, Nudelman
   * and Shoham's conditional dominance). Returns {row solution, column solution} pairs, possibly with
   * repeats in degenerate games.
   */
  public List<Pair<S>> equalSizePairs() {
    List<Pair<S>> found = new ArrayList<>();
    long allColumns = SupportMasks.first(columns);
    for (int size = 1; size <= Math.min(rows, columns); size++) {
      for (long rowSupport = SupportMasks.first(size); rowSupport != -1; rowSupport = SupportMasks.next(rowSupport, rows)) {
        long candidates = SupportMasks.undominated(allColumns, rowSupport, columnImprovements);
        int[] candidateIndex = SupportMasks.indices(candidates);
        if (candidateIndex.length < size) {
          continue;
        }
        if (rowFilter != null) {
          rowFilter.start(rowSupport);
        }
        chooseColumns(rowSupport, candidateIndex, 0, size, 0L, rowFilter != null, found);
      }
    }
    return found;
  }

  /** Depth-first choice of the column support among {@code candidates}, in lexicographic order. */
  private void chooseColumns(long rowSupport, int[] candidates, int from, int remaining, long columnSupport,
      boolean filtering, List<Pair<S>> found) {
    if (remaining == 0) {
      meter.step();
      if ((filtering && rowFilter.clearlyFails()) || anyDominated(rowSupport, columnSupport)) {
        return;
      }
      S row = rowSide.solve(rowSupport, columnSupport);
      if (row == null) {
        return;
      }
      S column = columnSide.solve(columnSupport, rowSupport);
      if (column != null) {
        found.add(new Pair<>(row, column));
      }
      return;
    }
    for (int index = from; index <= candidates.length - remaining; index++) {
      int column = candidates[index];
      boolean pushed = false;
      if (filtering) {
        pushed = rowFilter.push(column);
        if (!pushed) {
          rowFilter.pop();
        }
      }
      chooseColumns(rowSupport, candidates, index + 1, remaining - 1, columnSupport | 1L << column, pushed, found);
      if (pushed) {
        rowFilter.pop();
      }
    }
  }

  /**
   * All extreme equilibria, also in degenerate games: every distribution of either player that is
   * determined by a support and an equal-size set of the opponent's equalised strategies (a vertex of
   * its best-response polytope), matched in pairs whose supports are best responses to each other.
   * {@code key} identifies equal distributions. Order: row solutions in discovery order, then column
   * solutions.
   */
  public List<Pair<S>> extremePairs(Function<S, Object> key) {
    List<S> rowVertices = vertices(rowSide, rows, columns, key);
    List<S> columnVertices = vertices(columnSide, columns, rows, key);
    List<Pair<S>> found = new ArrayList<>();
    for (S row : rowVertices) {
      for (S column : columnVertices) {
        if ((columnSide.support(column) & ~rowSide.bestResponses(row)) == 0
            && (rowSide.support(row) & ~columnSide.bestResponses(column)) == 0) {
          found.add(new Pair<>(row, column));
        }
      }
    }
    return found;
  }

  private List<S> vertices(Side<S> side, int own, int opponent, Function<S, Object> key) {
    Map<Object, S> vertices = new LinkedHashMap<>();
    for (int size = 1; size <= Math.min(own, opponent); size++) {
      for (long support = SupportMasks.first(size); support != -1; support = SupportMasks.next(support, own)) {
        for (long equalised = SupportMasks.first(size); equalised != -1;
            equalised = SupportMasks.next(equalised, opponent)) {
          meter.step();
          S solution = side.solve(support, equalised);
          if (solution != null) {
            vertices.putIfAbsent(key.apply(solution), solution);
          }
        }
      }
    }
    return new ArrayList<>(vertices.values());
  }

  private boolean anyDominated(long rowSupport, long columnSupport) {
    for (long rest = rowSupport; rest != 0; rest &= rest - 1) {
      if (SupportMasks.isDominated(Long.numberOfTrailingZeros(rest), columnSupport, rowImprovements)) {
        return true;
      }
    }
    return false;
  }

  /** A row-player solution and a column-player solution that form an equilibrium. */
  public record Pair<S>(S row, S column) {}
}

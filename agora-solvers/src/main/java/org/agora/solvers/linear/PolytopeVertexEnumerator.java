package org.agora.solvers.linear;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.agora.core.Rational;
import org.agora.core.job.ProgressMeter;

/**
 * All vertices of a bounded polytope {@code {z ≥ 0 : Mz = b}} given by a feasible {@link
 * IntegerTableau}, with their label sets, by a depth-first search over the graph of feasible
 * bases.
 *
 * <p>From each basis every feasible pivot is tried: for each nonbasic column with a positive
 * entry, every row attaining the minimum ratio (all of them, not a lexicographic choice, so that
 * the several bases of a degenerate vertex are all reached). The graph of feasible bases of a
 * polytope is connected, so the search visits every basis and hence every vertex. Going back
 * up the search tree does not pivot: the tableau stays at the last basis reached and moves from
 * there straight to the next unvisited basis ({@link IntegerTableau#moveToBasis}; an
 * integer-pivoting tableau is determined by its basis up to the order and sign of its rows), so
 * only bases, not tableaux, are stored. In the search order the next basis is almost always one
 * pivot away from the last one (measured on random 15x15 games: about 1.04 pivots per basis,
 * against 2 when pivoting back up the tree).
 *
 * <p>The label set of a vertex is the set of variables that are zero there (the nonbasic ones and
 * the basic ones at value zero); a vertex is determined by its label set. A nondegenerate vertex
 * has a single basis, so it is reported when that basis is reached; only the label sets of
 * degenerate vertices are remembered, to report each of them once.
 *
 * <p>Complexity: about one pivot per feasible basis, each O(rows · columns) integer operations (pivots
 * skip the basic columns, whose new entries are known); memory about 16 bytes per visited basis
 * ({@link BasisSet}) plus the label sets of degenerate vertices. The number of bases can be exponential in the dimension. Reverse search (Avis and
 * Fukuda, Discrete Comput. Geom. 1992) would avoid the visited set; this class does not implement it.
 */
public final class PolytopeVertexEnumerator {

  /** A vertex: its label set and the normalized values of the chosen variables. */
  public record Vertex(BitSet labels, List<Rational> distribution) {}

  /** Receives each vertex once, while the tableau is at one of its bases. */
  public interface VertexVisitor {
    /**
     * @param labels the vertex's label set (do not keep a reference: copy it)
     * @param tableau the tableau at a basis of the vertex (do not pivot it)
     */
    void visit(BitSet labels, IntegerTableau tableau);
  }

  private PolytopeVertexEnumerator() {}

  /**
   * The vertices of the polytope at which variables {@code first .. first+count-1} are not all
   * zero, each once, with those variables normalized to sum 1, in order of discovery.
   *
   * @param tableau a feasible tableau whose last column is the right-hand side; it is pivoted
   *     during the search and left in its starting basis
   */
  public static List<Vertex> vertices(IntegerTableau tableau, int first, int count) {
    return vertices(tableau, first, count, ProgressMeter.none());
  }

  /** As {@link #vertices(IntegerTableau, int, int)}, counting bases on {@code meter} (see {@link #visit(IntegerTableau, VertexVisitor, ProgressMeter)}). */
  public static List<Vertex> vertices(IntegerTableau tableau, int first, int count, ProgressMeter meter) {
    List<Vertex> found = new ArrayList<>();
    visit(tableau, (labels, at) -> {
      if (labels.nextClearBit(first) < first + count) {
        found.add(new Vertex((BitSet) labels.clone(), List.of(BimatrixTableaux.exactDistribution(at, first, count))));
      }
    }, meter);
    return List.copyOf(found);
  }

  /**
   * Calls {@code visitor} once for every vertex of the polytope (including the starting one). A
   * nondegenerate vertex has one basis and is reported when it is reached; only the label sets of
   * degenerate vertices (more zero variables than nonbasic ones) are remembered, for dedup.
   *
   * @param tableau a feasible tableau whose last column is the right-hand side; it is pivoted
   *     during the search and left in its starting basis
   */
  public static void visit(IntegerTableau tableau, VertexVisitor visitor) {
    visit(tableau, visitor, ProgressMeter.none());
  }

  /**
   * As {@link #visit(IntegerTableau, VertexVisitor)}, counting each new basis reached on
   * {@code meter}, which is polled for cancellation before each move (a cancelled search leaves the
   * tableau at the basis it reached).
   *
   * @throws org.agora.core.job.JobCancelledException when cancelled
   */
  public static void visit(IntegerTableau tableau, VertexVisitor visitor, ProgressMeter meter) {
    int variables = tableau.columnCount() - 1;
    int rows = tableau.rowCount();
    int nonbasicCount = variables - rows;
    Set<BitSet> degenerateVertices = new HashSet<>();
    BasisSet visited = new BasisSet(variables);
    BitSet basis = new BitSet(variables);
    for (int row = 0; row < rows; row++) {
      basis.set(tableau.basicVariable(row));
    }
    visited.add(basis);
    BitSet labels = new BitSet(variables);
    report(tableau, labels, nonbasicCount, degenerateVertices, visitor);
    int[] startingOrder = new int[rows];
    for (int row = 0; row < rows; row++) {
      startingOrder[row] = tableau.basicVariable(row);
    }
    BitSet startingBasis = (BitSet) basis.clone();
    Deque<Frame> stack = new ArrayDeque<>();
    stack.push(new Frame(feasiblePivots(tableau, variables), -1, -1));
    while (!stack.isEmpty()) {
      Frame frame = stack.peek();
      if (frame.cursor < frame.pivots.length) {
        long pivot = frame.pivots[frame.cursor++];
        int leaving = (int) (pivot >>> 32);
        int column = (int) pivot;
        basis.clear(leaving);
        basis.set(column);
        if (!visited.add(basis)) {
          basis.clear(column);
          basis.set(leaving);
          continue;
        }
        meter.step();
        tableau.moveToBasis(basis);
        report(tableau, labels, nonbasicCount, degenerateVertices, visitor);
        stack.push(new Frame(feasiblePivots(tableau, variables), leaving, column));
      } else {
        stack.pop();
        if (frame.left >= 0) {
          basis.clear(frame.entered);
          basis.set(frame.left);
        }
      }
    }
    tableau.moveToBasis(startingBasis);
    tableau.reorderRows(startingOrder);
  }

  /**
   * A node of the search: its feasible pivots, and the pivot (leaving and entering variable) that
   * reached it from its parent. The tableau is not pivoted back when a node is left: it stays at
   * the last basis reached and moves from there, by {@link IntegerTableau#moveToBasis}, to the next
   * unvisited basis, which is usually one pivot away (a sibling or a neighbour of an ancestor
   * sharing most of its basis), so a search costs about one pivot per basis instead of two.
   */
  private static final class Frame {
    final long[] pivots;
    final int left;
    final int entered;
    int cursor;

    Frame(long[] pivots, int left, int entered) {
      this.pivots = pivots;
      this.left = left;
      this.entered = entered;
    }
  }

  /**
   * Every pivot that keeps the basis feasible, as its leaving and entering variables packed as
   * {@code leaving << 32 | entering}.
   */
  private static long[] feasiblePivots(IntegerTableau tableau, int variables) {
    int rightHandSide = variables;
    int rows = tableau.rowCount();
    double[] values = new double[rows];
    for (int row = 0; row < rows; row++) {
      values[row] = tableau.approximateEntry(row, rightHandSide);
    }
    List<Long> pivots = new ArrayList<>();
    for (int column = 0; column < variables; column++) {
      if (tableau.rowOfVariable(column) >= 0) {
        continue;
      }
      for (int row : minimumRatioRows(tableau, column, rightHandSide, values)) {
        pivots.add(((long) tableau.basicVariable(row) << 32) | column);
      }
    }
    long[] packed = new long[pivots.size()];
    for (int k = 0; k < packed.length; k++) {
      packed[k] = pivots.get(k);
    }
    return packed;
  }

  /** Relative gap above which a floating-point ratio is certainly larger than the smallest one. */
  private static final double SCREEN_TOLERANCE = 1e-9;

  /**
   * The rows attaining the minimum ratio {@code rhs / entry} over the rows with a positive entry in
   * {@code column}, in increasing order: the same rows as {@link
   * LexicographicRatioTest#minimumRatioRows}, screened in floating point first. Each floating-point
   * ratio (of the correctly rounded entries) is within a few units in the last place of the exact
   * one, so a row whose ratio exceeds the smallest by the relative {@link #SCREEN_TOLERANCE} is
   * certainly not a minimum; the remaining rows are compared exactly unless only one remains or
   * the smallest ratio is zero (the rows with a zero right-hand side, exactly). Non-finite
   * approximations send the column to the exact test.
   */
  private static List<Integer> minimumRatioRows(IntegerTableau tableau, int column, int rightHandSide,
      double[] values) {
    int rows = tableau.rowCount();
    double[] ratios = new double[rows];
    double best = Double.POSITIVE_INFINITY;
    boolean any = false;
    for (int row = 0; row < rows; row++) {
      if (tableau.signum(row, column) <= 0) {
        continue;
      }
      double ratio = values[row] / tableau.approximateEntry(row, column);
      if (!Double.isFinite(values[row]) || !Double.isFinite(ratio) || ratio < 0) {
        return LexicographicRatioTest.minimumRatioRows(tableau, column, rightHandSide, rows);
      }
      ratios[row] = ratio;
      best = Math.min(best, ratio);
      any = true;
    }
    List<Integer> close = new ArrayList<>();
    if (!any) {
      return close;
    }
    double limit = best * (1 + SCREEN_TOLERANCE);
    for (int row = 0; row < rows; row++) {
      if (tableau.signum(row, column) > 0 && ratios[row] <= limit) {
        close.add(row);
      }
    }
    if (close.size() == 1 || best == 0) {
      return close;
    }
    List<Integer> minimum = new ArrayList<>();
    for (int row : close) {
      int comparison = minimum.isEmpty() ? -1 : tableau.compareRatios(row, minimum.get(0), rightHandSide, column);
      if (comparison < 0) {
        minimum.clear();
      }
      if (comparison <= 0) {
        minimum.add(row);
      }
    }
    return minimum;
  }

  private static void report(IntegerTableau tableau, BitSet labels, int nonbasicCount, Set<BitSet> degenerateVertices,
      VertexVisitor visitor) {
    int variables = tableau.columnCount() - 1;
    labels.clear();
    for (int variable = 0; variable < variables; variable++) {
      int row = tableau.rowOfVariable(variable);
      if (row < 0 || tableau.signum(row, variables) == 0) {
        labels.set(variable);
      }
    }
    if (labels.cardinality() > nonbasicCount && !degenerateVertices.add((BitSet) labels.clone())) {
      return;
    }
    visitor.visit(labels, tableau);
  }
}

package org.agora.solvers.linear;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.agora.core.Rational;

/**
 * All vertices of a bounded polytope {@code {z ≥ 0 : Mz = b}} given by a feasible {@link
 * IntegerTableau}, with their label sets, by a depth-first search over the graph of feasible
 * bases.
 *
 * <p>From each basis every feasible pivot is tried: for each nonbasic column with a positive
 * entry, every row attaining the minimum ratio (all of them, not a lexicographic choice, so that
 * the several bases of a degenerate vertex are all reached). The graph of feasible bases of a
 * polytope is connected, so the search visits every basis and hence every vertex. Going back
 * up the search tree pivots back, which restores the integer tableau exactly (an integer-pivoting
 * tableau is determined by its basis), so only bases, not tableaux, are stored.
 *
 * <p>The label set of a vertex is the set of variables that are zero there (the nonbasic ones and
 * the basic ones at value zero); a vertex is determined by its label set, which is the dedup key.
 *
 * <p>Complexity: two pivots per feasible basis, each O(rows · columns); memory O(bases) for the
 * visited set. The number of bases can be exponential in the dimension. Reverse search (Avis and
 * Fukuda, Discrete Comput. Geom. 1992) would avoid the visited set; this class does not implement it.
 */
public final class PolytopeVertexEnumerator {

  /** A vertex: its label set and the normalized values of the chosen variables. */
  public record Vertex(BitSet labels, List<Rational> distribution) {}

  private PolytopeVertexEnumerator() {}

  /**
   * The vertices of the polytope at which variables {@code first .. first+count-1} are not all
   * zero, each once, with those variables normalized to sum 1, in order of discovery.
   *
   * @param tableau a feasible tableau whose last column is the right-hand side; it is pivoted
   *     during the search and left in its starting basis
   */
  public static List<Vertex> vertices(IntegerTableau tableau, int first, int count) {
    int variables = tableau.columnCount() - 1;
    int rows = tableau.rowCount();
    Map<BitSet, Vertex> found = new LinkedHashMap<>();
    Set<BitSet> visited = new HashSet<>();
    BitSet basis = new BitSet(variables);
    for (int row = 0; row < rows; row++) {
      basis.set(tableau.basicVariable(row));
    }
    visited.add((BitSet) basis.clone());
    record(tableau, first, count, found);
    Deque<Frame> stack = new ArrayDeque<>();
    stack.push(new Frame(feasiblePivots(tableau, variables), -1, -1));
    while (!stack.isEmpty()) {
      Frame frame = stack.peek();
      if (frame.cursor < frame.pivots.length) {
        long pivot = frame.pivots[frame.cursor++];
        int row = (int) (pivot >>> 32);
        int column = (int) pivot;
        int leaving = tableau.basicVariable(row);
        basis.clear(leaving);
        basis.set(column);
        if (visited.contains(basis)) {
          basis.clear(column);
          basis.set(leaving);
          continue;
        }
        visited.add((BitSet) basis.clone());
        tableau.pivot(row, column);
        record(tableau, first, count, found);
        stack.push(new Frame(feasiblePivots(tableau, variables), row, leaving));
      } else {
        stack.pop();
        if (frame.undoRow >= 0) {
          basis.clear(tableau.basicVariable(frame.undoRow));
          basis.set(frame.undoColumn);
          tableau.pivot(frame.undoRow, frame.undoColumn);
        }
      }
    }
    return List.copyOf(found.values());
  }

  private static final class Frame {
    final long[] pivots;
    final int undoRow;
    final int undoColumn;
    int cursor;

    Frame(long[] pivots, int undoRow, int undoColumn) {
      this.pivots = pivots;
      this.undoRow = undoRow;
      this.undoColumn = undoColumn;
    }
  }

  /** Every (row, column) pivot, packed as {@code row << 32 | column}, that keeps the basis feasible. */
  private static long[] feasiblePivots(IntegerTableau tableau, int variables) {
    int rightHandSide = variables;
    List<Long> pivots = new ArrayList<>();
    for (int column = 0; column < variables; column++) {
      if (tableau.rowOfVariable(column) >= 0) {
        continue;
      }
      for (int row : LexicographicRatioTest.minimumRatioRows(tableau, column, rightHandSide, tableau.rowCount())) {
        pivots.add(((long) row << 32) | column);
      }
    }
    long[] packed = new long[pivots.size()];
    for (int k = 0; k < packed.length; k++) {
      packed[k] = pivots.get(k);
    }
    return packed;
  }

  private static void record(IntegerTableau tableau, int first, int count, Map<BitSet, Vertex> found) {
    int variables = tableau.columnCount() - 1;
    BitSet labels = new BitSet(variables);
    boolean nonzero = false;
    for (int variable = 0; variable < variables; variable++) {
      int row = tableau.rowOfVariable(variable);
      boolean zero = row < 0 || tableau.signum(row, variables) == 0;
      if (zero) {
        labels.set(variable);
      } else if (variable >= first && variable < first + count) {
        nonzero = true;
      }
    }
    if (nonzero && !found.containsKey(labels)) {
      found.put(labels, new Vertex(labels, List.of(BimatrixTableaux.exactDistribution(tableau, first, count))));
    }
  }
}

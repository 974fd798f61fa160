package org.agora.solvers.nash.approximate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One run of the variable-dimension simplicial algorithm of van der Laan and Talman on a product of
 * unit simplices, on the grid of mesh {@code 1/grid}, from a grid point {@code v}, with an integer
 * labelling (G. van der Laan and A. J. J. Talman, "On the computation of fixed points in the
 * product space of unit simplices and an application to noncooperative N person games",
 * Mathematics of Operations Research 7, 1982; the vector-labelled generalisation is van der Laan,
 * Talman and van der Heyden, Mathematics of Operations Research 12, 1987).
 *
 * <p>Each strategy (p, j) has the direction {@code q(p, j) = e(p, j+1) - e(p, j)} (indices cyclic
 * within player p), which moves weight from strategy j to the next one. For a set T of labels
 * containing, for every player, a proper subset of its strategies, the region {@code A(T)} is the
 * cone {@code v + sum_{t in T} lambda_t q(t)}, {@code lambda >= 0}, intersected with the product of
 * simplices; it is triangulated by the simplices {@code sigma(y, pi)} with vertices
 * {@code y, y + q(pi_1)/grid, ..., y + (q(pi_1) + ... + q(pi_t))/grid}, where
 * {@code y = v + sum a_t q(t)/grid} with integers {@code a_t >= 0} and pi a permutation of T (the
 * Freudenthal triangulation in lambda coordinates). The path starts at the 0-simplex {@code {v}}
 * and follows T-complete simplices (vertex labels covering T) by complementary pivoting: a new label
 * outside T raises the dimension (T grows by it), a repeated label pivots out the other vertex with
 * it, and reaching the facet {@code a_t = 0} lowers the dimension (t leaves T). The run ends when a
 * new label completes some player's set of strategies; that simplex is returned. With a proper
 * labelling ({@link ProjectionLabelling}) the path never leaves the product of simplices, and it is
 * finite because it never revisits a simplex.
 *
 * <p>Cost: each pivot is one label evaluation plus {@code O(M)} work, M the total number of
 * strategies; the number of pivots is not polynomially bounded in general.
 */
public final class VariableDimensionPath {

  private final ProjectionLabelling labelling;
  private final int[] strategyCounts;
  private final int[] playerOf;
  private final int[] successor;
  private final int strategies;

  /** Paths labelled by {@code labelling} on a product of simplices of the given sizes. */
  public VariableDimensionPath(ProjectionLabelling labelling, int[] strategyCounts) {
    this.labelling = labelling;
    this.strategyCounts = strategyCounts.clone();
    int total = 0;
    for (int count : strategyCounts) {
      total += count;
    }
    this.strategies = total;
    this.playerOf = new int[total];
    this.successor = new int[total];
    int offset = 0;
    for (int p = 0; p < strategyCounts.length; p++) {
      for (int j = 0; j < strategyCounts[p]; j++) {
        playerOf[offset + j] = p;
        successor[offset + j] = offset + (j + 1) % strategyCounts[p];
      }
      offset += strategyCounts[p];
    }
  }

  /**
   * The vertices of the terminal simplex of the path from grid point {@code start}, or empty if
   * more than {@code maxPivots} pivots would be needed.
   */
  public Optional<List<long[]>> run(long[] start, long grid, long maxPivots) {
    boolean[] inT = new boolean[strategies];
    int[] labelsOfPlayerInT = new int[strategyCounts.length];
    long[] coefficients = new long[strategies];
    int[] permutation = new int[strategies];
    List<long[]> vertices = new ArrayList<>();
    List<Integer> labels = new ArrayList<>();
    vertices.add(start.clone());
    labels.add(labelling.label(start, grid));
    int t = 0;
    int pending = 0;
    int removal = -1;
    for (long pivots = 0; pivots <= maxPivots; pivots++) {
      if (pending >= 0) {
        int label = labels.get(pending);
        if (!inT[label]) {
          int player = playerOf[label];
          if (labelsOfPlayerInT[player] + 1 == strategyCounts[player]) {
            return Optional.of(vertices);
          }
          inT[label] = true;
          labelsOfPlayerInT[player]++;
          permutation[t] = label;
          coefficients[label] = 0;
          t++;
          long[] vertex = moved(vertices.get(t - 1), label, 1);
          vertices.add(vertex);
          labels.add(labelling.label(vertex, grid));
          pending = t;
          continue;
        }
        removal = otherVertexWithLabel(labels, label, pending);
        pending = -1;
      }
      if (removal == t && coefficients[permutation[t - 1]] == 0) {
        int dropped = permutation[t - 1];
        inT[dropped] = false;
        labelsOfPlayerInT[playerOf[dropped]]--;
        vertices.remove(t);
        labels.remove(t);
        t--;
        if (t == 0) {
          throw new IllegalStateException("simplicial path returned to its start");
        }
        removal = otherVertexWithLabel(labels, dropped, -1);
        continue;
      }
      long[] vertex;
      if (removal == 0) {
        int first = permutation[0];
        coefficients[first]++;
        System.arraycopy(permutation, 1, permutation, 0, t - 1);
        permutation[t - 1] = first;
        vertex = moved(vertices.get(t), first, 1);
        vertices.remove(0);
        labels.remove(0);
        vertices.add(vertex);
        labels.add(labelling.label(vertex, grid));
        pending = t;
      } else if (removal == t) {
        int last = permutation[t - 1];
        coefficients[last]--;
        System.arraycopy(permutation, 0, permutation, 1, t - 1);
        permutation[0] = last;
        vertex = moved(vertices.get(0), last, -1);
        vertices.remove(t);
        labels.remove(t);
        vertices.add(0, vertex);
        labels.add(0, labelling.label(vertex, grid));
        pending = 0;
      } else {
        int swap = permutation[removal - 1];
        permutation[removal - 1] = permutation[removal];
        permutation[removal] = swap;
        vertex = moved(vertices.get(removal - 1), permutation[removal - 1], 1);
        vertices.set(removal, vertex);
        labels.set(removal, labelling.label(vertex, grid));
        pending = removal;
      }
    }
    return Optional.empty();
  }

  private static int otherVertexWithLabel(List<Integer> labels, int label, int except) {
    for (int i = 0; i < labels.size(); i++) {
      if (i != except && labels.get(i) == label) {
        return i;
      }
    }
    throw new IllegalStateException("no vertex carries label " + label);
  }

  /** {@code vertex + sign * q(direction)} in grid units; fails if it leaves the product of simplices. */
  private long[] moved(long[] vertex, int direction, int sign) {
    long[] result = vertex.clone();
    result[direction] -= sign;
    result[successor[direction]] += sign;
    if (result[direction] < 0 || result[successor[direction]] < 0) {
      throw new IllegalStateException("simplicial path left the product of simplices");
    }
    return result;
  }
}

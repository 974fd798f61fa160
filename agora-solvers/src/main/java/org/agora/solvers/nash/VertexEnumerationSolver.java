package org.agora.solvers.nash;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.agora.core.Rational;
import org.agora.core.normalform.NormalFormGame;
import org.agora.solvers.ExactMixedProfile;
import org.agora.solvers.linear.BimatrixTableaux;
import org.agora.solvers.linear.PolytopeVertexEnumerator;
import org.agora.solvers.linear.PolytopeVertexEnumerator.Vertex;

/**
 * All extreme Nash equilibria of a two-player game, and its maximal Nash subsets, by vertex
 * enumeration of the best-response polytopes.
 *
 * <p>With payoffs made positive, the Nash equilibria, rescaled, are the completely labeled vertex
 * pairs (x, y) ≠ (0, 0) of P = {x ≥ 0 : Bᵀx ≤ 1} and Q = {y ≥ 0 : Ay ≤ 1}: every row strategy is
 * unplayed or a best response, every column strategy likewise (Mangasarian, "Equilibrium points of
 * bimatrix games", J. SIAM 12, 1964; Avis, Rosenberg, Savani and von Stengel, "Enumeration of Nash
 * equilibria for two-player games", Economic Theory 42, 2010). Vertices of both polytopes are
 * enumerated exactly with their label sets ({@link PolytopeVertexEnumerator}, integer pivoting);
 * pairs whose label sets cover all m + n labels are kept. Nondegenerate vertices are matched
 * through a hash of the complementary label set; degenerate ones (more labels than the dimension)
 * are checked against every vertex of the other polytope.
 *
 * <p>Maximal Nash subsets: the extreme equilibria form a bipartite graph between row and column
 * strategies; its maximal complete bipartite subgraphs ({@link NashClique}) are the maximal Nash
 * subsets. Departure: instead of the Bron–Kerbosch-style search of Avis et al. they are found as
 * the closure of the column-neighbourhoods under intersection, each closed set paired with its
 * common row-neighbours; this yields exactly the maximal bicliques with both sides nonempty.
 *
 * <p>Complexity: two pivots per feasible basis of each polytope (the number of bases can be
 * exponential in m + n), plus the matching; memory proportional to the number of bases.
 */
public final class VertexEnumerationSolver {

  private static final Comparator<List<Rational>> LEXICOGRAPHIC = (a, b) -> {
    for (int k = 0; k < Math.min(a.size(), b.size()); k++) {
      int comparison = a.get(k).compareTo(b.get(k));
      if (comparison != 0) {
        return comparison;
      }
    }
    return Integer.compare(a.size(), b.size());
  };

  /** The extreme equilibria, sorted lexicographically by the row strategy, then the column strategy. */
  public List<ExactMixedProfile> extremeEquilibria(NormalFormGame game) {
    EquilibriumGraph graph = equilibriumGraph(game);
    List<ExactMixedProfile> equilibria = new ArrayList<>();
    for (int[] edge : graph.edges()) {
      equilibria.add(profile(graph.rowStrategies().get(edge[0]), graph.columnStrategies().get(edge[1])));
    }
    return equilibria;
  }

  /** The maximal Nash subsets as cliques of extreme strategies, sorted by their first strategies. */
  public List<NashClique> maximalNashSubsets(NormalFormGame game) {
    EquilibriumGraph graph = equilibriumGraph(game);
    int rows = graph.rowStrategies().size();
    BitSet[] neighbours = new BitSet[rows];
    for (int x = 0; x < rows; x++) {
      neighbours[x] = new BitSet();
    }
    for (int[] edge : graph.edges()) {
      neighbours[edge[0]].set(edge[1]);
    }
    Set<BitSet> closed = new LinkedHashSet<>();
    List<BitSet> work = new ArrayList<>();
    for (BitSet neighbourhood : neighbours) {
      if (!neighbourhood.isEmpty() && closed.add(neighbourhood)) {
        work.add(neighbourhood);
      }
    }
    while (!work.isEmpty()) {
      BitSet columns = work.remove(work.size() - 1);
      for (BitSet neighbourhood : neighbours) {
        BitSet intersection = (BitSet) columns.clone();
        intersection.and(neighbourhood);
        if (!intersection.isEmpty() && closed.add(intersection)) {
          work.add(intersection);
        }
      }
    }
    List<NashClique> cliques = new ArrayList<>();
    List<int[]> keys = new ArrayList<>();
    for (BitSet columns : closed) {
      List<List<Rational>> rowSide = new ArrayList<>();
      int firstRow = -1;
      for (int x = 0; x < rows; x++) {
        BitSet missing = (BitSet) columns.clone();
        missing.andNot(neighbours[x]);
        if (missing.isEmpty()) {
          rowSide.add(graph.rowStrategies().get(x));
          firstRow = firstRow < 0 ? x : firstRow;
        }
      }
      List<List<Rational>> columnSide = columns.stream().mapToObj(graph.columnStrategies()::get).toList();
      cliques.add(new NashClique(rowSide, columnSide));
      keys.add(new int[] {firstRow, columns.nextSetBit(0), -rowSide.size(), -columnSide.size()});
    }
    Integer[] order = new Integer[cliques.size()];
    for (int k = 0; k < order.length; k++) {
      order[k] = k;
    }
    java.util.Arrays.sort(order, (a, b) -> java.util.Arrays.compare(keys.get(a), keys.get(b)));
    List<NashClique> sorted = new ArrayList<>();
    for (int index : order) {
      sorted.add(cliques.get(index));
    }
    return List.copyOf(sorted);
  }

  /** Extreme strategies of both players (sorted) and the equilibrium pairs between them (sorted). */
  private record EquilibriumGraph(List<List<Rational>> rowStrategies, List<List<Rational>> columnStrategies,
      List<int[]> edges) {}

  private EquilibriumGraph equilibriumGraph(NormalFormGame game) {
    BimatrixTableaux.requireTwoPlayers(game, "vertex enumeration");
    int m = game.strategyCount(0);
    int n = game.strategyCount(1);
    List<Vertex> rowVertices = PolytopeVertexEnumerator.vertices(BimatrixTableaux.exactRowPolytope(game), 0, m);
    List<Vertex> columnVertices = PolytopeVertexEnumerator.vertices(BimatrixTableaux.exactColumnPolytope(game), m, n);
    Map<BitSet, List<Integer>> nondegenerateColumns = new HashMap<>();
    List<Integer> degenerateColumns = new ArrayList<>();
    for (int k = 0; k < columnVertices.size(); k++) {
      BitSet labels = columnVertices.get(k).labels();
      if (labels.cardinality() == n) {
        nondegenerateColumns.computeIfAbsent(labels, key -> new ArrayList<>()).add(k);
      } else {
        degenerateColumns.add(k);
      }
    }
    Set<Long> pairs = new HashSet<>();
    for (int x = 0; x < rowVertices.size(); x++) {
      BitSet labels = rowVertices.get(x).labels();
      if (labels.cardinality() == m) {
        BitSet complement = new BitSet(m + n);
        complement.set(0, m + n);
        complement.andNot(labels);
        for (int y : nondegenerateColumns.getOrDefault(complement, List.of())) {
          pairs.add(pack(x, y));
        }
        for (int y : degenerateColumns) {
          addIfComplete(rowVertices, columnVertices, x, y, m + n, pairs);
        }
      } else {
        for (int y = 0; y < columnVertices.size(); y++) {
          addIfComplete(rowVertices, columnVertices, x, y, m + n, pairs);
        }
      }
    }
    return sortedGraph(rowVertices, columnVertices, pairs);
  }

  private static void addIfComplete(List<Vertex> rowVertices, List<Vertex> columnVertices, int x, int y, int labels,
      Set<Long> pairs) {
    BitSet union = (BitSet) rowVertices.get(x).labels().clone();
    union.or(columnVertices.get(y).labels());
    if (union.cardinality() == labels) {
      pairs.add(pack(x, y));
    }
  }

  private static EquilibriumGraph sortedGraph(List<Vertex> rowVertices, List<Vertex> columnVertices, Set<Long> pairs) {
    Set<Integer> usedRows = new HashSet<>();
    Set<Integer> usedColumns = new HashSet<>();
    for (long pair : pairs) {
      usedRows.add((int) (pair >>> 32));
      usedColumns.add((int) pair);
    }
    List<List<Rational>> rowStrategies = usedRows.stream().map(k -> rowVertices.get(k).distribution())
        .sorted(LEXICOGRAPHIC).toList();
    List<List<Rational>> columnStrategies = usedColumns.stream().map(k -> columnVertices.get(k).distribution())
        .sorted(LEXICOGRAPHIC).toList();
    Map<List<Rational>, Integer> rowIndex = index(rowStrategies);
    Map<List<Rational>, Integer> columnIndex = index(columnStrategies);
    List<int[]> edges = new ArrayList<>();
    for (long pair : pairs) {
      edges.add(new int[] {rowIndex.get(rowVertices.get((int) (pair >>> 32)).distribution()),
          columnIndex.get(columnVertices.get((int) pair).distribution())});
    }
    edges.sort((a, b) -> java.util.Arrays.compare(a, b));
    return new EquilibriumGraph(rowStrategies, columnStrategies, edges);
  }

  private static Map<List<Rational>, Integer> index(List<List<Rational>> strategies) {
    Map<List<Rational>, Integer> index = new HashMap<>();
    for (int k = 0; k < strategies.size(); k++) {
      index.put(strategies.get(k), k);
    }
    return index;
  }

  private static long pack(int x, int y) {
    return ((long) x << 32) | y;
  }

  private static ExactMixedProfile profile(List<Rational> row, List<Rational> column) {
    return ExactMixedProfile.of(row.toArray(Rational[]::new), column.toArray(Rational[]::new));
  }
}

package org.agora.solvers.nash;

import java.math.BigInteger;
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
import org.agora.core.job.ProgressMeter;
import org.agora.core.normalform.NormalFormGame;
import org.agora.solvers.ExactMixedProfile;
import org.agora.solvers.linear.BimatrixTableaux;
import org.agora.solvers.linear.IntegerTableau;
import org.agora.solvers.linear.PayoffScaling;
import org.agora.solvers.linear.PolytopeVertexEnumerator.Vertex;
import org.agora.solvers.linear.PolytopeVertexEnumerator;
import org.agora.solvers.linear.SquareSystems;

/**
 * All extreme Nash equilibria of a two-player game, and its maximal Nash subsets, by vertex
 * enumeration of the best-response polytopes.
 *
 * <p>With payoffs made positive, the Nash equilibria, rescaled, are the completely labeled vertex
 * pairs (x, y) ≠ (0, 0) of P = {x ≥ 0 : Bᵀx ≤ 1} and Q = {y ≥ 0 : Ay ≤ 1}: every row strategy is
 * unplayed or a best response, every column strategy likewise (Mangasarian, "Equilibrium points of
 * bimatrix games", J. SIAM 12, 1964; Avis, Rosenberg, Savani and von Stengel, "Enumeration of Nash
 * equilibria for two-player games", Economic Theory 42, 2010). The vertices of P are enumerated
 * exactly with their label sets ({@link PolytopeVertexEnumerator}: depth-first search over
 * feasible bases with integer pivoting). As in lrsnash, Q is not enumerated when it need not be: at
 * a nondegenerate vertex x with support S and best-response columns J, the only possible partner
 * solves {@code A[S][J] y_J = 1}, {@code y = 0} off J, and is kept when {@code y ≥ 0} and
 * {@code Ay ≤ 1}. Degenerate vertices of P (more labels than m) are matched
 * by completing their tight sets (see {@link #matchBySolving}); only singular systems
 * send a vertex to be matched against all vertices of Q, enumerated the same way, by the union
 * of label sets.
 *
 * <p>Exactness: every decision is exact; a floating-point screen (partial-pivoting elimination on
 * payoffs mapped into [1, 2]) only skips systems whose solution violates a constraint by more than
 * 1e-6, and defers to the exact solve when a pivot is below 1e-8 of the largest entry.
 *
 * <p>Maximal Nash subsets: the extreme equilibria form a bipartite graph between row and column
 * strategies; its maximal complete bipartite subgraphs ({@link NashClique}) are the maximal Nash
 * subsets. Departure: instead of the Bron–Kerbosch-style search of Avis et al. they are found as
 * the closure of the column-neighbourhoods under intersection, each closed set paired with its
 * common row-neighbours; this yields exactly the maximal bicliques with both sides nonempty.
 *
 * <p>Complexity: about one pivot per feasible basis of P (the number of bases can be exponential in
 * m + n; random 15x15 games have about 10^5 vertices) plus one k x k exact solve per screened
 * vertex; memory about 16 bytes per basis for up to 64 variables.
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

  private final ProgressMeter meter;

  /** A solver that reports nowhere. */
  public VertexEnumerationSolver() {
    this(ProgressMeter.none());
  }

  /**
   * A solver that counts the bases it visits on {@code meter} and polls it for cancellation before
   * each.
   */
  public VertexEnumerationSolver(ProgressMeter meter) {
    this.meter = java.util.Objects.requireNonNull(meter, "meter");
  }

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

  /** An equilibrium as a pair of extreme strategies. */
  private record Pair(List<Rational> row, List<Rational> column) {}

  /**
   * The extreme equilibria by enumerating both polytopes and matching all vertex pairs by their
   * labels, without the square solves: slower, for cross-checking in tests.
   */
  List<ExactMixedProfile> extremeEquilibriaByEnumeratingBoth(NormalFormGame game) {
    EquilibriumGraph graph = equilibriumGraph(game, true);
    List<ExactMixedProfile> equilibria = new ArrayList<>();
    for (int[] edge : graph.edges()) {
      equilibria.add(profile(graph.rowStrategies().get(edge[0]), graph.columnStrategies().get(edge[1])));
    }
    return equilibria;
  }

  private EquilibriumGraph equilibriumGraph(NormalFormGame game) {
    return equilibriumGraph(game, false);
  }

  private EquilibriumGraph equilibriumGraph(NormalFormGame game, boolean enumerateBoth) {
    BimatrixTableaux.requireTwoPlayers(game, "vertex enumeration");
    int m = game.strategyCount(0);
    int n = game.strategyCount(1);
    BigInteger[][] exact = PayoffScaling.positiveIntegers(PayoffScaling.exactBimatrix(game, 0)).matrix();
    double[][] approximate = PayoffScaling.positiveDoubleBimatrix(game, 0);
    Set<Pair> pairs = new HashSet<>();
    List<Vertex> unmatched = new ArrayList<>();
    PolytopeVertexEnumerator.visit(BimatrixTableaux.exactRowPolytope(game), (labels, tableau) -> {
      if (labels.nextClearBit(0) >= m) {
        return;
      }
      if (enumerateBoth || !matchBySolving(labels, tableau, exact, approximate, m, n, pairs)) {
        unmatched.add(new Vertex((BitSet) labels.clone(), List.of(BimatrixTableaux.exactDistribution(tableau, 0, m))));
      }
    }, meter);
    if (!unmatched.isEmpty()) {
      List<Vertex> columnVertices =
          PolytopeVertexEnumerator.vertices(BimatrixTableaux.exactColumnPolytope(game), m, n, meter);
      for (Vertex row : unmatched) {
        for (Vertex column : columnVertices) {
          BitSet union = (BitSet) row.labels().clone();
          union.or(column.labels());
          if (union.cardinality() == m + n) {
            pairs.add(new Pair(row.distribution(), column.distribution()));
          }
        }
      }
    }
    return sortedGraph(pairs);
  }

  /** Largest number of tight-set completions tried at one degenerate vertex before enumerating Q. */
  private static final int MAXIMUM_COMPLETIONS = 4096;

  /**
   * Finds the partners y of the vertex x of P with label set L: the vertices of Q whose labels
   * include the complement M of L. Each is determined by n linearly independent tight constraints
   * containing M (when M's constraints are independent, any such vertex has a tight set M ∪ S with
   * S ⊆ L, |S| = |L| - m); for a nondegenerate x, S is empty and the only candidate solves
   * {@code A[supp x][J] y_J = 1}, {@code y = 0} off the best responses J. Returns false, for the
   * caller to match x against the enumerated vertices of Q, when a system is singular or there are
   * too many completions.
   */
  private static boolean matchBySolving(BitSet labels, IntegerTableau tableau, BigInteger[][] exact,
      double[][] approximate, int m, int n, Set<Pair> pairs) {
    int[] own = labels.stream().toArray();
    int extra = own.length - m;
    long completions = 1;
    for (int k = 0; k < extra; k++) {
      completions = completions * (own.length - k) / (k + 1);
    }
    if (completions > MAXIMUM_COMPLETIONS) {
      return false;
    }
    int[] chosen = new int[extra];
    for (int k = 0; k < extra; k++) {
      chosen[k] = k;
    }
    List<Rational> rowStrategy = null;
    while (true) {
      BitSet tight = new BitSet(m + n);
      tight.set(0, m + n);
      tight.andNot(labels);
      for (int index : chosen) {
        tight.set(own[index]);
      }
      Rational[] partner;
      try {
        partner = partner(tight, exact, approximate, m, n);
      } catch (ArithmeticException singular) {
        return false;
      }
      if (partner != null) {
        rowStrategy = rowStrategy != null ? rowStrategy : List.of(BimatrixTableaux.exactDistribution(tableau, 0, m));
        pairs.add(new Pair(rowStrategy, List.of(partner)));
      }
      int position = extra - 1;
      while (position >= 0 && chosen[position] == own.length - extra + position) {
        position--;
      }
      if (position < 0) {
        return true;
      }
      chosen[position]++;
      for (int k = position + 1; k < extra; k++) {
        chosen[k] = chosen[k - 1] + 1;
      }
    }
  }

  /**
   * The point of Q where exactly the constraints in {@code tight} (n labels) hold with equality,
   * normalized, if it is a nonzero point of Q; null otherwise.
   *
   * @throws ArithmeticException if the tight constraints are linearly dependent
   */
  private static Rational[] partner(BitSet tight, BigInteger[][] exact, double[][] approximate, int m, int n) {
    int[] rows = java.util.stream.IntStream.range(0, m).filter(tight::get).toArray();
    int[] others = java.util.stream.IntStream.range(0, m).filter(i -> !tight.get(i)).toArray();
    int[] free = java.util.stream.IntStream.range(0, n).filter(j -> !tight.get(m + j)).toArray();
    int k = rows.length;
    if (k != free.length) {
      throw new IllegalStateException(k + " equations for " + free.length + " unknowns");
    }
    if (k == 0) {
      return null;
    }
    if (SquareSystems.clearlyInfeasible(restrict(approximate, rows, free), restrict(approximate, others, free), 1e-6)) {
      return null;
    }
    BigInteger[][] system = new BigInteger[k][k];
    for (int r = 0; r < k; r++) {
      for (int c = 0; c < k; c++) {
        system[r][c] = exact[rows[r]][free[c]];
      }
    }
    BigInteger[] solution = SquareSystems.solveAgainstOnes(system);
    if (solution == null) {
      throw new ArithmeticException("singular tight set " + tight);
    }
    BigInteger divisor = solution[k];
    BigInteger total = BigInteger.ZERO;
    for (int c = 0; c < k; c++) {
      if (solution[c].signum() * divisor.signum() < 0) {
        return null;
      }
      total = total.add(solution[c]);
    }
    for (int other : others) {
      BigInteger payoff = BigInteger.ZERO;
      for (int c = 0; c < k; c++) {
        payoff = payoff.add(exact[other][free[c]].multiply(solution[c]));
      }
      if (payoff.subtract(divisor).signum() * divisor.signum() > 0) {
        return null;
      }
    }
    Rational[] column = new Rational[n];
    java.util.Arrays.fill(column, Rational.ZERO);
    for (int c = 0; c < k; c++) {
      column[free[c]] = Rational.of(solution[c], total);
    }
    return column;
  }

  private static double[][] restrict(double[][] matrix, int[] rows, int[] columns) {
    double[][] restricted = new double[rows.length][columns.length];
    for (int r = 0; r < rows.length; r++) {
      for (int c = 0; c < columns.length; c++) {
        restricted[r][c] = matrix[rows[r]][columns[c]];
      }
    }
    return restricted;
  }

  private static EquilibriumGraph sortedGraph(Set<Pair> pairs) {
    List<List<Rational>> rowStrategies = pairs.stream().map(Pair::row).distinct().sorted(LEXICOGRAPHIC).toList();
    List<List<Rational>> columnStrategies = pairs.stream().map(Pair::column).distinct().sorted(LEXICOGRAPHIC).toList();
    Map<List<Rational>, Integer> rowIndex = index(rowStrategies);
    Map<List<Rational>, Integer> columnIndex = index(columnStrategies);
    List<int[]> edges = new ArrayList<>();
    for (Pair pair : pairs) {
      edges.add(new int[] {rowIndex.get(pair.row()), columnIndex.get(pair.column())});
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

  private static ExactMixedProfile profile(List<Rational> row, List<Rational> column) {
    return ExactMixedProfile.of(row.toArray(Rational[]::new), column.toArray(Rational[]::new));
  }
}

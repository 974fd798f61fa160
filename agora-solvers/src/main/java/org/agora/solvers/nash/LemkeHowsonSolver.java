package org.agora.solvers.nash;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.agora.core.Rational;
import org.agora.core.job.ProgressMeter;
import org.agora.core.normalform.NormalFormGame;
import org.agora.solvers.ExactMixedProfile;
import org.agora.solvers.MixedProfile;
import org.agora.solvers.linear.BimatrixTableaux;
import org.agora.solvers.linear.IntegerTableau;
import org.agora.solvers.linear.LexicographicRatioTest;
import org.agora.solvers.linear.PivotingTableau;

/**
 * One Nash equilibrium of a two-player game per starting label, by the Lemke–Howson algorithm.
 *
 * <p>Lemke and Howson, "Equilibrium points of bimatrix games", SIAM Journal on Applied Mathematics
 * 12(2), 1964; implemented as complementary pivoting on the best-response polytopes P = {x ≥ 0 :
 * Bᵀx ≤ 1} and Q = {y ≥ 0 : Ay ≤ 1} as described by von Stengel, "Computing equilibria for
 * two-person games", Handbook of Game Theory vol. 3, chapter 45, 2002. Labels 1..m are the row
 * player's strategies and m+1..m+n the column player's. Starting from the artificial equilibrium
 * (0, 0), the variable with the dropped label enters; the variable that leaves has a label that
 * is now duplicate, and its complement enters the other polytope's tableau; the path ends when
 * the dropped label leaves. Payoffs are first made positive integers per player (scale by the
 * lcm of the denominators, shift; equilibria are unchanged).
 *
 * <p>Exact mode pivots integer tableaux ({@link IntegerTableau}); floating-point mode uses
 * {@link org.agora.solvers.linear.DoubleTableau} with tolerance {@value #TOLERANCE} on payoffs
 * mapped into [1, 2]. Degenerate games are handled by the lexicographic minimum-ratio test
 * ({@link LexicographicRatioTest}), which makes every leaving variable unique and rules out
 * cycling.
 *
 * <p>Complexity: each pivot is O((m + n) · max(m, n)) arithmetic operations (on integers whose
 * length grows with the basis determinant); the number of pivots can be exponential in m + n
 * (Savani and von Stengel, Econometrica 2006) but is small on random games.
 *
 * <p>Departures: none from the published algorithm; labels 1..m+n as in the literature and Gambit.
 */
public final class LemkeHowsonSolver {

  /** Tolerance of the floating-point mode. */
  public static final double TOLERANCE = 1e-10;

  private final ProgressMeter meter;

  /** A solver that reports nowhere. */
  public LemkeHowsonSolver() {
    this(ProgressMeter.none());
  }

  /** A solver that counts its pivots on {@code meter} and polls it for cancellation before each. */
  public LemkeHowsonSolver(ProgressMeter meter) {
    this.meter = java.util.Objects.requireNonNull(meter, "meter");
  }

  /** The equilibrium reached by dropping {@code label} (1..m+n), exactly. */
  public ExactMixedProfile solve(NormalFormGame game, int label) {
    checkLabel(game, label);
    int m = game.strategyCount(0);
    int n = game.strategyCount(1);
    IntegerTableau rowPolytope = BimatrixTableaux.exactRowPolytope(game);
    IntegerTableau columnPolytope = BimatrixTableaux.exactColumnPolytope(game);
    followPath(rowPolytope, columnPolytope, label - 1, m, n, meter);
    Rational[] rowStrategy = BimatrixTableaux.exactDistribution(rowPolytope, 0, m);
    Rational[] columnStrategy = BimatrixTableaux.exactDistribution(columnPolytope, m, n);
    return ExactMixedProfile.of(rowStrategy, columnStrategy);
  }

  /** The equilibrium reached by dropping {@code label} (1..m+n), in floating point. */
  public MixedProfile solveDouble(NormalFormGame game, int label) {
    checkLabel(game, label);
    int m = game.strategyCount(0);
    int n = game.strategyCount(1);
    PivotingTableau rowPolytope = BimatrixTableaux.doubleRowPolytope(game, TOLERANCE);
    PivotingTableau columnPolytope = BimatrixTableaux.doubleColumnPolytope(game, TOLERANCE);
    followPath(rowPolytope, columnPolytope, label - 1, m, n, meter);
    return MixedProfile.of(BimatrixTableaux.doubleDistribution(rowPolytope, 0, m),
        BimatrixTableaux.doubleDistribution(columnPolytope, m, n));
  }

  /** The distinct equilibria found from every starting label 1..m+n, in order of first discovery. */
  public List<ExactMixedProfile> solveAllLabels(NormalFormGame game) {
    BimatrixTableaux.requireTwoPlayers(game, "Lemke-Howson");
    Set<ExactMixedProfile> found = new LinkedHashSet<>();
    int labels = game.strategyCount(0) + game.strategyCount(1);
    for (int label = 1; label <= labels; label++) {
      found.add(solve(game, label));
    }
    return List.copyOf(found);
  }

  /**
   * The distinct equilibria found from every starting label, in floating point; two profiles within
   * 1e-9 of each other in every probability count as one.
   */
  public List<MixedProfile> solveAllLabelsDouble(NormalFormGame game) {
    BimatrixTableaux.requireTwoPlayers(game, "Lemke-Howson");
    List<MixedProfile> found = new ArrayList<>();
    int labels = game.strategyCount(0) + game.strategyCount(1);
    for (int label = 1; label <= labels; label++) {
      MixedProfile profile = solveDouble(game, label);
      if (found.stream().noneMatch(known -> known.isCloseTo(profile, 1e-9))) {
        found.add(profile);
      }
    }
    return List.copyOf(found);
  }

  /**
   * Complementary pivoting from the artificial equilibrium until {@code missing} (0-based label)
   * leaves a basis.
   */
  static void followPath(PivotingTableau rowPolytope, PivotingTableau columnPolytope, int missing, int m, int n,
      ProgressMeter meter) {
    int rightHandSide = m + n;
    int[] rowTieBreak = range(m, m + n);
    int[] columnTieBreak = range(0, m);
    boolean inRowPolytope = missing < m;
    int entering = missing;
    while (true) {
      PivotingTableau tableau = inRowPolytope ? rowPolytope : columnPolytope;
      int row = LexicographicRatioTest.leavingRow(tableau, entering, rightHandSide,
          inRowPolytope ? rowTieBreak : columnTieBreak, tableau.rowCount());
      if (row < 0) {
        throw new IllegalStateException("Lemke-Howson reached an unbounded ray entering label " + (entering + 1)
            + "; the best-response polytopes are bounded for positive payoffs, so this is a bug");
      }
      int leaving = tableau.basicVariable(row);
      meter.step();
      tableau.pivot(row, entering);
      if (leaving == missing) {
        return;
      }
      entering = leaving;
      inRowPolytope = !inRowPolytope;
    }
  }

  private static void checkLabel(NormalFormGame game, int label) {
    BimatrixTableaux.requireTwoPlayers(game, "Lemke-Howson");
    int labels = game.strategyCount(0) + game.strategyCount(1);
    if (label < 1 || label > labels) {
      throw new IllegalArgumentException("label " + label + " is outside 1.." + labels
          + " (1..m are row strategies, m+1..m+n column strategies)");
    }
  }

  private static int[] range(int from, int to) {
    int[] values = new int[to - from];
    for (int k = 0; k < values.length; k++) {
      values[k] = from + k;
    }
    return values;
  }
}

package org.agora.testkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.agora.core.GameParameters;
import org.agora.core.Rational;
import org.agora.core.normalform.NormalFormGame;

/**
 * Property check that a normal-form solver is equivariant: solving a game whose players (or whose
 * players' actions) are relabelled gives the relabelled output of solving the original game. Any solver
 * fits, given as a function from a {@link NormalFormGame} to its {@link SolverOutput}, so the testkit
 * needs no solver module.
 *
 * <p>Duan, Ma and Deng ("Are Equivariant Equilibrium Approximators Beneficial?", ICML 2023) define
 * equivariance of equilibrium approximators under action permutations (each player's output permutes
 * with its own actions and is unchanged by its opponents'); permuting the players themselves is the
 * other symmetry of the payoff tensor (Marris et al., "Turbocharging Solution Concepts", NeurIPS 2022).
 * Both are checked here, separately ({@link Relabelling}), on seeded random games of the given
 * {@link Shape}s. Exact profiles must match exactly, floating-point profiles and distributions within
 * a tolerance; lists of profiles are compared as multisets, so a solver that returns all its equilibria
 * in index order is still equivariant. A solver that refuses a game (throws
 * {@link IllegalArgumentException}) must refuse its relabelling too; such cases count as not applicable.
 *
 * <p>Departure from the paper: it studies learned approximators and exact equivariance of functions;
 * here the functions are the library's algorithms and outputs are compared to a tolerance, so an
 * algorithm whose floating-point result depends on summation order still counts as equivariant.
 */
public final class SolverEquivariance {

  /** Which symmetry of the game is applied. */
  public enum Relabelling {
    /** A random non-identity permutation of the players, actions kept. */
    PLAYERS,
    /** Random permutations of every player's actions (not all the identity), players kept. */
    ACTIONS
  }

  /** How the random payoffs are drawn; all are integers, so the games are exact. */
  public enum Payoffs {
    /**
     * Independent uniform integers in [-10^6, 10^6]: ties among payoffs, and degenerate games, have
     * probability below about 10^-4 per game of the sizes used here, so equilibria are isolated.
     */
    GENERIC,
    /** Independent uniform integers in {0, 1, 2}: many ties, degenerate games, continua of equilibria. */
    TIED,
    /** Generic for every player but the last, who gets minus their sum (a zero-sum game). */
    ZERO_SUM,
    /** Integers in {-1, 0, 1} for every player but the last, who gets minus their sum: zero-sum with ties. */
    TIED_ZERO_SUM
  }

  /**
   * A kind of random game.
   *
   * @param strategyCounts each player's number of actions
   * @param payoffs how the payoffs are drawn
   */
  public record Shape(int[] strategyCounts, Payoffs payoffs) {

    public Shape {
      strategyCounts = strategyCounts.clone();
      Objects.requireNonNull(payoffs, "payoffs");
    }

    @Override
    public String toString() {
      StringBuilder text = new StringBuilder();
      for (int count : strategyCounts) {
        text.append(text.length() == 0 ? "" : "x").append(count);
      }
      return text + " " + payoffs.name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * The outcome of one check.
   *
   * @param relabelling the symmetry checked
   * @param cases games tried
   * @param applicable games the solver accepted
   * @param counterexample the first game and permutation where the outputs differ, or null
   */
  public record Verdict(Relabelling relabelling, int cases, int applicable, String counterexample) {

    /** True when no counterexample was found. */
    public boolean equivariant() {
      return counterexample == null;
    }
  }

  private static final long PAYOFF_BOUND = 1_000_000L;

  private final long seed;
  private final int casesPerShape;
  private final double tolerance;
  private final List<Shape> shapes;

  private SolverEquivariance(long seed, int casesPerShape, double tolerance, List<Shape> shapes) {
    if (casesPerShape < 1) {
      throw new IllegalArgumentException("cases per shape must be >= 1, got " + casesPerShape);
    }
    if (!(tolerance >= 0.0)) {
      throw new IllegalArgumentException("tolerance must be >= 0, got " + tolerance);
    }
    if (shapes.isEmpty()) {
      throw new IllegalArgumentException("no game shapes to try");
    }
    this.seed = seed;
    this.casesPerShape = casesPerShape;
    this.tolerance = tolerance;
    this.shapes = List.copyOf(shapes);
  }

  /**
   * A check over {@code casesPerShape} games of every shape; game and permutation of case {@code i}
   * come from {@link SeededCases#caseSeed(long, int)} of {@code seed}.
   *
   * @param tolerance largest difference allowed between floating-point probabilities
   */
  public static SolverEquivariance of(long seed, int casesPerShape, double tolerance, List<Shape> shapes) {
    return new SolverEquivariance(seed, casesPerShape, tolerance, shapes);
  }

  /** Checks {@code solver} under {@code relabelling} and returns the verdict with its first counterexample. */
  public Verdict check(Function<NormalFormGame, SolverOutput> solver, Relabelling relabelling) {
    int cases = 0;
    int applicable = 0;
    for (int s = 0; s < shapes.size(); s++) {
      Shape shape = shapes.get(s);
      if (relabelling == Relabelling.PLAYERS && shape.strategyCounts().length < 2) {
        continue;
      }
      for (int c = 0; c < casesPerShape; c++) {
        long caseSeed = SeededCases.caseSeed(seed, s * casesPerShape + c);
        SplittableRandom random = new SplittableRandom(caseSeed);
        NormalFormGame game = randomGame(shape.strategyCounts(), shape.payoffs(), random);
        GamePermutation permutation = relabelling == Relabelling.PLAYERS
            ? GamePermutation.randomPlayers(shape.strategyCounts(), random)
            : GamePermutation.randomActions(shape.strategyCounts(), random);
        cases++;
        String where = "game " + shape + " (case seed " + caseSeed + "), permutation " + permutation + ": ";
        SolverOutput original = solveOrNull(solver, game);
        SolverOutput relabelled = solveOrNull(solver, permutation.apply(game));
        if (original == null && relabelled == null) {
          continue;
        }
        if (original == null || relabelled == null) {
          return new Verdict(relabelling, cases, applicable, where + "the solver refused "
              + (original == null ? "the original game" : "the permuted game") + " only");
        }
        applicable++;
        String difference = difference(permute(permutation, game, original), relabelled, tolerance);
        if (difference != null) {
          return new Verdict(relabelling, cases, applicable, where + difference);
        }
      }
    }
    return new Verdict(relabelling, cases, applicable, null);
  }

  /** The image of {@code output}, computed on {@code game}, under {@code permutation}. */
  public static SolverOutput permute(GamePermutation permutation, NormalFormGame game, SolverOutput output) {
    List<Rational[][]> exact = new ArrayList<>();
    for (Rational[][] profile : output.exactProfiles()) {
      exact.add(permutation.mapProfile(profile));
    }
    List<double[][]> approximate = new ArrayList<>();
    for (double[][] profile : output.approximateProfiles()) {
      approximate.add(permutation.mapProfile(profile));
    }
    double[] distribution = output.distribution() == null ? null
        : permutation.mapDistribution(game, output.distribution());
    return new SolverOutput(exact, approximate, distribution);
  }

  /**
   * Why {@code actual} is not {@code expected} (exact profiles exactly, others within {@code tolerance},
   * profile lists as multisets), or null when it is.
   */
  public static String difference(SolverOutput expected, SolverOutput actual, double tolerance) {
    if (expected.exactProfiles().size() != actual.exactProfiles().size()
        || expected.approximateProfiles().size() != actual.approximateProfiles().size()) {
      return "expected " + expected + " but the permuted game gave " + actual;
    }
    boolean[] usedExact = new boolean[actual.exactProfiles().size()];
    for (Rational[][] profile : expected.exactProfiles()) {
      if (!claim(usedExact, index -> Arrays.deepEquals(profile, actual.exactProfiles().get(index)))) {
        return "exact profile " + Arrays.deepToString(profile) + " expected but the permuted game gave " + actual;
      }
    }
    boolean[] usedApproximate = new boolean[actual.approximateProfiles().size()];
    for (double[][] profile : expected.approximateProfiles()) {
      if (!claim(usedApproximate, index -> distance(profile, actual.approximateProfiles().get(index)) <= tolerance)) {
        return "profile " + Arrays.deepToString(profile) + " expected but the permuted game gave " + actual;
      }
    }
    if ((expected.distribution() == null) != (actual.distribution() == null)) {
      return "expected " + expected + " but the permuted game gave " + actual;
    }
    if (expected.distribution() != null) {
      double gap = maxDifference(expected.distribution(), actual.distribution());
      if (gap > tolerance) {
        return "distributions differ by " + gap + ": expected " + Arrays.toString(expected.distribution())
            + " but the permuted game gave " + Arrays.toString(actual.distribution());
      }
    }
    return null;
  }

  /**
   * A game of the given shape with payoffs drawn from {@code random}; players are named {@code p0, p1, ...}
   * and player p's actions {@code p<p>a0, p<p>a1, ...}, names that identify them after relabelling.
   */
  public static NormalFormGame randomGame(int[] strategyCounts, Payoffs payoffs, SplittableRandom random) {
    int n = strategyCounts.length;
    String[] playerNames = new String[n];
    String[][] strategyNames = new String[n][];
    int profiles = 1;
    for (int p = 0; p < n; p++) {
      playerNames[p] = "p" + p;
      strategyNames[p] = new String[strategyCounts[p]];
      for (int a = 0; a < strategyCounts[p]; a++) {
        strategyNames[p][a] = "p" + p + "a" + a;
      }
      profiles *= strategyCounts[p];
    }
    Rational[] values = new Rational[n * profiles];
    for (int k = 0; k < profiles; k++) {
      long sum = 0;
      for (int p = 0; p < n; p++) {
        long value;
        boolean zeroSum = payoffs == Payoffs.ZERO_SUM || payoffs == Payoffs.TIED_ZERO_SUM;
        if (zeroSum && p == n - 1) {
          value = -sum;
        } else if (payoffs == Payoffs.TIED) {
          value = random.nextInt(3);
        } else if (payoffs == Payoffs.TIED_ZERO_SUM) {
          value = random.nextInt(3) - 1;
        } else {
          value = random.nextLong(-PAYOFF_BOUND, PAYOFF_BOUND + 1);
        }
        sum += value;
        values[p * profiles + k] = Rational.of(value);
      }
    }
    return NormalFormGame.exact(GameParameters.none("equivariance"), "", playerNames, strategyNames, values);
  }

  private static SolverOutput solveOrNull(Function<NormalFormGame, SolverOutput> solver, NormalFormGame game) {
    try {
      return Objects.requireNonNull(solver.apply(game), "the solver returned null");
    } catch (IllegalArgumentException refused) {
      return null;
    }
  }

  /** Marks and returns true for the first unused index that matches. */
  private static boolean claim(boolean[] used, java.util.function.IntPredicate matches) {
    for (int index = 0; index < used.length; index++) {
      if (!used[index] && matches.test(index)) {
        used[index] = true;
        return true;
      }
    }
    return false;
  }

  private static double distance(double[][] a, double[][] b) {
    if (a.length != b.length) {
      return Double.POSITIVE_INFINITY;
    }
    double distance = 0.0;
    for (int p = 0; p < a.length; p++) {
      distance = Math.max(distance, maxDifference(a[p], b[p]));
    }
    return distance;
  }

  private static double maxDifference(double[] a, double[] b) {
    if (a.length != b.length) {
      return Double.POSITIVE_INFINITY;
    }
    double gap = 0.0;
    for (int i = 0; i < a.length; i++) {
      gap = Math.max(gap, Math.abs(a[i] - b[i]));
    }
    return gap;
  }
}

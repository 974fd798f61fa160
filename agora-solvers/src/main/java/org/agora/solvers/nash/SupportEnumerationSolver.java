package org.agora.solvers.nash;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.agora.core.Rational;
import org.agora.core.job.ProgressMeter;
import org.agora.core.normalform.NormalFormGame;
import org.agora.solvers.ExactMixedProfile;
import org.agora.solvers.MixedProfile;
import org.agora.solvers.nash.support.DoubleIndifferenceSystem.DoubleSideSolution;
import org.agora.solvers.nash.support.DoubleIndifferenceSystem;
import org.agora.solvers.nash.support.ExactIndifferenceSystem;
import org.agora.solvers.nash.support.ExactSideSolution;
import org.agora.solvers.nash.support.IncrementalRowFilter;
import org.agora.solvers.nash.support.SupportMasks;
import org.agora.solvers.nash.support.SupportPairSearch;

/**
 * Nash equilibria of a two-player (bimatrix) game by support enumeration.
 *
 * <p>For every pair of supports (I, J) of equal size it solves the indifference equations: the row
 * player's mixture on I must make every column in J pay the column player the same value v, and the
 * column player's mixture on J must make every row in I pay the row player the same value u. A
 * solution with nonnegative probabilities and no pure strategy outside the supports paying more is a
 * Nash equilibrium. Before solving, columns strictly dominated given I and rows strictly dominated
 * given J are pruned (the conditional dominance test of Porter, Nudelman and Shoham).
 *
 * <p>References: J. Dickhaut and T. Kaplan, "A program for finding Nash equilibria", <i>The
 * Mathematica Journal</i> 1(4), 1991; R. Porter, E. Nudelman and Y. Shoham, "Simple search methods
 * for finding a Nash equilibrium", <i>Games and Economic Behavior</i> 63(2), 2008.
 *
 * <p>Exact mode ({@link #solve}) works on the rational payoffs scaled to integers, with fraction-free
 * (Bareiss) elimination in {@code long} arithmetic, falling back to {@code BigInteger} on overflow.
 * Floating-point mode ({@link #solveDouble}) uses partial pivoting and a tolerance of {@code 1e-9}
 * times the largest absolute payoff.
 *
 * <p>Departure (speed): by default the exact mode first solves each side in floating point and skips
 * the pair without exact arithmetic only when that solve is well conditioned (payoffs scaled into
 * [-1, 1], every pivot at least {@code 1e-6}) and fails by more than {@code 1e-6} (a negative
 * probability, a better outside reply or an inconsistent surplus equation). Every reported
 * equilibrium is still verified exactly; the prefilter could only drop an equilibrium of a system so
 * ill-conditioned that double-precision errors exceed {@code 1e-6} with pivots above {@code 1e-6},
 * which partial pivoting makes implausible. Pass {@code prefilter = false} to decide every pair exactly
 * (about 5 to 15 times slower on 10 x 10 games with two-digit payoffs).
 *
 * <p>Completeness. In a nondegenerate game every equilibrium has supports of equal size that determine
 * it uniquely, so the default mode finds all of them (finitely many, an odd number). In a degenerate
 * game the default mode returns only the equilibria whose equal-size supports determine them uniquely
 * and can miss others, including whole components. With {@code includeDegenerate} the solver instead
 * enumerates, for each player separately, every mixture determined by its support and an equal-size set
 * of the opponent's strategies it equalises (the vertices of the best-response polytope; supports of
 * unequal sizes arise this way), and pairs mixtures that are best responses to each other: this finds
 * every extreme equilibrium, but a component that is a segment or polytope is reported only through
 * its vertices.
 *
 * <p>Complexity: up to {@code sum_k C(m,k) C(n,k) = C(m+n, m)} support pairs (fewer after pruning),
 * each an {@code O(k^3)} elimination and an {@code O((m+n) k)} check. Strategy counts are limited to
 * {@value SupportMasks#MAX_STRATEGIES} per player (supports are bit masks), far beyond what the
 * enumeration can finish.
 *
 * <p>Output: distinct equilibria. Default mode: ordered by support size, then by row support
 * (bit-mask order) and column support (lexicographic). Degenerate mode: by the row player's mixture (in the order its
 * support and equalised set were first met), then the column player's.
 */
public final class SupportEnumerationSolver {

  /** Relative tolerance of the floating-point mode. */
  public static final double TOLERANCE = 1e-9;

  private final boolean includeDegenerate;
  private final boolean prefilter;
  private final ProgressMeter meter;

  /** Equal-size supports only (complete for nondegenerate games), with the floating-point prefilter. */
  public SupportEnumerationSolver() {
    this(false);
  }

  /**
   * @param includeDegenerate also find extreme equilibria whose supports have unequal sizes or do not
   *     determine them (see the class comment); slower
   */
  public SupportEnumerationSolver(boolean includeDegenerate) {
    this(includeDegenerate, true);
  }

  /**
   * @param includeDegenerate see {@link #SupportEnumerationSolver(boolean)}
   * @param prefilter let the exact mode skip support pairs that a well-conditioned floating-point
   *     solve rejects by a wide margin (see the class comment); {@code false} decides every pair in
   *     exact arithmetic
   */
  public SupportEnumerationSolver(boolean includeDegenerate, boolean prefilter) {
    this(includeDegenerate, prefilter, ProgressMeter.none());
  }

  /**
   * As {@link #SupportEnumerationSolver(boolean, boolean)}, counting the support pairs tried on
   * {@code meter}, which is polled for cancellation before each.
   */
  public SupportEnumerationSolver(boolean includeDegenerate, boolean prefilter, ProgressMeter meter) {
    this.includeDegenerate = includeDegenerate;
    this.prefilter = prefilter;
    this.meter = java.util.Objects.requireNonNull(meter, "meter");
  }

  /** Whether degenerate (unequal or non-determining) supports are searched. */
  public boolean includesDegenerate() {
    return includeDegenerate;
  }

  /** The Nash equilibria found, exactly. */
  public List<ExactMixedProfile> solve(NormalFormGame game) {
    checkTwoPlayers(game);
    int rows = game.strategyCount(0);
    int columns = game.strategyCount(1);
    BigInteger[][] rowPayoffs = scaledIntegers(game, 0);
    BigInteger[][] columnPayoffs = scaledIntegers(game, 1);
    BigInteger[][] columnPayoffsTransposed = new BigInteger[columns][rows];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < columns; j++) {
        columnPayoffsTransposed[j][i] = columnPayoffs[i][j];
      }
    }
    ExactIndifferenceSystem rowSystem = new ExactIndifferenceSystem(columnPayoffsTransposed);
    ExactIndifferenceSystem columnSystem = new ExactIndifferenceSystem(rowPayoffs);
    SupportPairSearch.Side<ExactSideSolution> rowSide = exactSide(rowSystem,
        prefilter ? new DoubleIndifferenceSystem(doubles(columnPayoffsTransposed), TOLERANCE) : null);
    SupportPairSearch.Side<ExactSideSolution> columnSide = exactSide(columnSystem,
        prefilter ? new DoubleIndifferenceSystem(doubles(rowPayoffs), TOLERANCE) : null);
    SupportPairSearch<ExactSideSolution> search = new SupportPairSearch<>(rows, columns,
        SupportMasks.improvementMasks(rows, columns, (i, k, j) -> rowPayoffs[k][j].compareTo(rowPayoffs[i][j]) > 0),
        SupportMasks.improvementMasks(columns, rows, (j, k, i) -> columnPayoffs[i][k].compareTo(columnPayoffs[i][j]) > 0),
        rowSide, columnSide, prefilter ? new IncrementalRowFilter(doubles(columnPayoffsTransposed)) : null, meter);
    List<SupportPairSearch.Pair<ExactSideSolution>> pairs = includeDegenerate
        ? search.extremePairs(solution -> Arrays.asList(solution.probabilities()))
        : search.equalSizePairs();
    Set<ExactMixedProfile> equilibria = new LinkedHashSet<>();
    for (SupportPairSearch.Pair<ExactSideSolution> pair : pairs) {
      equilibria.add(ExactMixedProfile.of(pair.row().probabilities(), pair.column().probabilities()));
    }
    return List.copyOf(equilibria);
  }

  /** The Nash equilibria found in floating point (same search, tolerance {@link #TOLERANCE}). */
  public List<MixedProfile> solveDouble(NormalFormGame game) {
    checkTwoPlayers(game);
    int rows = game.strategyCount(0);
    int columns = game.strategyCount(1);
    double[][] rowPayoffs = new double[rows][columns];
    double[][] columnPayoffsTransposed = new double[columns][rows];
    double scale = 1.0;
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < columns; j++) {
        rowPayoffs[i][j] = game.payoff(0, i * columns + j);
        columnPayoffsTransposed[j][i] = game.payoff(1, i * columns + j);
        scale = Math.max(scale, Math.max(Math.abs(rowPayoffs[i][j]), Math.abs(columnPayoffsTransposed[j][i])));
      }
    }
    double margin = TOLERANCE * scale;
    SupportPairSearch.Side<DoubleSideSolution> rowSide = doubleSide(new DoubleIndifferenceSystem(columnPayoffsTransposed, TOLERANCE));
    SupportPairSearch.Side<DoubleSideSolution> columnSide = doubleSide(new DoubleIndifferenceSystem(rowPayoffs, TOLERANCE));
    SupportPairSearch<DoubleSideSolution> search = new SupportPairSearch<>(rows, columns,
        SupportMasks.improvementMasks(rows, columns, (i, k, j) -> rowPayoffs[k][j] > rowPayoffs[i][j] + margin),
        SupportMasks.improvementMasks(columns, rows,
            (j, k, i) -> columnPayoffsTransposed[k][i] > columnPayoffsTransposed[j][i] + margin),
        rowSide, columnSide, new IncrementalRowFilter(columnPayoffsTransposed), meter);
    List<SupportPairSearch.Pair<DoubleSideSolution>> pairs = includeDegenerate
        ? search.extremePairs(solution -> roundedKey(solution.probabilities()))
        : search.equalSizePairs();
    List<MixedProfile> equilibria = new ArrayList<>();
    for (SupportPairSearch.Pair<DoubleSideSolution> pair : pairs) {
      MixedProfile profile = MixedProfile.of(pair.row().probabilities(), pair.column().probabilities());
      if (equilibria.stream().noneMatch(known -> known.isCloseTo(profile, 1e-7))) {
        equilibria.add(profile);
      }
    }
    return equilibria;
  }

  private static void checkTwoPlayers(NormalFormGame game) {
    if (game.playerCount() != 2) {
      throw new IllegalArgumentException("support enumeration needs a two-player game; this game has "
          + game.playerCount() + " players");
    }
    for (int p = 0; p < 2; p++) {
      if (game.strategyCount(p) > SupportMasks.MAX_STRATEGIES) {
        throw new IllegalArgumentException("support enumeration handles at most " + SupportMasks.MAX_STRATEGIES
            + " strategies per player; player " + p + " has " + game.strategyCount(p));
      }
    }
  }

  /** Player p's payoff matrix {@code [row][column]} times the least common denominator of its entries. */
  private static BigInteger[][] scaledIntegers(NormalFormGame game, int player) {
    int rows = game.strategyCount(0);
    int columns = game.strategyCount(1);
    BigInteger scale = BigInteger.ONE;
    for (int profile = 0; profile < rows * columns; profile++) {
      BigInteger denominator = game.exactPayoff(player, profile).denominator();
      scale = scale.divide(scale.gcd(denominator)).multiply(denominator);
    }
    BigInteger[][] scaled = new BigInteger[rows][columns];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < columns; j++) {
        Rational value = game.exactPayoff(player, i * columns + j);
        scaled[i][j] = value.numerator().multiply(scale.divide(value.denominator()));
      }
    }
    return scaled;
  }

  private static double[][] doubles(BigInteger[][] integers) {
    double[][] values = new double[integers.length][];
    for (int r = 0; r < integers.length; r++) {
      values[r] = new double[integers[r].length];
      for (int c = 0; c < values[r].length; c++) {
        values[r][c] = integers[r][c].doubleValue();
      }
    }
    return values;
  }

  private static SupportPairSearch.Side<ExactSideSolution> exactSide(ExactIndifferenceSystem system,
      DoubleIndifferenceSystem filter) {
    return new SupportPairSearch.Side<>() {
      @Override
      public ExactSideSolution solve(long unknowns, long equations) {
        if (filter != null && filter.clearlyFails(unknowns, equations)) {
          return null;
        }
        return system.solve(unknowns, equations);
      }

      @Override
      public long support(ExactSideSolution solution) {
        return solution.support();
      }

      @Override
      public long bestResponses(ExactSideSolution solution) {
        return solution.bestResponses();
      }
    };
  }

  private static SupportPairSearch.Side<DoubleSideSolution> doubleSide(DoubleIndifferenceSystem system) {
    return new SupportPairSearch.Side<>() {
      @Override
      public DoubleSideSolution solve(long unknowns, long equations) {
        return system.solve(unknowns, equations);
      }

      @Override
      public long support(DoubleSideSolution solution) {
        return solution.support();
      }

      @Override
      public long bestResponses(DoubleSideSolution solution) {
        return solution.bestResponses();
      }
    };
  }

  private static Object roundedKey(double[] probabilities) {
    long[] key = new long[probabilities.length];
    for (int s = 0; s < key.length; s++) {
      key[s] = Math.round(probabilities[s] * 1e7);
    }
    return Arrays.toString(key);
  }
}

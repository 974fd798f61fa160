package org.agora.solvers.nash;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.agora.core.normalform.NormalFormGame;
import org.agora.solvers.MixedProfile;
import org.agora.solvers.measures.ProfileMeasures;
import org.agora.solvers.nash.approximate.GridPoints;
import org.agora.solvers.nash.approximate.ProjectionLabelling;
import org.agora.solvers.nash.approximate.SupportNewtonPolish;
import org.agora.solvers.nash.approximate.VariableDimensionPath;

/**
 * An approximate Nash equilibrium of an N-player normal-form game by simplicial subdivision with
 * restarts and grid refinement.
 *
 * <p>Each round runs the variable-dimension algorithm of van der Laan and Talman on the product of
 * the players' strategy simplices ({@link VariableDimensionPath}; G. van der Laan and A. J. J.
 * Talman, "On the computation of fixed points in the product space of unit simplices and an
 * application to noncooperative N person games", Mathematics of Operations Research 7, 1982), on
 * the grid of mesh {@code 1/grid}, with the integer labelling of the Gul-Pearce-Stacchetti
 * projection map ({@link ProjectionLabelling}). The round ends in a small simplex carrying all
 * labels of one player, whose vertices are approximate fixed points; the vertex with the lowest
 * NashConv becomes the start of the next round on a grid twice as fine (the restart idea of van der Laan, Talman and van der
 * Heyden, "Simplicial variable dimension algorithms for solving the nonlinear complementarity
 * problem on a product of unit simplices using a general labelling", Mathematics of Operations
 * Research 12, 1987, which Gambit's simpdiv also follows). After each round the best vertex is
 * also polished by Newton's method on the indifference equations of a few supports guessed from it
 * (by probability and by payoff gap to the best reply; {@link SupportNewtonPolish}). Rounds stop
 * once NashConv is at most {@code precision}, after {@code refinements} refinements, or when a
 * round exceeds its pivot budget; the profile with the lowest NashConv seen (a vertex or a
 * polished point) is returned. The first round starts from the centroid (or a given profile)
 * rounded to the grid, so the result is deterministic.
 *
 * <p>Cost: each pivot evaluates one label, {@code O(profiles * players^2)}; the number of pivots of
 * the first round is exponential in the worst case, and restarts from a near-equilibrium point
 * usually need few pivots. NashConv at the best vertex shrinks roughly linearly with the mesh;
 * each polish costs a few Newton steps per candidate support and usually ends the search within a
 * few rounds. Without the polish, games with large supports (say 6 strategies each in a 10x10
 * game) can need millions of pivots per round at fine grids; the pivot budget bounds that.
 *
 * <p>Departures: integer labels from the projection map instead of the 1987 paper's vector labels
 * (simpler); the Newton polish is an addition; the grid is the same for every player
 * and doubles on each refinement.
 */
public final class SimplicialSubdivisionSolver {

  private static final double[] POLISH_THRESHOLDS = {1e-2, 1e-3, 3e-2, 1e-4, 0.1, 1e-6, 0.3};

  private final int initialGrid;
  private final int refinements;
  private final double precision;
  private final long maxPivotsPerRound;
  private final boolean polish;

  /** Initial grid 8 (mesh 1/8), at most 40 refinements, precision 1e-6. */
  public SimplicialSubdivisionSolver() {
    this(8, 40, 1e-6);
  }

  /**
   * @param initialGrid subdivisions of each simplex edge in the first round (at least 1)
   * @param refinements largest number of grid doublings after the first round (0 up to the count
   *     that keeps {@code initialGrid * 2^refinements} below {@code 2^62})
   * @param precision stop once NashConv is at most this (non-negative)
   */
  public SimplicialSubdivisionSolver(int initialGrid, int refinements, double precision) {
    this(initialGrid, refinements, precision, 2_000_000L);
  }

  /** As {@link #SimplicialSubdivisionSolver(int, int, double)} with a pivot budget per round. */
  public SimplicialSubdivisionSolver(int initialGrid, int refinements, double precision, long maxPivotsPerRound) {
    this(initialGrid, refinements, precision, maxPivotsPerRound, true);
  }

  /**
   * All parameters.
   *
   * @param maxPivotsPerRound pivot budget of one round; a round that exceeds it ends the search
   * @param polish whether to try the Newton polish after each round (false: grid vertices only)
   */
  public SimplicialSubdivisionSolver(int initialGrid, int refinements, double precision, long maxPivotsPerRound,
      boolean polish) {
    if (initialGrid < 1) {
      throw new IllegalArgumentException("initialGrid must be at least 1, got " + initialGrid);
    }
    int maxRefinements = Long.numberOfLeadingZeros(initialGrid) - 2;
    if (refinements < 0 || refinements > maxRefinements) {
      throw new IllegalArgumentException("refinements must be in [0, " + maxRefinements + "] for initial grid "
          + initialGrid + " (the finest grid must fit in a long), got " + refinements);
    }
    if (!(precision >= 0.0)) {
      throw new IllegalArgumentException("precision must be non-negative, got " + precision);
    }
    if (maxPivotsPerRound < 1) {
      throw new IllegalArgumentException("maxPivotsPerRound must be positive, got " + maxPivotsPerRound);
    }
    this.initialGrid = initialGrid;
    this.refinements = refinements;
    this.precision = precision;
    this.maxPivotsPerRound = maxPivotsPerRound;
    this.polish = polish;
  }

  /** An approximate equilibrium from the centroid. */
  public MixedProfile solve(NormalFormGame game) {
    return solve(game, MixedProfile.uniform(game));
  }

  /**
   * An approximate equilibrium, the first round starting from {@code start} rounded to the grid.
   *
   * @throws IllegalArgumentException if {@code start} does not fit the game
   */
  public MixedProfile solve(NormalFormGame game, MixedProfile start) {
    int[] strategyCounts = game.strategyCounts();
    if (start.playerCount() != strategyCounts.length) {
      throw new IllegalArgumentException("start profile has " + start.playerCount() + " players, the game "
          + strategyCounts.length);
    }
    double[][] distributions = new double[strategyCounts.length][];
    for (int p = 0; p < strategyCounts.length; p++) {
      if (start.strategyCount(p) != strategyCounts[p]) {
        throw new IllegalArgumentException("start profile gives player " + p + " " + start.strategyCount(p)
            + " strategies, the game " + strategyCounts[p]);
      }
      distributions[p] = start.strategy(p);
    }
    SupportNewtonPolish polisher = polish ? new SupportNewtonPolish(game) : null;
    VariableDimensionPath path = new VariableDimensionPath(new ProjectionLabelling(game), strategyCounts);
    long grid = initialGrid;
    long[] point = GridPoints.round(distributions, grid);
    MixedProfile best = profile(point, grid, strategyCounts);
    double bestNashConv = ProfileMeasures.nashConv(game, best);
    for (int round = 0; round <= refinements && bestNashConv > precision; round++) {
      Optional<List<long[]>> terminal = path.run(point, grid, maxPivotsPerRound);
      if (terminal.isEmpty()) {
        break;
      }
      List<long[]> simplex = terminal.get();
      long[] roundBest = null;
      double roundBestNashConv = Double.POSITIVE_INFINITY;
      for (long[] vertex : simplex) {
        double nashConv = ProfileMeasures.nashConv(game, profile(vertex, grid, strategyCounts));
        if (nashConv < roundBestNashConv) {
          roundBestNashConv = nashConv;
          roundBest = vertex;
        }
      }
      if (roundBestNashConv < bestNashConv) {
        bestNashConv = roundBestNashConv;
        best = profile(roundBest, grid, strategyCounts);
      }
      MixedProfile polished = polisher == null ? null
          : polish(game, polisher, GridPoints.toStrategies(roundBest, grid, strategyCounts));
      if (polished != null) {
        double nashConv = ProfileMeasures.nashConv(game, polished);
        if (nashConv < bestNashConv) {
          bestNashConv = nashConv;
          best = polished;
        }
      }
      point = new long[roundBest.length];
      for (int i = 0; i < point.length; i++) {
        point[i] = 2 * roundBest[i];
      }
      grid *= 2;
    }
    return best;
  }

  /**
   * The best of the Newton polishes on candidate supports guessed from {@code approximation}:
   * strategies with probability at least a threshold, strategies whose payoff is within a fraction
   * of the payoff range of the best reply, and strategies meeting both; or null.
   */
  private MixedProfile polish(NormalFormGame game, SupportNewtonPolish polisher, double[][] approximation) {
    MixedProfile approximate = MixedProfile.of(approximation);
    double[][] gaps = new double[game.playerCount()][];
    for (int p = 0; p < gaps.length; p++) {
      double[] deviation = ProfileMeasures.deviationPayoffs(game, approximate, p);
      double best = Double.NEGATIVE_INFINITY;
      for (double value : deviation) {
        best = Math.max(best, value);
      }
      gaps[p] = new double[deviation.length];
      for (int j = 0; j < deviation.length; j++) {
        gaps[p][j] = best - deviation[j];
      }
    }
    double range = Math.max(game.maxUtility() - game.minUtility(), Double.MIN_NORMAL);
    Set<String> tried = new HashSet<>();
    MixedProfile best = null;
    double bestNashConv = Double.POSITIVE_INFINITY;
    for (double threshold : POLISH_THRESHOLDS) {
      for (int rule = 0; rule < 3; rule++) {
        boolean[][] support = new boolean[gaps.length][];
        for (int p = 0; p < gaps.length; p++) {
          support[p] = new boolean[gaps[p].length];
          boolean any = false;
          for (int j = 0; j < gaps[p].length; j++) {
            boolean likely = approximation[p][j] >= threshold;
            boolean nearBest = gaps[p][j] <= threshold * range;
            support[p][j] = rule == 0 ? likely : rule == 1 ? nearBest : likely && nearBest;
            any |= support[p][j];
          }
          if (!any) {
            support[p][argmin(gaps[p])] = true;
          }
        }
        if (!tried.add(Arrays.deepToString(support))) {
          continue;
        }
        double[][] polished = polisher.polish(approximation, support);
        if (polished == null) {
          continue;
        }
        MixedProfile candidate = MixedProfile.of(polished);
        double nashConv = ProfileMeasures.nashConv(game, candidate);
        if (nashConv < bestNashConv) {
          bestNashConv = nashConv;
          best = candidate;
        }
        if (nashConv <= precision) {
          return best;
        }
      }
    }
    return best;
  }

  private static int argmin(double[] values) {
    int best = 0;
    for (int i = 1; i < values.length; i++) {
      if (values[i] < values[best]) {
        best = i;
      }
    }
    return best;
  }

  private static MixedProfile profile(long[] counts, long grid, int[] strategyCounts) {
    return MixedProfile.of(GridPoints.toStrategies(counts, grid, strategyCounts));
  }
}

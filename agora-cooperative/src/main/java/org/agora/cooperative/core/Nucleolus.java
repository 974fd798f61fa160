package org.agora.cooperative.core;

import java.util.Arrays;
import org.agora.cooperative.CoalitionGame;

/**
 * The nucleolus (Schmeidler, "The nucleolus of a characteristic function game", SIAM Journal on
 * Applied Mathematics 17, 1969) and the prenucleolus: the payoff vector that lexicographically
 * minimises the excesses {@code e(S, x) = v(S) - x(S)} sorted in decreasing order, over the imputations
 * ({@code x(N) = v(N)}, {@code x_i >= v(i)}) or, for the prenucleolus, over all efficient vectors.
 *
 * <p>Computed by the sequence of linear programs of Kopelowitz ("Computation of the kernels of simple
 * games and the nucleolus of n-person games", RM 31, Hebrew University, 1967) as laid out by Maschler,
 * Peleg and Shapley (Mathematics of Operations Research 4, 1979): stage k minimises the largest excess
 * eps_k of the free coalitions with the coalitions fixed earlier held at their excesses; the
 * coalitions whose excess equals eps_k at <em>every</em> optimum are then fixed at eps_k. Which those are
 * is decided by second LPs, not by the dual: with eps capped at eps_k, maximise the summed slack of the
 * candidates (the coalitions tight at the stage optimum, and for imputations the players held at
 * v(i)); any candidate slack at that optimum is not always tight and leaves the candidate set; repeat
 * until the LP leaves every remaining candidate tight, when all of them are tight at every optimum
 * (a point slack for each of them separately would, averaged, make the sum positive). A free
 * coalition whose indicator lies in the span of the fixed ones (exact rank, {@link CoalitionSpan})
 * has a constant excess from then on and is dropped; the sequence ends when that span is {@code R^n},
 * after at most n stages.
 *
 * <p>Doubles, not exact rationals: each LP is solved by ojAlgo on the game scaled to largest |v(S)| = 1
 * and checked row by row ({@link ExcessLinearProgram}); a coalition counts as tight when its slack is
 * at most {@link #TIGHTNESS} on that scale. Each LP has up to {@code 2^n} rows, generated lazily
 * (only the rows an answer breaks enter the model; every round checks all coalitions), so n is limited
 * to {@link #MAX_PLAYERS}: about 0.1 s at n = 12 and 1 s at n = 14 on random games (one run, 2 cores).
 */
public final class Nucleolus {

  /** The largest player count. */
  public static final int MAX_PLAYERS = 14;

  /** The slack (relative to the largest |v(S)|) up to which a coalition counts as tight. */
  public static final double TIGHTNESS = 1e-6;

  /** How far the stage's eps may be exceeded in the tightness LPs (ojAlgo's eps is not exact). */
  private static final double CAP_MARGIN = 1e-9;

  private Nucleolus() {}

  /**
   * The nucleolus over the imputation set.
   *
   * @throws IllegalArgumentException if n is outside [1, 14], a value is not finite or the game has no
   *     imputation ({@code sum v(i) > v(N)})
   */
  public static NucleolusSolution nucleolus(CoalitionGame game) {
    return solve(game, true);
  }

  /**
   * The prenucleolus, over all efficient vectors; it equals the nucleolus when the core is non-empty.
   *
   * @throws IllegalArgumentException if n is outside [1, 14] or a value is not finite
   */
  public static NucleolusSolution prenucleolus(CoalitionGame game) {
    return solve(game, false);
  }

  private static NucleolusSolution solve(CoalitionGame game, boolean imputations) {
    String concept = imputations ? "nucleolus" : "prenucleolus";
    double[] values = CoalitionTable.read(game, concept, MAX_PLAYERS);
    int players = game.playerCount();
    int grand = (1 << players) - 1;
    if (players == 1) {
      return new NucleolusSolution(new double[] {values[1]}, new double[0], 0);
    }
    double scale = CoalitionTable.scale(values);
    double[] scaled = new double[values.length];
    for (int k = 0; k < values.length; k++) {
      scaled[k] = values[k] / scale;
    }
    if (imputations && !ExcessLinearProgram.hasImputations(scaled, players)) {
      throw new IllegalArgumentException("the nucleolus needs an imputation, but the singletons' values sum to more than v(N) = "
          + values[grand] + " in " + game.describe() + " (the prenucleolus exists)");
    }
    ExcessLinearProgram program = new ExcessLinearProgram(scaled, players, imputations);
    CoalitionSpan span = new CoalitionSpan(players);
    span.add(grand);
    int[] free = new int[grand - 1];
    int freeCount = free.length;
    for (int k = 0; k < freeCount; k++) {
      free[k] = k + 1;
    }
    int[] fixed = new int[players + grand];
    double[] fixedExcess = new double[fixed.length];
    int fixedCount = 0;
    boolean[] atLowerBound = new boolean[players];
    double[] levels = new double[players];
    int stages = 0;
    int programs = 0;
    double[] payoffs = null;
    int[] candidates = new int[grand + players];
    while (span.rank() < players) {
      ExcessLinearProgram.Point point = program.minimiseLargestExcess(free, freeCount, fixed, fixedExcess, fixedCount);
      programs++;
      double epsilon = point.epsilon();
      payoffs = point.payoffs();
      // candidates: free coalitions tight at this optimum, then (imputations) players held at v(i)
      int coalitionCount = 0;
      for (int k = 0; k < freeCount; k++) {
        if (epsilon - excess(scaled, payoffs, free[k]) <= TIGHTNESS) {
          candidates[coalitionCount++] = free[k];
        }
      }
      int candidateCount = coalitionCount;
      if (imputations) {
        for (int i = 0; i < players; i++) {
          if (!atLowerBound[i] && payoffs[i] - scaled[1 << i] <= TIGHTNESS) {
            candidates[candidateCount++] = ~(1 << i);
          }
        }
      }
      double cap = epsilon + CAP_MARGIN;
      while (candidateCount > 0) {
        int[] objective = new int[candidateCount];
        for (int k = 0; k < candidateCount; k++) {
          objective[k] = candidates[k] < 0 ? ~candidates[k] : candidates[k];
        }
        double[] spread = program.maximiseSlack(cap, free, freeCount, fixed, fixedExcess, fixedCount, objective,
            candidateCount);
        programs++;
        int kept = 0;
        for (int k = 0; k < candidateCount; k++) {
          int candidate = candidates[k];
          double slack = candidate < 0 ? spread[Integer.numberOfTrailingZeros(~candidate)] - scaled[~candidate]
              : epsilon - excess(scaled, spread, candidate);
          if (slack <= TIGHTNESS) {
            candidates[kept++] = candidate;
          }
        }
        if (kept == candidateCount) {
          break;
        }
        candidateCount = kept;
      }
      boolean grew = false;
      for (int k = 0; k < candidateCount; k++) {
        int candidate = candidates[k];
        if (candidate < 0) {
          atLowerBound[Integer.numberOfTrailingZeros(~candidate)] = true;
          fixed[fixedCount] = ~candidate;
          fixedExcess[fixedCount++] = 0.0;
          grew |= span.add(~candidate);
        } else if (!span.contains(candidate)) {
          fixed[fixedCount] = candidate;
          fixedExcess[fixedCount++] = epsilon;
          grew |= span.add(candidate);
        }
      }
      if (!grew) {
        throw new ExcessLinearProgram.NumericalFailureException("the " + concept + " sequence found no coalition tight at "
            + "every optimum at stage " + (stages + 1) + " of " + game.describe());
      }
      levels[stages++] = epsilon * scale;
      int kept = 0;
      for (int k = 0; k < freeCount; k++) {
        if (!span.contains(free[k])) {
          free[kept++] = free[k];
        }
      }
      freeCount = kept;
    }
    for (int i = 0; i < players; i++) {
      payoffs[i] *= scale;
    }
    return new NucleolusSolution(payoffs, Arrays.copyOf(levels, stages), programs);
  }

  /** {@code v(S) - x(S)}. */
  static double excess(double[] values, double[] payoffs, int coalition) {
    double share = 0.0;
    for (int i = 0; i < payoffs.length; i++) {
      if ((coalition >>> i & 1) != 0) {
        share += payoffs[i];
      }
    }
    return values[coalition] - share;
  }
}

package org.agora.solvers.nash.approximate;

import org.agora.core.normalform.NormalFormGame;

/**
 * Expected payoffs of a normal-form game at a mixed profile given as raw {@code double[][]}
 * distributions, and their first derivatives: the payoff of each pure strategy against the others'
 * mixtures, and the payoff of each pure strategy when one opponent is also fixed to a pure strategy.
 *
 * <p>Both are single passes over the payoff tensor: {@link #deviationPayoffs} costs
 * {@code O(profiles * players^2)}, {@link #pairPayoffs} {@code O(profiles * players^3)}.
 * Probabilities may be any non-negative weights (they are not checked).
 */
public final class MultilinearPayoffs {

  private final NormalFormGame game;
  private final int players;
  private final int[] strategyCounts;

  /** Payoffs of {@code game}. */
  public MultilinearPayoffs(NormalFormGame game) {
    this.game = game;
    this.players = game.playerCount();
    this.strategyCounts = game.strategyCounts();
  }

  /** The game. */
  public NormalFormGame game() {
    return game;
  }

  /** {@code result[p][s]}: player p's expected payoff from pure strategy s against the others' mixtures. */
  public double[][] deviationPayoffs(double[][] strategies) {
    double[][] result = new double[players][];
    for (int p = 0; p < players; p++) {
      result[p] = new double[strategyCounts[p]];
    }
    int[] digits = new int[players];
    for (int profile = 0; profile < game.profileCount(); profile++) {
      for (int p = 0; p < players; p++) {
        double weight = 1.0;
        for (int q = 0; q < players && weight != 0.0; q++) {
          if (q != p) {
            weight *= strategies[q][digits[q]];
          }
        }
        if (weight != 0.0) {
          result[p][digits[p]] += weight * game.payoff(p, profile);
        }
      }
      increment(digits);
    }
    return result;
  }

  /**
   * {@code result[p][s][q][t]} for {@code q != p}: player p's expected payoff from pure strategy s
   * when player q plays pure strategy t and everyone else mixes; this is the derivative of
   * {@code deviationPayoffs[p][s]} with respect to {@code strategies[q][t]}. Entries with
   * {@code q == p} are zero.
   */
  public double[][][][] pairPayoffs(double[][] strategies) {
    double[][][][] result = new double[players][][][];
    for (int p = 0; p < players; p++) {
      result[p] = new double[strategyCounts[p]][players][];
      for (int s = 0; s < strategyCounts[p]; s++) {
        for (int q = 0; q < players; q++) {
          result[p][s][q] = new double[strategyCounts[q]];
        }
      }
    }
    int[] digits = new int[players];
    for (int profile = 0; profile < game.profileCount(); profile++) {
      for (int p = 0; p < players; p++) {
        double payoff = game.payoff(p, profile);
        if (payoff == 0.0) {
          continue;
        }
        for (int q = 0; q < players; q++) {
          if (q == p) {
            continue;
          }
          double weight = 1.0;
          for (int r = 0; r < players && weight != 0.0; r++) {
            if (r != p && r != q) {
              weight *= strategies[r][digits[r]];
            }
          }
          if (weight != 0.0) {
            result[p][digits[p]][q][digits[q]] += weight * payoff;
          }
        }
      }
      increment(digits);
    }
    return result;
  }

  private void increment(int[] digits) {
    for (int p = digits.length - 1; p >= 0; p--) {
      if (++digits[p] < strategyCounts[p]) {
        return;
      }
      digits[p] = 0;
    }
  }
}

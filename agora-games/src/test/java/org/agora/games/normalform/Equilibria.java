package org.agora.games.normalform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.agora.core.Rational;
import org.agora.core.normalform.NormalFormGame;

/** Exact equilibrium checks for tests: expected payoffs, best responses and support enumeration. */
final class Equilibria {

  private Equilibria() {}

  /** Player's exact expected payoff from pure strategy {@code strategy} when the others mix. */
  static Rational purePayoff(NormalFormGame game, int player, int strategy, Rational[][] mixed) {
    Rational total = Rational.ZERO;
    int players = game.playerCount();
    for (int profile = 0; profile < game.profileCount(); profile++) {
      if (game.strategyInProfile(profile, player) != strategy) {
        continue;
      }
      Rational weight = Rational.ONE;
      for (int p = 0; p < players && weight.signum() != 0; p++) {
        if (p != player) {
          weight = weight.multiply(mixed[p][game.strategyInProfile(profile, p)]);
        }
      }
      total = total.add(weight.multiply(game.exactPayoff(player, profile)));
    }
    return total;
  }

  /** True when every strategy played with positive probability is a best response. */
  static boolean isEquilibrium(NormalFormGame game, Rational[][] mixed) {
    for (int p = 0; p < game.playerCount(); p++) {
      Rational best = null;
      Rational[] values = new Rational[game.strategyCount(p)];
      for (int s = 0; s < values.length; s++) {
        values[s] = purePayoff(game, p, s, mixed);
        best = best == null || values[s].compareTo(best) > 0 ? values[s] : best;
      }
      for (int s = 0; s < values.length; s++) {
        if (mixed[p][s].signum() > 0 && values[s].compareTo(best) < 0) {
          return false;
        }
      }
    }
    return true;
  }

  /** A mixed strategy from integer weights, e.g. {@code mix(1, 10, 5)} = (1/16, 10/16, 5/16). */
  static Rational[] mix(long... weights) {
    long sum = Arrays.stream(weights).sum();
    Rational[] out = new Rational[weights.length];
    for (int i = 0; i < weights.length; i++) {
      out[i] = Rational.of(weights[i], sum);
    }
    return out;
  }

  /**
   * All equilibria of a nondegenerate two-player game by support enumeration (supports of equal
   * size), each as {row mix, column mix}.
   */
  static List<Rational[][]> twoPlayerEquilibria(NormalFormGame game) {
    int rows = game.strategyCount(0);
    int columns = game.strategyCount(1);
    List<Rational[][]> found = new ArrayList<>();
    for (int rowSupport = 1; rowSupport < 1 << rows; rowSupport++) {
      for (int columnSupport = 1; columnSupport < 1 << columns; columnSupport++) {
        if (Integer.bitCount(rowSupport) != Integer.bitCount(columnSupport)) {
          continue;
        }
        Rational[] columnMix = indifference(game, 0, rowSupport, columnSupport, rows, columns);
        Rational[] rowMix = indifference(game, 1, columnSupport, rowSupport, columns, rows);
        if (columnMix != null && rowMix != null) {
          Rational[][] candidate = {rowMix, columnMix};
          if (isEquilibrium(game, candidate)) {
            found.add(candidate);
          }
        }
      }
    }
    return found;
  }

  /**
   * The opponent mix on {@code otherSupport} that makes {@code player} indifferent over
   * {@code ownSupport}, or null if there is none or it is not a probability vector.
   */
  private static Rational[] indifference(NormalFormGame game, int player, int ownSupport, int otherSupport,
      int ownCount, int otherCount) {
    int[] own = bits(ownSupport);
    int[] other = bits(otherSupport);
    int k = other.length;
    // unknowns: mix on other (k), value v; equations: own.length indifference + 1 normalisation
    int unknowns = k + 1;
    Rational[][] matrix = new Rational[own.length + 1][unknowns + 1];
    for (int e = 0; e < own.length; e++) {
      for (int j = 0; j < k; j++) {
        int profile = player == 0 ? own[e] * otherCount + other[j] : other[j] * ownCount + own[e];
        matrix[e][j] = game.exactPayoff(player, profile);
      }
      matrix[e][k] = Rational.ONE.negate();
      matrix[e][unknowns] = Rational.ZERO;
    }
    for (int j = 0; j < k; j++) {
      matrix[own.length][j] = Rational.ONE;
    }
    matrix[own.length][k] = Rational.ZERO;
    matrix[own.length][unknowns] = Rational.ONE;
    Rational[] solution = solve(matrix, unknowns);
    if (solution == null) {
      return null;
    }
    Rational[] mix = new Rational[otherCount];
    Arrays.fill(mix, Rational.ZERO);
    for (int j = 0; j < k; j++) {
      if (solution[j].signum() <= 0) {
        return null;
      }
      mix[other[j]] = solution[j];
    }
    return mix;
  }

  /** Gaussian elimination; null unless the square system has a unique solution. */
  private static Rational[] solve(Rational[][] m, int unknowns) {
    int rowsCount = m.length;
    if (rowsCount != unknowns) {
      return null;
    }
    for (int col = 0; col < unknowns; col++) {
      int pivot = -1;
      for (int r = col; r < rowsCount; r++) {
        if (m[r][col].signum() != 0) {
          pivot = r;
          break;
        }
      }
      if (pivot < 0) {
        return null;
      }
      Rational[] swap = m[col];
      m[col] = m[pivot];
      m[pivot] = swap;
      for (int r = 0; r < rowsCount; r++) {
        if (r != col && m[r][col].signum() != 0) {
          Rational factor = m[r][col].divide(m[col][col]);
          for (int c = col; c <= unknowns; c++) {
            m[r][c] = m[r][c].subtract(factor.multiply(m[col][c]));
          }
        }
      }
    }
    Rational[] x = new Rational[unknowns];
    for (int i = 0; i < unknowns; i++) {
      x[i] = m[i][unknowns].divide(m[i][i]);
    }
    return x;
  }

  private static int[] bits(int mask) {
    int[] out = new int[Integer.bitCount(mask)];
    int index = 0;
    for (int i = 0; mask >> i != 0; i++) {
      if ((mask >> i & 1) != 0) {
        out[index++] = i;
      }
    }
    return out;
  }

  /** True when no player gains by a unilateral pure deviation from the pure profile. */
  static boolean isPureEquilibrium(NormalFormGame game, int[] strategies) {
    int profile = game.profileIndex(strategies);
    for (int p = 0; p < game.playerCount(); p++) {
      int[] deviation = strategies.clone();
      for (int s = 0; s < game.strategyCount(p); s++) {
        deviation[p] = s;
        if (game.payoff(p, game.profileIndex(deviation)) > game.payoff(p, profile)) {
          return false;
        }
      }
    }
    return true;
  }
}

package org.agora.solvers.linear;

import java.math.BigInteger;
import org.agora.core.Rational;
import org.agora.core.normalform.NormalFormGame;

/**
 * Turns a player's rational payoffs into positive integers by an affine map {@code scale * u +
 * shift} with {@code scale} the least common multiple of the denominators and {@code shift}
 * making the smallest entry 1. A positive affine map of one player's payoffs changes no best
 * response, hence no equilibrium.
 *
 * @param matrix the scaled payoffs, {@code matrix[row][column]}
 * @param scale the positive multiplier (an integer)
 * @param shift the integer added after multiplying
 */
public record PayoffScaling(BigInteger[][] matrix, BigInteger scale, BigInteger shift) {

  /** The original payoff of a scaled value: {@code (value - shift) / scale}. */
  public Rational unscale(Rational value) {
    return value.subtract(Rational.of(shift, BigInteger.ONE)).divide(Rational.of(scale, BigInteger.ONE));
  }

  /** Scales {@code payoffs[row][column]} to positive integers. */
  public static PayoffScaling positiveIntegers(Rational[][] payoffs) {
    BigInteger scale = BigInteger.ONE;
    for (Rational[] line : payoffs) {
      for (Rational value : line) {
        BigInteger denominator = value.denominator();
        scale = scale.divide(scale.gcd(denominator)).multiply(denominator);
      }
    }
    BigInteger[][] matrix = new BigInteger[payoffs.length][];
    BigInteger minimum = null;
    for (int row = 0; row < payoffs.length; row++) {
      matrix[row] = new BigInteger[payoffs[row].length];
      for (int column = 0; column < matrix[row].length; column++) {
        Rational value = payoffs[row][column];
        BigInteger scaled = value.numerator().multiply(scale.divide(value.denominator()));
        matrix[row][column] = scaled;
        minimum = minimum == null || scaled.compareTo(minimum) < 0 ? scaled : minimum;
      }
    }
    BigInteger shift = minimum == null ? BigInteger.ZERO : BigInteger.ONE.subtract(minimum);
    for (BigInteger[] line : matrix) {
      for (int column = 0; column < line.length; column++) {
        line[column] = line[column].add(shift);
      }
    }
    return new PayoffScaling(matrix, scale, shift);
  }

  /** A two-player game's exact payoff matrix for {@code player}, indexed [row strategy][column strategy]. */
  public static Rational[][] exactBimatrix(NormalFormGame game, int player) {
    int rows = game.strategyCount(0);
    int columns = game.strategyCount(1);
    Rational[][] matrix = new Rational[rows][columns];
    for (int row = 0; row < rows; row++) {
      for (int column = 0; column < columns; column++) {
        matrix[row][column] = game.exactPayoff(player, row * columns + column);
      }
    }
    return matrix;
  }

  /**
   * A two-player game's payoffs for {@code player} in floating point, mapped affinely into
   * {@code [1, 2]} (a constant matrix becomes all ones), indexed [row strategy][column strategy].
   */
  public static double[][] positiveDoubleBimatrix(NormalFormGame game, int player) {
    int rows = game.strategyCount(0);
    int columns = game.strategyCount(1);
    double minimum = Double.POSITIVE_INFINITY;
    double maximum = Double.NEGATIVE_INFINITY;
    for (int profile = 0; profile < rows * columns; profile++) {
      minimum = Math.min(minimum, game.payoff(player, profile));
      maximum = Math.max(maximum, game.payoff(player, profile));
    }
    double range = maximum > minimum ? maximum - minimum : 1.0;
    double[][] matrix = new double[rows][columns];
    for (int row = 0; row < rows; row++) {
      for (int column = 0; column < columns; column++) {
        matrix[row][column] = 1.0 + (game.payoff(player, row * columns + column) - minimum) / range;
      }
    }
    return matrix;
  }
}

package org.agora.solvers.preference;

import java.util.Locale;
import org.agora.core.GameParameters;
import org.agora.core.Rational;
import org.agora.core.normalform.NormalFormGame;

/**
 * A square matrix comparing n alternatives pairwise, read from the row player's payoffs of a
 * two-player game whose players both choose among the alternatives. Two kinds are accepted:
 *
 * <ul>
 *   <li>{@link Kind#PROBABILITIES}: {@code P[i][j]} is the probability that i is preferred to j;
 *       entries in [0, 1] and {@code P[i][j] + P[j][i] = 1} off the diagonal;
 *   <li>{@link Kind#MARGINS}: a skew-symmetric margin matrix, {@code P[i][j] = −P[j][i]} off the
 *       diagonal (e.g. net pairwise vote counts).
 * </ul>
 *
 * Both are checked to within {@link #TOLERANCE} of the payoffs' size; the diagonal and the column
 * player's payoffs are ignored. Either way the alternatives meet in the symmetric zero-sum game of
 * {@linkplain #margins() margins} {@code M = P − Pᵀ}, whose maximin strategies are the minimax
 * winners (for probabilities, M = 2P − 1 off the diagonal).
 */
public final class PreferenceMatrix {

  /** Relative tolerance of the checks P + Pᵀ = 1 (probabilities) and P + Pᵀ = 0 (margins). */
  public static final double TOLERANCE = 1e-9;

  /** What the entries mean. */
  public enum Kind {
    /** Preference probabilities: P + Pᵀ = 1 off the diagonal. */
    PROBABILITIES,
    /** A skew-symmetric margin matrix. */
    MARGINS
  }

  private final NormalFormGame game;
  private final Kind kind;
  private final int size;
  private final Rational[] margins;

  private PreferenceMatrix(NormalFormGame game, Kind kind, Rational[] margins) {
    this.game = game;
    this.kind = kind;
    this.size = game.strategyCount(0);
    this.margins = margins;
  }

  /**
   * The preference matrix of {@code game}'s row-player payoffs.
   *
   * @throws IllegalArgumentException (one line, naming the offending entry) when the game does not
   *     have two players with the same number of strategies, or the matrix is neither kind
   */
  public static PreferenceMatrix of(NormalFormGame game) {
    if (game.playerCount() != 2) {
      throw new IllegalArgumentException("a preference matrix is a two-player game; " + game.name() + " has "
          + game.playerCount() + " players");
    }
    int n = game.strategyCount(0);
    if (game.strategyCount(1) != n) {
      throw new IllegalArgumentException("a preference matrix is square; " + game.name() + " is " + n + " x "
          + game.strategyCount(1));
    }
    double scale = 0.0;
    for (int profile = 0; profile < n * n; profile++) {
      scale = Math.max(scale, Math.abs(game.payoff(0, profile)));
    }
    double slack = TOLERANCE * Math.max(1.0, scale);
    boolean probabilities = true;
    boolean skew = true;
    String firstProbabilityViolation = null;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (i == j) {
          continue;
        }
        double forward = game.payoff(0, i * n + j);
        double backward = game.payoff(0, j * n + i);
        if (Math.abs(forward + backward) > slack) {
          skew = false;
        }
        if (!(forward >= -slack && forward <= 1.0 + slack) || Math.abs(forward + backward - 1.0) > slack) {
          if (probabilities) {
            firstProbabilityViolation = String.format(Locale.ROOT, "P[%s][%s] + P[%s][%s] = %s + %s",
                game.strategyName(0, i), game.strategyName(0, j), game.strategyName(0, j), game.strategyName(0, i),
                format(forward), format(backward));
          }
          probabilities = false;
        }
      }
    }
    if (!probabilities && !skew) {
      throw new IllegalArgumentException("the row player's payoffs of " + game.name() + " are neither preference "
          + "probabilities (entries in [0, 1] with P[i][j] + P[j][i] = 1) nor a skew-symmetric margin matrix "
          + "(P[i][j] = -P[j][i]): " + firstProbabilityViolation);
    }
    Rational[] margins = new Rational[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        margins[i * n + j] = i == j ? Rational.ZERO
            : game.exactPayoff(0, i * n + j).subtract(game.exactPayoff(0, j * n + i));
      }
    }
    return new PreferenceMatrix(game, probabilities ? Kind.PROBABILITIES : Kind.MARGINS, margins);
  }

  private static String format(double value) {
    return String.format(Locale.ROOT, "%.6g", value);
  }

  /** The game the matrix was read from. */
  public NormalFormGame game() {
    return game;
  }

  /** What the entries mean. */
  public Kind kind() {
    return kind;
  }

  /** The number of alternatives. */
  public int size() {
    return size;
  }

  /** {@code P[i][j]} as given (for probabilities: the probability that i is preferred to j). */
  public double entry(int i, int j) {
    return game.payoff(0, i * size + j);
  }

  /** {@code P[i][j]} for probabilities, 1/2 on the diagonal (an alternative ties with itself). */
  public double preferenceProbability(int i, int j) {
    if (kind != Kind.PROBABILITIES) {
      throw new IllegalStateException("a margin matrix has no preference probabilities");
    }
    return i == j ? 0.5 : entry(i, j);
  }

  /** The exact margin {@code M[i][j] = P[i][j] − P[j][i]} (0 on the diagonal). */
  public Rational margin(int i, int j) {
    return margins[i * size + j];
  }

  /**
   * The symmetric zero-sum game of margins: both players choose an alternative and the row player
   * gets {@code M[row][column]}; strategy names and the parameters are the original game's.
   */
  public NormalFormGame marginGame() {
    Rational[] payoffs = new Rational[2 * size * size];
    for (int profile = 0; profile < size * size; profile++) {
      payoffs[profile] = margins[profile];
      payoffs[size * size + profile] = margins[profile].negate();
    }
    String[][] names = new String[2][size];
    for (int s = 0; s < size; s++) {
      names[0][s] = game.strategyName(0, s);
      names[1][s] = game.strategyName(1, s);
    }
    GameParameters parameters = game.parameters();
    return NormalFormGame.exact(parameters, "margins of " + game.name(),
        new String[] {game.playerName(0), game.playerName(1)}, names, payoffs);
  }

  /** The margins as doubles, {@code [i * size + j]}. */
  public double[] margins() {
    double[] values = new double[size * size];
    for (int k = 0; k < values.length; k++) {
      values[k] = margins[k].doubleValue();
    }
    return values;
  }
}

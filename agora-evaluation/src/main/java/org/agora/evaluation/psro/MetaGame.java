package org.agora.evaluation.psro;

import java.util.Arrays;
import org.agora.core.GameParameters;
import org.agora.core.normalform.NormalFormGame;

/**
 * The empirical game of PSRO after some iterations: {@code n} policies per player (policy {@code k}
 * of each player was added at the same iteration, {@code 0} being the initial policy) and, for
 * every pair (policy {@code i} of player 0, policy {@code j} of player 1), both players' exact
 * expected returns. Immutable.
 *
 * <p>Entries are stored by the {@linkplain #pairingIndex(int, int) pairing index} of {@code (i, j)},
 * which does not depend on {@code n}: growing the game from {@code n} to {@code n + 1} policies
 * appends the {@code 2n + 1} new pairings and leaves every earlier index in place.
 */
public final class MetaGame {

  private final int size;
  private final boolean zeroSum;
  /** returns[pairingIndex * 2 + player]. */
  private final double[] returns;

  MetaGame(int size, boolean zeroSum, double[] returns) {
    if (returns.length < 2 * size * size) {
      throw new IllegalArgumentException("a meta-game of " + size + " policies needs " + 2 * size * size
          + " returns, got " + returns.length);
    }
    this.size = size;
    this.zeroSum = zeroSum;
    this.returns = Arrays.copyOf(returns, 2 * size * size);
  }

  /**
   * The place of pairing {@code (row, column)} in an enumeration of all pairs by square shells:
   * the pairs with {@code max(row, column) = m} take the indexes {@code m*m .. m*m + 2m}, first
   * {@code (0, m) .. (m - 1, m)}, then {@code (m, 0) .. (m, m)}. A bijection between pairs of
   * non-negative ints and {@code 0, 1, 2, ...} in which the first {@code n * n} indexes are exactly
   * the pairs below {@code n}.
   */
  public static long pairingIndex(int row, int column) {
    if (row < 0 || column < 0) {
      throw new IllegalArgumentException("policy indexes must be >= 0, got (" + row + ", " + column + ")");
    }
    long shell = Math.max(row, column);
    return row < shell ? shell * shell + row : shell * shell + shell + column;
  }

  /** The inverse of {@link #pairingIndex(int, int)}: {@code {row, column}}. */
  public static int[] pairing(long index) {
    if (index < 0) {
      throw new IllegalArgumentException("a pairing index must be >= 0, got " + index);
    }
    int shell = (int) Math.sqrt((double) index);
    while ((long) shell * shell > index) {
      shell--;
    }
    while ((long) (shell + 1) * (shell + 1) <= index) {
      shell++;
    }
    long offset = index - (long) shell * shell;
    return offset < shell ? new int[] {(int) offset, shell} : new int[] {shell, (int) (offset - shell)};
  }

  /** Number of policies of each player. */
  public int size() {
    return size;
  }

  /**
   * True when the underlying game is zero-sum or constant-sum; the meta-solvers then treat the
   * meta-game as zero-sum in player 0's returns.
   */
  public boolean zeroSum() {
    return zeroSum;
  }

  /** Expected return of {@code player} when player 0 plays its policy {@code row} and player 1 its policy {@code column}. */
  public double payoff(int player, int row, int column) {
    if (player != 0 && player != 1) {
      throw new IllegalArgumentException("player " + player + " is not 0 or 1");
    }
    if (row < 0 || row >= size || column < 0 || column >= size) {
      throw new IllegalArgumentException("pairing (" + row + ", " + column + ") is outside the " + size + " x "
          + size + " meta-game");
    }
    return returns[(int) pairingIndex(row, column) * 2 + player];
  }

  /** Player {@code player}'s payoff matrix, {@code [row][column]}. */
  public double[][] matrix(int player) {
    double[][] matrix = new double[size][size];
    for (int i = 0; i < size; i++) {
      for (int j = 0; j < size; j++) {
        matrix[i][j] = payoff(player, i, j);
      }
    }
    return matrix;
  }

  /**
   * Player {@code player}'s expected return when both players mix their policies by
   * {@code metaStrategy} (policies drawn independently, then played).
   */
  public double expectedPayoff(int player, double[][] metaStrategy) {
    double total = 0.0;
    for (int i = 0; i < size; i++) {
      for (int j = 0; j < size; j++) {
        total += metaStrategy[0][i] * metaStrategy[1][j] * payoff(player, i, j);
      }
    }
    return total;
  }

  /**
   * The meta-game as a bimatrix game (row player: player 0). For a zero-sum meta-game the column
   * payoffs are exactly the negated row payoffs, so the game classifies as zero-sum even where the
   * underlying returns are constant-sum or carry rounding.
   */
  public NormalFormGame toNormalFormGame() {
    String[] rows = new String[size];
    String[] columns = new String[size];
    for (int k = 0; k < size; k++) {
      rows[k] = "p0:" + k;
      columns[k] = "p1:" + k;
    }
    double[][] row = matrix(0);
    double[][] column = zeroSum ? new double[size][size] : matrix(1);
    if (zeroSum) {
      for (int i = 0; i < size; i++) {
        for (int j = 0; j < size; j++) {
          column[i][j] = -row[i][j];
        }
      }
    }
    return NormalFormGame.bimatrix(GameParameters.none("psro_meta_game"), rows, columns, row, column);
  }
}

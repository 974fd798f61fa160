package org.agora.cooperative.game;

import java.util.StringJoiner;
import org.agora.cooperative.CoalitionGame;

/**
 * A sum of unanimity games {@code v(S) = sum_T a_T u_T(S)}, where {@code u_T(S) = 1} when T ⊆ S.
 * Every game is such a sum with the Harsanyi dividends as coefficients (Harsanyi, "A simplified
 * bargaining model for the n-person cooperative game", International Economic Review 4(2), 1963),
 * and its Shapley value is {@code phi_i = sum_{T ∋ i} a_T / |T|}, its Banzhaf value {@code
 * sum_{T ∋ i} a_T / 2^{|T|-1}}. Evaluation costs one pass over the terms.
 */
public final class UnanimitySumGame implements CoalitionGame {

  private final int players;
  private final long[] carriers;
  private final double[] coefficients;

  /**
   * @param players n, 1 to 62
   * @param carriers the non-empty coalitions T, each within the n players
   * @param coefficients a_T, one per carrier
   */
  public UnanimitySumGame(int players, long[] carriers, double[] coefficients) {
    if (players < 1 || players > MAX_PLAYERS) {
      throw new IllegalArgumentException("unanimity: players must be in [1, " + MAX_PLAYERS + "], not " + players);
    }
    if (carriers.length != coefficients.length) {
      throw new IllegalArgumentException("unanimity: " + carriers.length + " carriers but "
          + coefficients.length + " coefficients");
    }
    long all = (1L << players) - 1;
    for (int k = 0; k < carriers.length; k++) {
      if (carriers[k] == 0 || (carriers[k] & ~all) != 0) {
        throw new IllegalArgumentException("unanimity: carrier " + Coalitions.format(carriers[k])
            + " must be a non-empty coalition of players 0.." + (players - 1));
      }
      if (!Double.isFinite(coefficients[k])) {
        throw new IllegalArgumentException("unanimity: coefficient " + coefficients[k] + " is not finite");
      }
    }
    this.players = players;
    this.carriers = carriers.clone();
    this.coefficients = coefficients.clone();
  }

  /** The carriers T (copies). */
  public long[] carriers() {
    return carriers.clone();
  }

  /** The coefficients a_T (copies). */
  public double[] coefficients() {
    return coefficients.clone();
  }

  /** The closed-form Shapley value {@code sum_{T ∋ i} a_T / |T|}. */
  public double[] shapleyValues() {
    return closedForm(false);
  }

  /** The closed-form Banzhaf value {@code sum_{T ∋ i} a_T / 2^{|T|-1}}. */
  public double[] banzhafValues() {
    return closedForm(true);
  }

  private double[] closedForm(boolean banzhaf) {
    double[] values = new double[players];
    for (int k = 0; k < carriers.length; k++) {
      int size = Long.bitCount(carriers[k]);
      double share = banzhaf ? coefficients[k] / Math.pow(2, size - 1) : coefficients[k] / size;
      for (int i = 0; i < players; i++) {
        if ((carriers[k] >>> i & 1) != 0) {
          values[i] += share;
        }
      }
    }
    return values;
  }

  @Override
  public int playerCount() {
    return players;
  }

  @Override
  public double value(long coalition) {
    double total = 0;
    for (int k = 0; k < carriers.length; k++) {
      if ((carriers[k] & ~coalition) == 0) {
        total += coefficients[k];
      }
    }
    return total;
  }

  @Override
  public String describe() {
    StringJoiner joiner = new StringJoiner(";", "unanimity(players=" + players + ",terms=", ")");
    for (int k = 0; k < carriers.length; k++) {
      joiner.add(Coalitions.formatList(carriers[k]) + ":" + Numbers.format(coefficients[k]));
    }
    return joiner.toString();
  }
}

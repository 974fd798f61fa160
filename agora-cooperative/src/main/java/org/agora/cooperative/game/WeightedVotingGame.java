package org.agora.cooperative.game;

import java.util.StringJoiner;
import org.agora.cooperative.CoalitionGame;

/**
 * A weighted voting game {@code [q; w_1, ..., w_n]}: a coalition wins (value 1) when its total weight
 * reaches the quota q, else loses (value 0). Its Shapley value is the Shapley–Shubik power index
 * (Shapley and Shubik, "A method for evaluating the distribution of power in a committee system",
 * APSR 48(3), 1954).
 */
public final class WeightedVotingGame implements CoalitionGame {

  private final double quota;
  private final double[] weights;

  /** @param quota the winning threshold (positive); @param weights non-negative, 1 to 62 players */
  public WeightedVotingGame(double quota, double[] weights) {
    if (weights.length < 1 || weights.length > MAX_PLAYERS) {
      throw new IllegalArgumentException("voting: needs 1 to " + MAX_PLAYERS + " weights, not " + weights.length);
    }
    if (!Double.isFinite(quota) || quota <= 0) {
      throw new IllegalArgumentException("voting: quota " + quota + " must be a positive number");
    }
    for (double weight : weights) {
      if (!Double.isFinite(weight) || weight < 0) {
        throw new IllegalArgumentException("voting: weight " + weight + " is not a finite non-negative number");
      }
    }
    this.quota = quota;
    this.weights = weights.clone();
  }

  @Override
  public int playerCount() {
    return weights.length;
  }

  @Override
  public double value(long coalition) {
    double total = 0;
    long rest = coalition;
    while (rest != 0) {
      total += weights[Long.numberOfTrailingZeros(rest)];
      rest &= rest - 1;
    }
    return total >= quota ? 1 : 0;
  }

  @Override
  public String describe() {
    StringJoiner joiner = new StringJoiner(";", "voting(quota=" + Numbers.format(quota) + ",weights=", ")");
    for (double weight : weights) {
      joiner.add(Numbers.format(weight));
    }
    return joiner.toString();
  }
}

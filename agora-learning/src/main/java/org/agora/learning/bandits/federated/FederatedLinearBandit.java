package org.agora.learning.bandits.federated;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * The environment of a federated linear contextual bandit (as in Wang, Hu, Chen, Wang, "Distributed
 * Bandit Learning: Near-Optimal Regret with Efficient Communication", ICLR 2020, and the incentivised
 * versions of Wei et al. 2023/2024): every client, every round, sees {@code arms} context vectors and
 * gets reward {@code theta . x + N(0, sigma^2)} for the one it picks; all clients share the unknown
 * {@code theta} (unit norm, drawn from the instance seed). Contexts are drawn uniformly on the unit
 * sphere. Each client has a private participation cost, uniform on {@code (0, costCap]}, also drawn from
 * the instance seed.
 */
public final class FederatedLinearBandit {

  private final int clientCount;
  private final int dimension;
  private final int armCount;
  private final double sigma;
  private final double costCap;
  private final long instanceSeed;
  private final double[] theta;
  private final double[] costs;

  public FederatedLinearBandit(int clientCount, int dimension, int armCount, double sigma, double costCap,
      long instanceSeed) {
    if (clientCount < 1 || dimension < 1 || armCount < 2) {
      throw new IllegalArgumentException("need clients >= 1, dimension >= 1, arms >= 2; got " + clientCount + ", "
          + dimension + ", " + armCount);
    }
    if (!(sigma >= 0) || !(costCap > 0) || Double.isInfinite(costCap)) {
      throw new IllegalArgumentException("need sigma >= 0 and a finite positive cost cap; got " + sigma + ", "
          + costCap);
    }
    this.clientCount = clientCount;
    this.dimension = dimension;
    this.armCount = armCount;
    this.sigma = sigma;
    this.costCap = costCap;
    this.instanceSeed = instanceSeed;
    SplittableRandom random = new SplittableRandom(instanceSeed);
    theta = new double[dimension];
    unitVector(random, theta, 0, dimension);
    costs = new double[clientCount];
    for (int i = 0; i < clientCount; i++) {
      costs[i] = costCap * (1 - random.nextDouble());
    }
  }

  /** Writes a uniform random unit vector into {@code into[offset .. offset + d)}. */
  static void unitVector(RandomGenerator random, double[] into, int offset, int d) {
    double norm;
    do {
      norm = 0;
      for (int k = 0; k < d; k++) {
        double g = random.nextGaussian();
        into[offset + k] = g;
        norm += g * g;
      }
    } while (norm < 1e-24);
    double scale = 1 / Math.sqrt(norm);
    for (int k = 0; k < d; k++) {
      into[offset + k] *= scale;
    }
  }

  /** Writes this round's {@code arms x dimension} contexts of one client into {@code contexts}. */
  public void contexts(RandomGenerator random, double[] contexts) {
    for (int arm = 0; arm < armCount; arm++) {
      unitVector(random, contexts, arm * dimension, dimension);
    }
  }

  /** {@code theta . x} for the context at {@code offset}. */
  public double expectedReward(double[] contexts, int offset) {
    double sum = 0;
    for (int k = 0; k < dimension; k++) {
      sum += theta[k] * contexts[offset + k];
    }
    return sum;
  }

  /** A noisy reward for the context at {@code offset}. */
  public double reward(double[] contexts, int offset, RandomGenerator random) {
    return expectedReward(contexts, offset) + sigma * random.nextGaussian();
  }

  /** Client {@code client}'s private participation cost. */
  public double cost(int client) {
    return costs[client];
  }

  public int clientCount() {
    return clientCount;
  }

  public int dimension() {
    return dimension;
  }

  public int armCount() {
    return armCount;
  }

  public double costCap() {
    return costCap;
  }

  /** The string this environment is created from. */
  public String describe() {
    return "federated(clients=" + clientCount + ",dimension=" + dimension + ",arms=" + armCount + ",sigma=" + sigma
        + ",cost-cap=" + costCap + ",instance-seed=" + instanceSeed + ")";
  }
}

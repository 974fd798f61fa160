package org.agora.learning.bandits.multiplayer;

import org.agora.core.GameSpecException;
import org.agora.learning.bandits.BanditProblem;
import org.agora.learning.bandits.BanditRegistry;
import org.agora.learning.bandits.arm.StationaryBandit;

/**
 * A multi-player bandit: the arms of a stationary single-player problem, M players and a collision
 * model. Immutable and thread-safe (the arms are).
 *
 * <p>The benchmark per round ({@link #optimalReward()}) is, for the classic models, the sum of the M
 * largest means (the centralized regret of Besson and Kaufmann, ALT 2018, compares with M players on
 * the M best arms without collisions); for {@link CollisionModel#SHARED}, the total reward of the
 * equilibrium of {@link AveragingAllocationEquilibrium}, the sum of the means of the arms it occupies
 * (the sum over players of the equilibrium rewards each player's regret is measured against in Xu et
 * al., ICML 2023).
 *
 * @param arms the arms (a {@link StationaryBandit})
 * @param players M, at least 1, at most the number of arms for the classic models
 * @param model the collision model
 */
public record MultiPlayerProblem(BanditProblem arms, int players, CollisionModel model) {

  public MultiPlayerProblem {
    if (!(arms instanceof StationaryBandit)) {
      throw new GameSpecException("multi-player bandits need stationary stochastic arms, got " + arms.describe());
    }
    if (players < 1) {
      throw new GameSpecException("multi-player bandits need at least one player, got " + players);
    }
    if (model != CollisionModel.SHARED && players > arms.armCount()) {
      throw new GameSpecException(players + " players on " + arms.armCount() + " arms: the " + model.text()
          + " model needs players <= arms (collisions would be unavoidable); use collision=shared for more players");
    }
    if (model == CollisionModel.SHARED) {
      for (double mean : ((StationaryBandit) arms).means()) {
        if (mean < 0) {
          throw new GameSpecException("shared arms need non-negative means, got " + mean + " in " + arms.describe());
        }
      }
    }
  }

  /**
   * Creates a problem from the arms' problem string, e.g. {@code bernoulli(0.1,0.5,0.9)}, a player
   * count and a collision model name ({@code sensing}, {@code no-sensing} or {@code shared}).
   *
   * @throws GameSpecException for a bad string, count or name
   */
  public static MultiPlayerProblem of(String arms, int players, String collision) {
    CollisionModel model = CollisionModel.parse(collision);
    return new MultiPlayerProblem(BanditRegistry.createProblem(arms), players, model);
  }

  /** The number of arms K. */
  public int armCount() {
    return arms.armCount();
  }

  /** Each arm's mean (a copy). */
  public double[] means() {
    return ((StationaryBandit) arms).means();
  }

  /** The expected total reward per round of the benchmark the regret is measured against. */
  public double optimalReward() {
    double[] means = means();
    if (model == CollisionModel.SHARED) {
      return AveragingAllocationEquilibrium.totalReward(means, AveragingAllocationEquilibrium.counts(means, players));
    }
    java.util.Arrays.sort(means);
    double total = 0;
    for (int i = 0; i < players; i++) {
      total += means[means.length - 1 - i];
    }
    return total;
  }

  /** {@code <arms> x <players> players, <model>}, e.g. {@code bernoulli(means=[0.1,0.9]) x 2 players, sensing}. */
  public String describe() {
    return arms.describe() + " x " + players + " players, " + model.text();
  }
}

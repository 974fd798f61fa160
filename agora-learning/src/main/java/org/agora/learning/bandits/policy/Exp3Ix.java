package org.agora.learning.bandits.policy;

import java.util.random.RandomGenerator;
import org.agora.learning.bandits.BanditPolicy;

/**
 * EXP3-IX ("implicit exploration") of T. Kocák, G. Neu, M. Valko and R. Munos, "Efficient learning by
 * implicit exploration in bandit problems with side observations", NeurIPS 2014, in the form analysed
 * by G. Neu, "Explore no more: improved high-probability regret bounds for non-stochastic bandits",
 * NeurIPS 2015: play {@code p_k proportional to exp(-eta Lhat_k)} with no forced exploration and
 * estimate the loss {@code l = 1 - reward} of the pulled arm by {@code l / (p_k + gamma)}. With eta =
 * sqrt(2 ln K / (K T)) and gamma = eta / 2 (the defaults) the regret is O(sqrt(K T ln K)) with high
 * probability. O(K) per round.
 */
public final class Exp3Ix implements BanditPolicy {

  private final double[] lossEstimates;
  private final double[] probabilities;
  private final double eta;
  private final double gamma;
  private final RandomGenerator random;

  /**
   * @param eta the learning rate
   * @param gamma the implicit-exploration parameter
   */
  public Exp3Ix(int armCount, double eta, double gamma, RandomGenerator random) {
    lossEstimates = new double[armCount];
    probabilities = new double[armCount];
    this.eta = eta;
    this.gamma = gamma;
    this.random = random;
  }

  /** Neu's learning rate {@code sqrt(2 ln K / (K T))} (for K = 1, any rate). */
  public static double tunedEta(int armCount, long horizon) {
    return Math.sqrt(2 * Math.log(Math.max(armCount, 2)) / ((double) armCount * horizon));
  }

  @Override
  public int armCount() {
    return lossEstimates.length;
  }

  @Override
  public void reset() {
    java.util.Arrays.fill(lossEstimates, 0);
  }

  @Override
  public int choose(long round) {
    ExponentialWeights.softmax(lossEstimates, -eta, probabilities);
    return ExponentialWeights.sample(probabilities, random);
  }

  @Override
  public void update(int arm, double reward) {
    lossEstimates[arm] += (1 - reward) / (probabilities[arm] + gamma);
  }

  @Override
  public String describe() {
    return "exp3-ix(eta=" + eta + ",gamma=" + gamma + ")";
  }
}

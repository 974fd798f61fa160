package org.agora.learning.bandits.policy;

import java.util.random.RandomGenerator;
import org.agora.learning.bandits.BanditPolicy;

/**
 * Tsallis-INF with alpha = 1/2 of J. Zimmert and Y. Seldin, "An optimal algorithm for stochastic and
 * adversarial bandits", AISTATS 2019, and "Tsallis-INF: an optimal algorithm for stochastic and
 * adversarial bandits", JMLR 22, 2021: follow the regularised leader with the 1/2-Tsallis entropy and
 * learning rate {@code eta_t = 2 / sqrt(t)}, which gives {@code p_k = 4 / (eta_t (Lhat_k - x))^2} with
 * the normaliser x below every Lhat_k chosen so that the p_k sum to one. x is found by Newton's method:
 * the sum is convex and increasing in x, and the start {@code min Lhat - 2 / eta_t} lies right of the
 * root, so the iterates decrease monotonically to it (a few steps). Losses {@code 1 - reward} are
 * estimated by importance weighting. Regret O(sqrt(K T)) against adversaries and O(sum_k ln T /
 * Delta_k) in stochastic environments, without knowing which.
 */
public final class TsallisInf implements BanditPolicy {

  private static final int MAX_NEWTON_STEPS = 50;

  private final double[] lossEstimates;
  private final double[] probabilities;
  private final RandomGenerator random;

  public TsallisInf(int armCount, RandomGenerator random) {
    lossEstimates = new double[armCount];
    probabilities = new double[armCount];
    this.random = random;
  }

  @Override
  public int armCount() {
    return lossEstimates.length;
  }

  @Override
  public void reset() {
    java.util.Arrays.fill(lossEstimates, 0);
  }

  /** Computes the round's distribution into the probabilities array and returns the normaliser x. */
  double computeProbabilities(long round) {
    double eta = 2 / Math.sqrt(round);
    double min = Double.POSITIVE_INFINITY;
    for (double loss : lossEstimates) {
      min = Math.min(min, loss);
    }
    double x = min - 2 / eta;
    for (int step = 0; step < MAX_NEWTON_STEPS; step++) {
      double sum = 0;
      double slope = 0;
      for (double loss : lossEstimates) {
        double inverse = 1 / (eta * (loss - x));
        double p = 4 * inverse * inverse;
        sum += p;
        slope += eta * p * inverse;
      }
      double move = (sum - 1) / (2 * slope);
      x -= move;
      if (Math.abs(sum - 1) < 1e-12) {
        break;
      }
    }
    double total = 0;
    for (int k = 0; k < lossEstimates.length; k++) {
      double inverse = 1 / (eta * (lossEstimates[k] - x));
      probabilities[k] = 4 * inverse * inverse;
      total += probabilities[k];
    }
    for (int k = 0; k < probabilities.length; k++) {
      probabilities[k] /= total;
    }
    return x;
  }

  /** The probability of {@code arm} computed in the last {@link #choose}. */
  public double probability(int arm) {
    return probabilities[arm];
  }

  @Override
  public int choose(long round) {
    computeProbabilities(round);
    return ExponentialWeights.sample(probabilities, random);
  }

  @Override
  public void update(int arm, double reward) {
    lossEstimates[arm] += (1 - reward) / probabilities[arm];
  }

  @Override
  public String describe() {
    return "tsallis-inf";
  }
}

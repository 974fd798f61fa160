package org.agora.cooperative.attribution;

import java.util.SplittableRandom;
import org.agora.core.Game;
import org.agora.core.PlayerView;
import org.agora.core.ViewAgent;

/**
 * Plays an {@link ObservationPolicy} that observes only some features of its seat's observation
 * tensor: the hidden ones are filled from the reference observations (see {@link Marginalisation}),
 * the resulting action distributions are averaged and an action is drawn from the average. It makes
 * the same number of random draws at every decision whatever the coalition, so that coalitions share
 * their random numbers. Allocation-free after construction.
 */
final class MaskedPolicyAgent implements ViewAgent {

  /** Receives a copy of every observation the agent is handed (for collecting reference observations). */
  @FunctionalInterface
  interface ObservationSink {
    void accept(float[] observation);
  }

  private static final double TOLERANCE = 1e-6;

  private final int player;
  private final ObservationPolicy policy;
  private final boolean[] observed;
  private final float[][] reference;
  private final float[] referenceMean;
  private final Marginalisation marginalisation;
  private final int samples;
  private final SplittableRandom random;
  private final ObservationSink sink;
  private final int[] legal;
  private final float[] observation;
  private final float[] masked;
  private final double[] probabilities;
  private final double[] average;

  MaskedPolicyAgent(Game game, int player, ObservationPolicy policy, boolean[] observed, float[][] reference,
      float[] referenceMean, Marginalisation marginalisation, int samples, long seed, ObservationSink sink) {
    this.player = player;
    this.policy = policy;
    this.observed = observed;
    this.reference = reference;
    this.referenceMean = referenceMean;
    this.marginalisation = marginalisation;
    this.samples = marginalisation == Marginalisation.REFERENCE_MEAN ? 1 : samples;
    this.random = new SplittableRandom(seed);
    this.sink = sink;
    int actions = Math.max(1, game.actionCount());
    this.legal = new int[actions];
    this.observation = new float[observed.length];
    this.masked = new float[observed.length];
    this.probabilities = new double[actions];
    this.average = new double[actions];
  }

  @Override
  public int player() {
    return player;
  }

  @Override
  public int step(PlayerView view) {
    int count = view.legalActions(legal);
    if (count == 0) {
      throw new IllegalStateException("player " + player + " has no legal action at a " + view.turn() + " node");
    }
    view.observationTensor(observation, 0);
    if (sink != null) {
      sink.accept(observation.clone());
    }
    java.util.Arrays.fill(average, 0, count, 0.0);
    for (int k = 0; k < samples; k++) {
      float[] fill = marginalisation == Marginalisation.REFERENCE_MEAN ? referenceMean
          : reference[random.nextInt(reference.length)];
      for (int i = 0; i < masked.length; i++) {
        masked[i] = observed[i] ? observation[i] : fill[i];
      }
      policy.actionProbabilities(masked, legal, count, probabilities);
      double sum = 0.0;
      for (int a = 0; a < count; a++) {
        double p = probabilities[a];
        if (!(p >= 0.0 && p <= 1.0 + TOLERANCE)) {
          throw new IllegalStateException("the policy gave probability " + p + " to action " + legal[a]
              + "; allowed: a number in [0, 1]");
        }
        sum += p;
        average[a] += p;
      }
      if (Math.abs(sum - 1.0) > TOLERANCE) {
        throw new IllegalStateException("the policy's probabilities over " + count + " legal actions sum to " + sum
            + ", not 1");
      }
    }
    double target = random.nextDouble() * samples;
    double cumulative = 0.0;
    int last = 0;
    for (int a = 0; a < count; a++) {
      if (average[a] > 0.0) {
        cumulative += average[a];
        last = a;
        if (target < cumulative) {
          return legal[a];
        }
      }
    }
    return legal[last];
  }
}

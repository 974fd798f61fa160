package org.agora.solvers.dynamics;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.agora.solvers.MixedProfile;
import org.agora.solvers.correlated.CorrelatedDistribution;
import org.agora.solvers.correlated.CorrelatedMeasures;
import org.agora.solvers.measures.ProfileMeasures;

/**
 * The sampled trajectory of a {@link LearningDynamics} run: at every sampled iteration, NashConv of
 * the average profile, the coarse correlated and correlated equilibrium gaps of the empirical joint
 * distribution (NaN when not computed) and the average profile itself.
 *
 * @param samples the samples, in increasing iteration order
 */
public record Trajectory(List<Sample> samples) {

  /**
   * One sample.
   *
   * @param iteration completed iterations when sampled
   * @param nashConv NashConv (sum of regrets) of the average profile
   * @param coarseCorrelatedGap coarse correlated equilibrium gap of the empirical joint distribution
   *     (sum over players of the best fixed-deviation gain), NaN when not computed
   * @param correlatedGap correlated equilibrium gap of the empirical joint distribution (sum over
   *     players of the best swap-function gain), NaN when not computed
   * @param averageProfile each player's average strategy
   */
  public record Sample(int iteration, double nashConv, double coarseCorrelatedGap, double correlatedGap,
      MixedProfile averageProfile) {

    /** Requires a present average profile. */
    public Sample {
      Objects.requireNonNull(averageProfile, "averageProfile");
    }
  }

  /** Copies the samples. */
  public Trajectory {
    samples = List.copyOf(samples);
  }

  /**
   * Runs {@code dynamics} for {@code iterations} steps and samples it after every {@code sampleEvery}
   * iterations (counting the dynamics' own iteration number) and after the last step.
   *
   * @param correlatedGaps whether to compute the coarse correlated and correlated gaps (each one more
   *     pass over the tensor per strategy and player)
   * @throws IllegalArgumentException if {@code iterations} is negative or {@code sampleEvery} is not
   *     positive
   */
  public static Trajectory record(LearningDynamics dynamics, int iterations, int sampleEvery, boolean correlatedGaps) {
    if (iterations < 0) {
      throw new IllegalArgumentException("iterations must be at least 0, got " + iterations);
    }
    if (sampleEvery < 1) {
      throw new IllegalArgumentException("sampleEvery must be at least 1, got " + sampleEvery);
    }
    List<Sample> samples = new ArrayList<>();
    for (int i = 0; i < iterations; i++) {
      dynamics.step();
      if (dynamics.iteration() % sampleEvery == 0 || i == iterations - 1) {
        samples.add(sample(dynamics, correlatedGaps));
      }
    }
    return new Trajectory(samples);
  }

  /** A sample of the dynamics' present state. */
  public static Sample sample(LearningDynamics dynamics, boolean correlatedGaps) {
    MixedProfile average = dynamics.averageProfile();
    double nashConv = ProfileMeasures.nashConv(dynamics.game(), average);
    double coarse = Double.NaN;
    double correlated = Double.NaN;
    if (correlatedGaps) {
      CorrelatedDistribution joint = CorrelatedDistribution.of(dynamics.game(), dynamics.empiricalJointDistribution());
      coarse = CorrelatedMeasures.coarseCorrelatedIncentiveSum(dynamics.game(), joint);
      correlated = CorrelatedMeasures.correlatedIncentiveSum(dynamics.game(), joint);
    }
    return new Sample(dynamics.iteration(), nashConv, coarse, correlated, average);
  }

  /** The last sample. */
  public Sample last() {
    if (samples.isEmpty()) {
      throw new IllegalStateException("the trajectory has no sample");
    }
    return samples.get(samples.size() - 1);
  }

  /** NashConv of every sample, in order. */
  public double[] nashConvs() {
    double[] values = new double[samples.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = samples.get(i).nashConv();
    }
    return values;
  }
}

package org.agora.solvers.provider;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.agora.core.GameParameters;
import org.agora.core.ParameterSpec;
import org.agora.core.job.JobContext;
import org.agora.core.normalform.NormalFormGame;
import org.agora.core.solve.SolveLimits;
import org.agora.core.solve.Trajectory;
import org.agora.solvers.MixedProfile;
import org.agora.solvers.dynamics.LearningDynamics;

/**
 * A learning dynamics run for {@code iterations} steps: reports the time-average profile (an
 * approximate Nash equilibrium where the dynamics converge to one), the empirical joint play and the
 * trajectory of NashConv of the average profile and of the CCE and CE incentive sums of the joint
 * play, sampled every {@code sample_every} iterations (about 200 points when 0). Progress is counted
 * in iterations; cancellation is polled after each sample, and each sample's NashConv of the average
 * is reported as a live point of the series {@value #NASH_CONV_SERIES}.
 */
abstract class DynamicsProvider extends NormalFormSolverProvider {

  /** Points of the trajectory when {@code sample_every} is 0. */
  private static final int DEFAULT_POINTS = 200;
  /** The trajectory's first series, also reported live. */
  static final String NASH_CONV_SERIES = "NashConv of the average";

  DynamicsProvider(String name, String description, boolean seeded) {
    super(name, description, seeded
        ? List.of(SolverParameters.ITERATIONS, SolverParameters.SAMPLE_EVERY_DYNAMICS, SolverParameters.SEED)
        : List.<ParameterSpec>of(SolverParameters.ITERATIONS, SolverParameters.SAMPLE_EVERY_DYNAMICS));
  }

  @Override
  public final boolean iterative() {
    return true;
  }

  /** The dynamics on {@code game} with these parameters. */
  abstract LearningDynamics dynamics(NormalFormGame game, GameParameters values);

  @Override
  protected final NormalFormResultBuilder solve(NormalFormGame game, GameParameters values, SolveLimits limits,
      JobContext context) {
    LearningDynamics dynamics = dynamics(game, values);
    int iterations = values.getInt("iterations");
    int every = values.getInt("sample_every") > 0 ? values.getInt("sample_every")
        : Math.max(1, iterations / DEFAULT_POINTS);
    List<org.agora.solvers.dynamics.Trajectory.Sample> samples = new ArrayList<>();
    for (int done = 0; done < iterations; ) {
      context.cancellation().throwIfCancelled();
      int chunk = Math.min(every, iterations - done);
      for (int i = 0; i < chunk; i++) {
        dynamics.step();
      }
      done += chunk;
      org.agora.solvers.dynamics.Trajectory.Sample sample = org.agora.solvers.dynamics.Trajectory.sample(dynamics, true);
      samples.add(sample);
      context.progress().progress(done, iterations);
      context.progress().point(NASH_CONV_SERIES, sample.iteration(), sample.nashConv());
    }
    org.agora.solvers.dynamics.Trajectory.Sample last = samples.get(samples.size() - 1);
    double[] x = new double[samples.size()];
    double[] nashConv = new double[samples.size()];
    double[] coarse = new double[samples.size()];
    double[] correlated = new double[samples.size()];
    for (int i = 0; i < samples.size(); i++) {
      org.agora.solvers.dynamics.Trajectory.Sample sample = samples.get(i);
      x[i] = sample.iteration();
      nashConv[i] = sample.nashConv();
      coarse[i] = sample.coarseCorrelatedGap();
      correlated[i] = sample.correlatedGap();
    }
    return result(game, "time-average profile")
        .addApproximate(List.of(last.averageProfile()))
        .trajectory(new Trajectory("iteration", "gap", true, x, List.of(
            new Trajectory.Series(NASH_CONV_SERIES, nashConv),
            new Trajectory.Series("CCE incentive of the joint play", coarse),
            new Trajectory.Series("CE incentive of the joint play", correlated))))
        .distribution(dynamics.empiricalJointDistribution())
        .note(String.format(Locale.ROOT, "after %d iterations: NashConv of the average %.3g, CCE incentive %.3g, "
            + "CE incentive %.3g (the distribution above is the empirical joint play)", last.iteration(),
            last.nashConv(), last.coarseCorrelatedGap(), last.correlatedGap()));
  }

  /**
   * A starting profile drawn uniformly from each player's simplex with {@code seed} (uniform play is a
   * fixed point of many dynamics in symmetric games, which would make their curves flat).
   */
  static MixedProfile randomStart(NormalFormGame game, GameParameters values) {
    SplittableRandom random = new SplittableRandom(values.getLong("seed"));
    double[][] strategies = new double[game.playerCount()][];
    for (int p = 0; p < strategies.length; p++) {
      strategies[p] = new double[game.strategyCount(p)];
      double sum = 0.0;
      for (int s = 0; s < strategies[p].length; s++) {
        strategies[p][s] = -Math.log(1.0 - random.nextDouble());
        sum += strategies[p][s];
      }
      for (int s = 0; s < strategies[p].length; s++) {
        strategies[p][s] /= sum;
      }
    }
    return MixedProfile.of(strategies);
  }
}

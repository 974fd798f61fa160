package org.agora.cli.solve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.agora.cli.output.LinePlot;
import org.agora.cli.output.ProgressBar;
import org.agora.core.normalform.NormalFormGame;
import org.agora.solvers.dynamics.LearningDynamics;
import org.agora.solvers.dynamics.Trajectory;

/**
 * A learning dynamics run for {@code --iterations} steps: reports the time-average profile (an
 * approximate Nash equilibrium where the dynamics converge to one) and the convergence curve of
 * NashConv of the average profile and of the CCE and CE incentive sums of the empirical joint play.
 */
final class DynamicsMethod implements SolveMethod {

  private final String name;
  private final String description;
  private final BiFunction<NormalFormGame, SolveSettings, LearningDynamics> factory;

  DynamicsMethod(String name, String description, BiFunction<NormalFormGame, SolveSettings, LearningDynamics> factory) {
    this.name = name;
    this.description = description;
    this.factory = factory;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public boolean reportsProgress() {
    return true;
  }

  @Override
  public SolveReport solve(NormalFormGame game, SolveSettings settings, ProgressBar progress) {
    LearningDynamics dynamics = factory.apply(game, settings);
    List<Trajectory.Sample> samples = new ArrayList<>();
    int every = settings.sampleEvery();
    for (int done = 0; done < settings.iterations(); ) {
      int chunk = Math.min(every, settings.iterations() - done);
      for (int i = 0; i < chunk; i++) {
        dynamics.step();
      }
      done += chunk;
      samples.add(Trajectory.sample(dynamics, true));
      if (progress != null) {
        progress.advance(chunk);
      }
    }
    Trajectory trajectory = new Trajectory(samples);
    Trajectory.Sample last = trajectory.last();
    double[] iterations = new double[samples.size()];
    double[] nashConv = new double[samples.size()];
    double[] coarse = new double[samples.size()];
    double[] correlated = new double[samples.size()];
    for (int i = 0; i < samples.size(); i++) {
      Trajectory.Sample sample = samples.get(i);
      iterations[i] = sample.iteration();
      nashConv[i] = sample.nashConv();
      coarse[i] = sample.coarseCorrelatedGap();
      correlated[i] = sample.correlatedGap();
    }
    return new SolveReport("time-average profile")
        .addApproximate(List.of(last.averageProfile()))
        .trajectory(new SolveReport.Trajectory("iteration", "gap", true, List.of(
            new LinePlot.Series("NashConv of the average", iterations, nashConv),
            new LinePlot.Series("CCE incentive of the joint play", iterations, coarse),
            new LinePlot.Series("CE incentive of the joint play", iterations, correlated))))
        .distribution(dynamics.empiricalJointDistribution())
        .note(String.format(Locale.ROOT, "after %d iterations: NashConv of the average %.3g, CCE incentive %.3g, "
            + "CE incentive %.3g (the distribution above is the empirical joint play)", last.iteration(),
            last.nashConv(), last.coarseCorrelatedGap(), last.correlatedGap()));
  }
}

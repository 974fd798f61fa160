package org.agora.cli.solve;

import java.util.ArrayList;
import java.util.List;
import org.agora.cli.output.LinePlot;
import org.agora.core.Rational;
import org.agora.solvers.ExactMixedProfile;
import org.agora.solvers.MixedProfile;

/**
 * What a solve method found, in a shape every output format can print: exact or approximate
 * equilibria, a game value, a correlated distribution over profiles, a trajectory to tabulate and
 * plot, and free-form notes.
 */
public final class SolveReport {

  /** A trajectory: x values (iterations or λ) and named y series of equal length. */
  public record Trajectory(String xLabel, String yLabel, boolean logarithmicY, List<LinePlot.Series> series) {}

  final String concept;
  final List<ExactMixedProfile> exactProfiles = new ArrayList<>();
  final List<MixedProfile> approximateProfiles = new ArrayList<>();
  final List<String> notes = new ArrayList<>();
  Rational exactValue;
  Double value;
  double[] distribution;
  Trajectory trajectory;

  /** A report on equilibria of {@code concept}, e.g. {@code Nash equilibrium}. */
  public SolveReport(String concept) {
    this.concept = concept;
  }

  public SolveReport addExact(List<ExactMixedProfile> profiles) {
    exactProfiles.addAll(profiles);
    return this;
  }

  public SolveReport addApproximate(List<MixedProfile> profiles) {
    approximateProfiles.addAll(profiles);
    return this;
  }

  /** The game's value for player 1 (two-player zero-sum games), exact. */
  public SolveReport value(Rational exact) {
    this.exactValue = exact;
    this.value = exact.doubleValue();
    return this;
  }

  /** The game's value for player 1 (two-player zero-sum games). */
  public SolveReport value(double approximate) {
    this.value = approximate;
    return this;
  }

  /** A distribution over pure profiles, indexed like the game's payoff tensor. */
  public SolveReport distribution(double[] probabilities) {
    this.distribution = probabilities.clone();
    return this;
  }

  /** The trajectory, or null when the method has none. */
  public Trajectory trajectory() {
    return trajectory;
  }

  public SolveReport trajectory(Trajectory curve) {
    this.trajectory = curve;
    return this;
  }

  public SolveReport note(String line) {
    notes.add(line);
    return this;
  }
}

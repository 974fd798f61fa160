package org.agora.solvers.provider;

import java.util.ArrayList;
import java.util.List;
import org.agora.core.Rational;
import org.agora.core.normalform.NormalFormGame;
import org.agora.core.solve.EquilibriumProfile;
import org.agora.core.solve.GameValue;
import org.agora.core.solve.JointDistribution;
import org.agora.core.solve.NormalFormSolveResult;
import org.agora.core.solve.Trajectory;
import org.agora.solvers.ExactMixedProfile;
import org.agora.solvers.MixedProfile;
import org.agora.solvers.measures.ProfileMeasures;

/**
 * Collects what a normal-form solver found and evaluates it into a {@link NormalFormSolveResult}:
 * each profile's payoffs and NashConv (exactly for exact profiles), the distribution's payoffs and
 * welfare, and the strategy names.
 */
public final class NormalFormResultBuilder {

  /** Profiles of a distribution with at most this probability are left out. */
  private static final double NEGLIGIBLE = 1e-12;

  private final NormalFormGame game;
  private final String solver;
  private final String concept;
  private final List<ExactMixedProfile> exactProfiles = new ArrayList<>();
  private final List<MixedProfile> approximateProfiles = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private GameValue value;
  private double[] distribution;
  private Trajectory trajectory;

  /** A result of {@code solver} on {@code game}, whose profiles are of {@code concept}. */
  public NormalFormResultBuilder(NormalFormGame game, String solver, String concept) {
    this.game = game;
    this.solver = solver;
    this.concept = concept;
  }

  public NormalFormResultBuilder addExact(List<ExactMixedProfile> profiles) {
    exactProfiles.addAll(profiles);
    return this;
  }

  public NormalFormResultBuilder addApproximate(List<MixedProfile> profiles) {
    approximateProfiles.addAll(profiles);
    return this;
  }

  /** The game's value for the first player. */
  public NormalFormResultBuilder value(GameValue gameValue) {
    this.value = gameValue;
    return this;
  }

  /** A distribution over pure profiles, indexed like the game's payoff tensor. */
  public NormalFormResultBuilder distribution(double[] probabilities) {
    this.distribution = probabilities.clone();
    return this;
  }

  public NormalFormResultBuilder trajectory(Trajectory curve) {
    this.trajectory = curve;
    return this;
  }

  public NormalFormResultBuilder note(String line) {
    notes.add(line);
    return this;
  }

  /** The evaluated result; {@code seconds} is the solver's time. */
  public NormalFormSolveResult build(double seconds) {
    List<String> players = new ArrayList<>();
    List<List<String>> strategies = new ArrayList<>();
    for (int p = 0; p < game.playerCount(); p++) {
      players.add(game.playerName(p));
      List<String> names = new ArrayList<>();
      for (int s = 0; s < game.strategyCount(p); s++) {
        names.add(game.strategyName(p, s));
      }
      strategies.add(names);
    }
    List<EquilibriumProfile> profiles = new ArrayList<>();
    for (ExactMixedProfile profile : exactProfiles) {
      profiles.add(exact(profile));
    }
    for (MixedProfile profile : approximateProfiles) {
      profiles.add(approximate(profile));
    }
    return new NormalFormSolveResult(game.name(), solver, concept, players, strategies, value, profiles,
        distribution == null ? null : jointDistribution(), trajectory, notes, seconds);
  }

  private EquilibriumProfile approximate(MixedProfile profile) {
    return new EquilibriumProfile(strategies(profile), null, ProfileMeasures.expectedPayoffs(game, profile), null,
        ProfileMeasures.nashConv(game, profile), null);
  }

  private EquilibriumProfile exact(ExactMixedProfile exact) {
    MixedProfile profile = exact.toDouble();
    Rational[][] exactStrategies = new Rational[exact.playerCount()][];
    Rational[] exactPayoffs = new Rational[exact.playerCount()];
    for (int p = 0; p < exactStrategies.length; p++) {
      exactStrategies[p] = exact.strategy(p).clone();
      Rational[] deviations = ProfileMeasures.exactDeviationPayoffs(game, exact, p);
      Rational expected = Rational.ZERO;
      for (int s = 0; s < deviations.length; s++) {
        expected = expected.add(exact.probability(p, s).multiply(deviations[s]));
      }
      exactPayoffs[p] = expected;
    }
    Rational nashConv = Rational.ZERO;
    if (!ProfileMeasures.isNashEquilibrium(game, exact)) {
      for (Rational regret : ProfileMeasures.exactRegrets(game, exact)) {
        nashConv = nashConv.add(regret);
      }
    }
    return new EquilibriumProfile(strategies(profile), exactStrategies, ProfileMeasures.expectedPayoffs(game, profile),
        exactPayoffs, ProfileMeasures.nashConv(game, profile), nashConv);
  }

  private static double[][] strategies(MixedProfile profile) {
    double[][] values = new double[profile.playerCount()][];
    for (int p = 0; p < values.length; p++) {
      values[p] = profile.strategy(p).clone();
    }
    return values;
  }

  private JointDistribution jointDistribution() {
    double[] payoffs = new double[game.playerCount()];
    for (int profile = 0; profile < distribution.length; profile++) {
      for (int p = 0; p < payoffs.length; p++) {
        payoffs[p] += distribution[profile] * game.payoff(p, profile);
      }
    }
    double welfare = 0.0;
    for (double payoff : payoffs) {
      welfare += payoff;
    }
    List<JointDistribution.Entry> entries = new ArrayList<>();
    for (int profile = 0; profile < distribution.length; profile++) {
      if (distribution[profile] > NEGLIGIBLE) {
        List<String> names = new ArrayList<>();
        for (int p = 0; p < game.playerCount(); p++) {
          names.add(game.strategyName(p, game.strategyInProfile(profile, p)));
        }
        entries.add(new JointDistribution.Entry(names, distribution[profile]));
      }
    }
    return new JointDistribution(entries, payoffs, welfare);
  }
}

package org.agora.solvers.dynamics;

import org.agora.core.normalform.NormalFormGame;
import org.agora.solvers.MixedProfile;

/**
 * A learning dynamics on an N-player normal-form game: every player repeatedly updates a mixed
 * strategy from the payoffs it observes, all players simultaneously, and some average of the play
 * converges to an equilibrium concept (Nash in two-player zero-sum games, the coarse correlated or
 * correlated equilibrium set in general).
 *
 * <p>Iteration t (counted from 1) plays the current profile x<sup>t</sup>; {@link #step()} folds
 * x<sup>t</sup> into the averages and then computes x<sup>t+1</sup>. Averages are weighted as each
 * algorithm prescribes (uniformly unless the class says otherwise).
 *
 * <p>Implementations are deterministic: they use full-information expected payoffs, never sampled
 * play, so the same game and parameters give the same trajectory bit for bit.
 */
public interface LearningDynamics {

  /** The game being played. */
  NormalFormGame game();

  /** One iteration for all players at once. Allocation-free. */
  void step();

  /** Number of completed iterations. */
  int iteration();

  /** The strategies the players will play at the next iteration. */
  MixedProfile currentProfile();

  /**
   * Each player's time-averaged strategy over the completed iterations, weighted as the algorithm
   * prescribes; before the first step, the current profile.
   */
  MixedProfile averageProfile();

  /**
   * The time average (same weights as {@link #averageProfile()}) of the joint distribution of play,
   * indexed like the game's profiles (last player fastest), of length {@code profileCount}. For
   * independent mixed strategies each iteration contributes their product distribution. Before the
   * first step, the product of the current profile.
   */
  double[] empiricalJointDistribution();

  /**
   * Runs {@code iterations} more steps, sampling every {@code sampleEvery} iterations (and after the
   * last one): NashConv of the average profile, the coarse correlated and correlated equilibrium gaps
   * of the empirical joint distribution, and the average profile.
   */
  default Trajectory run(int iterations, int sampleEvery) {
    return Trajectory.record(this, iterations, sampleEvery, true);
  }
}

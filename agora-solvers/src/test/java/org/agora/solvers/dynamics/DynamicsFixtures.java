package org.agora.solvers.dynamics;

import java.util.SplittableRandom;
import org.agora.core.GameParameters;
import org.agora.core.GameRegistry;
import org.agora.core.normalform.NormalFormGame;
import org.agora.solvers.MixedProfile;

/** Games and dynamics shared by the dynamics tests. */
final class DynamicsFixtures {

  /** Number of dynamics {@link #create} knows. */
  static final int KINDS = 9;

  private DynamicsFixtures() {}

  static NormalFormGame zoo(String name) {
    return (NormalFormGame) GameRegistry.create(name);
  }

  /** A game with payoffs drawn uniformly from [-1, 1) by a generator seeded with {@code seed}. */
  static NormalFormGame randomGame(long seed, int... strategyCounts) {
    SplittableRandom random = new SplittableRandom(seed);
    int profiles = 1;
    for (int count : strategyCounts) {
      profiles *= count;
    }
    double[] payoffs = new double[profiles * strategyCounts.length];
    for (int i = 0; i < payoffs.length; i++) {
      payoffs[i] = random.nextDouble(-1.0, 1.0);
    }
    String[] players = new String[strategyCounts.length];
    String[][] names = new String[strategyCounts.length][];
    for (int p = 0; p < players.length; p++) {
      players[p] = "player" + p;
      names[p] = new String[strategyCounts[p]];
      for (int s = 0; s < strategyCounts[p]; s++) {
        names[p][s] = "strategy" + s;
      }
    }
    return NormalFormGame.of(GameParameters.none("random"), "random " + seed, players, names, payoffs);
  }

  /** Dynamics number {@code kind} (0 to {@link #KINDS} - 1) on {@code game} with test parameters. */
  static LearningDynamics create(int kind, NormalFormGame game) {
    return switch (kind) {
      case 0 -> new FictitiousPlay(game);
      case 1 -> new RegretMatching(game);
      case 2 -> new RegretMatchingPlus(game);
      case 3 -> Hedge.forHorizon(game, 5000);
      case 4 -> new SwapRegretMinimizer(game);
      case 5 -> new ReplicatorDynamics(game, 0.05, ReplicatorDynamics.Integrator.RUNGE_KUTTA_4);
      case 6 -> new ReplicatorDynamics(game, 0.05, ReplicatorDynamics.Integrator.EULER);
      case 7 -> new ProjectedReplicatorDynamics(game, 0.05, 0.01);
      case 8 -> SwapRegretMinimizer.overHedge(game, 0.1);
      default -> throw new IllegalArgumentException("no dynamics " + kind);
    };
  }

  /** A profile with distinct, non-uniform interior strategies (for games with 2 or 3 strategies). */
  static MixedProfile skewed(NormalFormGame game) {
    double[][] strategies = new double[game.playerCount()][];
    for (int p = 0; p < strategies.length; p++) {
      int count = game.strategyCount(p);
      strategies[p] = new double[count];
      double total = 0.0;
      for (int s = 0; s < count; s++) {
        strategies[p][s] = 1.0 + ((s + 2 * p) % count) * 2.0;
        total += strategies[p][s];
      }
      for (int s = 0; s < count; s++) {
        strategies[p][s] /= total;
      }
    }
    return MixedProfile.of(strategies);
  }

  /** Largest violation of being a probability distribution: negative mass or |sum - 1|. */
  static double distributionError(double[] values) {
    double sum = 0.0;
    double negative = 0.0;
    for (double value : values) {
      if (!Double.isFinite(value)) {
        return Double.POSITIVE_INFINITY;
      }
      sum += value;
      negative = Math.max(negative, -value);
    }
    return Math.max(negative, Math.abs(sum - 1.0));
  }

  /** Marginal of {@code player} in a joint distribution over the game's profiles. */
  static double[] marginal(NormalFormGame game, double[] joint, int player) {
    double[] marginal = new double[game.strategyCount(player)];
    for (int profile = 0; profile < joint.length; profile++) {
      marginal[game.strategyInProfile(profile, player)] += joint[profile];
    }
    return marginal;
  }
}

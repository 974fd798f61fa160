package org.agora.solvers.dynamics;

import java.util.Arrays;
import java.util.Objects;
import org.agora.core.normalform.NormalFormGame;
import org.agora.solvers.MixedProfile;
import org.agora.solvers.cfr.RegretKernel;

/**
 * State and kernels shared by the learning dynamics: the payoff tensor, the current strategies, the
 * weighted sums behind the average profile and the empirical joint distribution, and the one-pass
 * computation of every player's deviation payoffs against the others' mix.
 *
 * <p>Subclasses implement {@link #update(double)}; {@link #step()} first folds the current profile
 * into the average with the weight {@link #averagingWeight(int)}, then calls it. All buffers are
 * allocated here once, so a step allocates nothing.
 */
abstract class AbstractLearningDynamics implements LearningDynamics {

  final NormalFormGame game;
  final int players;
  final int[] strategyCounts;
  final int profileCount;
  /** Payoff tensor, {@code [player * profileCount + profile]}. */
  final double[] payoffs;
  /** Current strategies x<sup>t</sup>, {@code current[player][strategy]}. */
  final double[][] current;
  /** Scratch for deviation payoffs, {@code deviation[player][strategy]}. */
  final double[][] deviation;
  final double[][] averageSum;
  final double[] jointSum;
  double totalWeight;
  int iteration;
  private final double[] othersWeight;
  private final int[] blockDigits;

  AbstractLearningDynamics(NormalFormGame game) {
    this.game = Objects.requireNonNull(game, "game");
    this.players = game.playerCount();
    this.strategyCounts = game.strategyCounts();
    this.profileCount = game.profileCount();
    this.payoffs = game.payoffTensor();
    this.current = new double[players][];
    this.deviation = new double[players][];
    this.averageSum = new double[players][];
    for (int p = 0; p < players; p++) {
      current[p] = new double[strategyCounts[p]];
      Arrays.fill(current[p], 1.0 / strategyCounts[p]);
      deviation[p] = new double[strategyCounts[p]];
      averageSum[p] = new double[strategyCounts[p]];
    }
    this.jointSum = new double[profileCount];
    this.othersWeight = new double[players];
    this.blockDigits = new int[players];
  }

  /** Weight of iteration t (from 1) in the averages; 1 unless the algorithm says otherwise. */
  double averagingWeight(int t) {
    return 1.0;
  }

  /**
   * Computes x<sup>t+1</sup> into {@link #current} and adds the joint distribution played at this
   * iteration, times {@code weight}, to {@link #jointSum}.
   */
  abstract void update(double weight);

  @Override
  public final void step() {
    double weight = averagingWeight(iteration + 1);
    for (int p = 0; p < players; p++) {
      double[] sum = averageSum[p];
      double[] strategy = current[p];
      for (int s = 0; s < sum.length; s++) {
        sum[s] += weight * strategy[s];
      }
    }
    totalWeight += weight;
    update(weight);
    iteration++;
  }

  @Override
  public final NormalFormGame game() {
    return game;
  }

  @Override
  public final int iteration() {
    return iteration;
  }

  @Override
  public MixedProfile currentProfile() {
    return normalizedProfile(current);
  }

  @Override
  public MixedProfile averageProfile() {
    return totalWeight > 0.0 ? normalizedProfile(averageSum) : currentProfile();
  }

  @Override
  public double[] empiricalJointDistribution() {
    double[] joint = new double[profileCount];
    if (totalWeight > 0.0) {
      for (int i = 0; i < profileCount; i++) {
        joint[i] = jointSum[i] / totalWeight;
      }
    } else {
      deviationPayoffs(current, deviation, joint, 1.0);
    }
    return joint;
  }

  /**
   * Writes {@code out[p][s]}, the expected payoff of player p's pure strategy s against the other
   * players' mixed strategies in {@code strategies}, for every player at once; when {@code joint} is
   * not null, also adds {@code jointWeight} times the product distribution of {@code strategies} to
   * it. One pass over the tensor, {@code O(profiles * players)}, no allocation.
   *
   * <p>The last player varies fastest, so the tensor is read in blocks of its strategies: within a
   * block the other players' strategies are fixed, and each earlier player's payoff is a dot product
   * of the block with the last player's mix.
   */
  final void deviationPayoffs(double[][] strategies, double[][] out, double[] joint, double jointWeight) {
    int last = players - 1;
    int lastCount = strategyCounts[last];
    double[] lastStrategy = strategies[last];
    double[] lastOut = out[last];
    for (int p = 0; p < players; p++) {
      Arrays.fill(out[p], 0.0);
    }
    // Digits of the players before the last, the block's coordinates.
    int blocks = profileCount / lastCount;
    int[] digits = blockDigits;
    Arrays.fill(digits, 0);
    for (int block = 0; block < blocks; block++) {
      int base = block * lastCount;
      // othersWeight[p] = product of the probabilities of players q < last, q != p.
      double prefix = 1.0;
      for (int p = 0; p < last; p++) {
        othersWeight[p] = prefix;
        prefix *= strategies[p][digits[p]];
      }
      double suffix = 1.0;
      for (int p = last - 1; p >= 0; p--) {
        othersWeight[p] *= suffix;
        suffix *= strategies[p][digits[p]];
      }
      for (int p = 0; p < last; p++) {
        double weight = othersWeight[p];
        if (weight != 0.0) {
          out[p][digits[p]] += weight * blockDot(lastStrategy, p * profileCount + base, lastCount);
        }
      }
      if (prefix != 0.0) {
        int offset = last * profileCount + base;
        for (int j = 0; j < lastCount; j++) {
          lastOut[j] += prefix * payoffs[offset + j];
        }
        if (joint != null) {
          double scale = jointWeight * prefix;
          for (int j = 0; j < lastCount; j++) {
            joint[base + j] += scale * lastStrategy[j];
          }
        }
      }
      for (int p = last - 1; p >= 0; p--) {
        if (++digits[p] < strategyCounts[p]) {
          break;
        }
        digits[p] = 0;
      }
    }
  }

  /**
   * Dot product of {@code strategy} with {@code payoffs[offset .. offset + length)}, with four
   * independent partial sums so the additions need not wait on each other (a fixed order, so still
   * deterministic).
   */
  private double blockDot(double[] strategy, int offset, int length) {
    double sum0 = 0.0;
    double sum1 = 0.0;
    double sum2 = 0.0;
    double sum3 = 0.0;
    int j = 0;
    for (; j + 3 < length; j += 4) {
      sum0 += strategy[j] * payoffs[offset + j];
      sum1 += strategy[j + 1] * payoffs[offset + j + 1];
      sum2 += strategy[j + 2] * payoffs[offset + j + 2];
      sum3 += strategy[j + 3] * payoffs[offset + j + 3];
    }
    for (; j < length; j++) {
      sum0 += strategy[j] * payoffs[offset + j];
    }
    return (sum0 + sum1) + (sum2 + sum3);
  }

  /**
   * Writes the replicator vector field at {@code strategies} into {@code velocity}:
   * {@code velocity[p][s] = x_p(s) (u_p(s, x_-p) - u_p(x))}, using {@link #deviation} as scratch and
   * adding {@code jointWeight} times the product distribution to {@code joint} when not null.
   */
  final void replicatorVelocity(double[][] strategies, double[][] velocity, double[] joint, double jointWeight) {
    deviationPayoffs(strategies, deviation, joint, jointWeight);
    for (int p = 0; p < players; p++) {
      double[] strategy = strategies[p];
      double[] payoff = deviation[p];
      double expected = dot(strategy, payoff);
      for (int s = 0; s < strategy.length; s++) {
        velocity[p][s] = strategy[s] * (payoff[s] - expected);
      }
    }
  }

  /** A {@code [player][strategy]} array shaped like the game's strategies. */
  final double[][] newStrategyArray() {
    double[][] array = new double[players][];
    for (int p = 0; p < players; p++) {
      array[p] = new double[strategyCounts[p]];
    }
    return array;
  }

  /** Index of the pure profile {@code strategies} (last player fastest). */
  final int profileIndex(int[] strategies) {
    int index = 0;
    for (int p = 0; p < players; p++) {
      index = index * strategyCounts[p] + strategies[p];
    }
    return index;
  }

  /** Dot product of a strategy with deviation payoffs: the expected payoff. */
  static double dot(double[] strategy, double[] payoffs) {
    double sum = 0.0;
    for (int s = 0; s < strategy.length; s++) {
      sum += strategy[s] * payoffs[s];
    }
    return sum;
  }

  /** Sets {@code strategy} proportional to the positive parts of {@code values}, uniform if none. */
  static void positivePartDistribution(double[] values, double[] strategy) {
    RegretKernel.regretMatching(values, 0, values.length, strategy, 0);
  }

  /** Index of the largest value, the lowest index on ties. */
  static int argmax(double[] values) {
    int best = 0;
    for (int s = 1; s < values.length; s++) {
      if (values[s] > values[best]) {
        best = s;
      }
    }
    return best;
  }

  static MixedProfile normalizedProfile(double[][] weights) {
    double[][] strategies = new double[weights.length][];
    for (int p = 0; p < weights.length; p++) {
      double total = 0.0;
      for (double value : weights[p]) {
        total += value;
      }
      strategies[p] = new double[weights[p].length];
      for (int s = 0; s < strategies[p].length; s++) {
        strategies[p][s] = weights[p][s] / total;
      }
    }
    return MixedProfile.of(strategies);
  }

  static void requirePositive(String name, double value) {
    if (!(value > 0.0) || !Double.isFinite(value)) {
      throw new IllegalArgumentException(name + " must be positive and finite, got " + value);
    }
  }

  /** Copies a caller's profile into the current strategies, checking it fits the game. */
  final void setCurrent(MixedProfile profile) {
    if (profile.playerCount() != players) {
      throw new IllegalArgumentException("initial profile has " + profile.playerCount() + " players, the game " + players);
    }
    for (int p = 0; p < players; p++) {
      if (profile.strategyCount(p) != strategyCounts[p]) {
        throw new IllegalArgumentException("initial profile gives player " + p + " " + profile.strategyCount(p)
            + " strategies, the game " + strategyCounts[p]);
      }
      System.arraycopy(profile.strategy(p), 0, current[p], 0, strategyCounts[p]);
    }
  }
}

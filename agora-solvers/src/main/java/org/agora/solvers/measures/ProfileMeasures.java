package org.agora.solvers.measures;

import org.agora.core.Rational;
import org.agora.core.normalform.NormalFormGame;
import org.agora.solvers.ExactMixedProfile;
import org.agora.solvers.MixedProfile;

/**
 * Measures of a mixed profile in a normal-form game: expected payoffs, the payoff of each pure
 * deviation, each player's regret (gain of the best deviation), NashConv (sum of regrets; 0 exactly
 * at a Nash equilibrium) and social welfare. Floating-point and exact versions.
 *
 * <p>Cost: one pass over the payoff tensor per call, {@code O(profiles * players)}.
 */
public final class ProfileMeasures {

  private ProfileMeasures() {}

  /** Expected payoff of every player. */
  public static double[] expectedPayoffs(NormalFormGame game, MixedProfile profile) {
    int players = game.playerCount();
    check(game, profile.playerCount(), profile::strategyCount);
    double[] expected = new double[players];
    int[] digits = new int[players];
    for (int index = 0; index < game.profileCount(); index++) {
      double weight = 1.0;
      for (int p = 0; p < players && weight != 0.0; p++) {
        weight *= profile.probability(p, digits[p]);
      }
      if (weight != 0.0) {
        for (int p = 0; p < players; p++) {
          expected[p] += weight * game.payoff(p, index);
        }
      }
      increment(game, digits);
    }
    return expected;
  }

  /** Payoff of each pure strategy of {@code player} against the others' mixed strategies. */
  public static double[] deviationPayoffs(NormalFormGame game, MixedProfile profile, int player) {
    int players = game.playerCount();
    check(game, profile.playerCount(), profile::strategyCount);
    double[] payoffs = new double[game.strategyCount(player)];
    int[] digits = new int[players];
    for (int index = 0; index < game.profileCount(); index++) {
      double weight = 1.0;
      for (int p = 0; p < players && weight != 0.0; p++) {
        if (p != player) {
          weight *= profile.probability(p, digits[p]);
        }
      }
      if (weight != 0.0) {
        payoffs[digits[player]] += weight * game.payoff(player, index);
      }
      increment(game, digits);
    }
    return payoffs;
  }

  /** Each player's regret: best pure deviation payoff minus expected payoff (never negative). */
  public static double[] regrets(NormalFormGame game, MixedProfile profile) {
    int players = game.playerCount();
    double[] regrets = new double[players];
    for (int p = 0; p < players; p++) {
      double[] deviations = deviationPayoffs(game, profile, p);
      double expected = 0.0;
      double best = Double.NEGATIVE_INFINITY;
      for (int s = 0; s < deviations.length; s++) {
        expected += profile.probability(p, s) * deviations[s];
        best = Math.max(best, deviations[s]);
      }
      regrets[p] = Math.max(0.0, best - expected);
    }
    return regrets;
  }

  /** NashConv: the sum of the players' regrets. */
  public static double nashConv(NormalFormGame game, MixedProfile profile) {
    double sum = 0.0;
    for (double regret : regrets(game, profile)) {
      sum += regret;
    }
    return sum;
  }

  /** Sum of the players' expected payoffs. */
  public static double socialWelfare(NormalFormGame game, MixedProfile profile) {
    double sum = 0.0;
    for (double payoff : expectedPayoffs(game, profile)) {
      sum += payoff;
    }
    return sum;
  }

  /** Exact payoff of each pure strategy of {@code player} against the others' strategies. */
  public static Rational[] exactDeviationPayoffs(NormalFormGame game, ExactMixedProfile profile, int player) {
    int players = game.playerCount();
    check(game, profile.playerCount(), profile::strategyCount);
    Rational[] payoffs = new Rational[game.strategyCount(player)];
    java.util.Arrays.fill(payoffs, Rational.ZERO);
    int[] digits = new int[players];
    for (int index = 0; index < game.profileCount(); index++) {
      Rational weight = Rational.ONE;
      for (int p = 0; p < players && weight.signum() != 0; p++) {
        if (p != player) {
          weight = weight.multiply(profile.probability(p, digits[p]));
        }
      }
      if (weight.signum() != 0) {
        payoffs[digits[player]] = payoffs[digits[player]].add(weight.multiply(game.exactPayoff(player, index)));
      }
      increment(game, digits);
    }
    return payoffs;
  }

  /** Exact regrets (best deviation minus expected payoff) of every player. */
  public static Rational[] exactRegrets(NormalFormGame game, ExactMixedProfile profile) {
    Rational[] regrets = new Rational[game.playerCount()];
    for (int p = 0; p < regrets.length; p++) {
      Rational[] deviations = exactDeviationPayoffs(game, profile, p);
      Rational expected = Rational.ZERO;
      Rational best = deviations[0];
      for (int s = 0; s < deviations.length; s++) {
        expected = expected.add(profile.probability(p, s).multiply(deviations[s]));
        if (deviations[s].compareTo(best) > 0) {
          best = deviations[s];
        }
      }
      regrets[p] = best.subtract(expected);
    }
    return regrets;
  }

  /** True when no player gains by deviating, decided exactly. */
  public static boolean isNashEquilibrium(NormalFormGame game, ExactMixedProfile profile) {
    for (Rational regret : exactRegrets(game, profile)) {
      if (regret.signum() != 0) {
        return false;
      }
    }
    return true;
  }

  private static void check(NormalFormGame game, int profilePlayers, java.util.function.IntUnaryOperator strategyCount) {
    if (profilePlayers != game.playerCount()) {
      throw new IllegalArgumentException("profile has " + profilePlayers + " players, the game " + game.playerCount());
    }
    for (int p = 0; p < profilePlayers; p++) {
      if (strategyCount.applyAsInt(p) != game.strategyCount(p)) {
        throw new IllegalArgumentException("profile gives player " + p + " " + strategyCount.applyAsInt(p)
            + " strategies, the game " + game.strategyCount(p));
      }
    }
  }

  /** Advances the mixed-radix profile digits, last player fastest (the tensor's order). */
  private static void increment(NormalFormGame game, int[] digits) {
    for (int p = digits.length - 1; p >= 0; p--) {
      if (++digits[p] < game.strategyCount(p)) {
        return;
      }
      digits[p] = 0;
    }
  }
}

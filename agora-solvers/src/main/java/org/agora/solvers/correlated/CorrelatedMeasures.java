package org.agora.solvers.correlated;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.agora.core.normalform.NormalFormGame;
import org.agora.solvers.correlated.CorrelatedEquilibriumSolver.Concept;

/**
 * How far a distribution over profiles is from being a correlated equilibrium (Aumann 1974) or a
 * coarse correlated equilibrium (Moulin and Vial 1978; Hannan 1957).
 *
 * <ul>
 *   <li>A <b>CE deviation gain</b> of player p for recommendation s and deviation s' is
 *       {@code sum over profiles where p plays s of mu(profile) * (u_p(s', rest) - u_p(profile))}:
 *       the expected gain, not conditioned on the recommendation, from playing s' whenever told s.
 *       The <b>CE gap</b> is the largest of them, clipped at 0.
 *   <li>A <b>CCE deviation gain</b> of p for s' is
 *       {@code sum over all profiles of mu(profile) * (u_p(s', rest) - u_p(profile))}: the gain from
 *       ignoring the device and always playing s'. The <b>CCE gap</b> is the largest, clipped at 0.
 * </ul>
 *
 * Every CE is a CCE: a CCE gain is the sum over recommendations of CE gains (with gain 0 for
 * {@code s = s'}). The product of a Nash equilibrium has CE gap 0.
 *
 * <p>Departure: gains are not divided by the probability of the recommendation, so a violation on a
 * rarely recommended strategy counts little, as in the linear constraints the solver imposes.
 *
 * <p>Cost: {@code O(profiles * sum_p m_p)} for CE, the same for CCE.
 *
 * <p>R. J. Aumann, "Subjectivity and correlation in randomized strategies", <i>Journal of
 * Mathematical Economics</i> 1(1), 1974. H. Moulin and J.-P. Vial, "Strategically zero-sum games:
 * the class of games whose completely mixed equilibria cannot be improved upon", <i>International
 * Journal of Game Theory</i> 7(3-4), 1978.
 */
public final class CorrelatedMeasures {

  /**
   * One incentive constraint's deviation gain; {@code recommendedStrategy} is empty for a coarse
   * constraint. A positive gain is a violation.
   */
  public record DeviationGain(int player, OptionalInt recommendedStrategy, int deviationStrategy, double gain) {}

  private CorrelatedMeasures() {}

  /**
   * The CE deviation gains {@code gains[p][s][s']} (0 on the diagonal).
   *
   * @throws IllegalArgumentException if the distribution is not over this game's profiles
   */
  public static double[][][] correlatedGains(NormalFormGame game, CorrelatedDistribution distribution) {
    distribution.checkGame(game);
    int players = game.playerCount();
    double[][][] gains = new double[players][][];
    for (int p = 0; p < players; p++) {
      int strategies = game.strategyCount(p);
      int stride = IncentiveConstraints.stride(game, p);
      gains[p] = new double[strategies][strategies];
      for (int profile = 0; profile < game.profileCount(); profile++) {
        double weight = distribution.probability(profile);
        if (weight == 0.0) {
          continue;
        }
        int recommended = game.strategyInProfile(profile, p);
        double payoff = game.payoff(p, profile);
        for (int deviation = 0; deviation < strategies; deviation++) {
          if (deviation != recommended) {
            int deviated = profile + (deviation - recommended) * stride;
            gains[p][recommended][deviation] += weight * (game.payoff(p, deviated) - payoff);
          }
        }
      }
    }
    return gains;
  }

  /** The CCE deviation gains {@code gains[p][s']}. */
  public static double[][] coarseCorrelatedGains(NormalFormGame game, CorrelatedDistribution distribution) {
    double[][][] correlated = correlatedGains(game, distribution);
    double[][] gains = new double[correlated.length][];
    for (int p = 0; p < correlated.length; p++) {
      int strategies = correlated[p].length;
      gains[p] = new double[strategies];
      for (int recommended = 0; recommended < strategies; recommended++) {
        for (int deviation = 0; deviation < strategies; deviation++) {
          gains[p][deviation] += correlated[p][recommended][deviation];
        }
      }
    }
    return gains;
  }

  /** The CE gap: the largest CE deviation gain, clipped at 0. */
  public static double correlatedGap(NormalFormGame game, CorrelatedDistribution distribution) {
    double gap = 0.0;
    for (double[][] player : correlatedGains(game, distribution)) {
      for (double[] recommended : player) {
        for (double gain : recommended) {
          gap = Math.max(gap, gain);
        }
      }
    }
    return gap;
  }

  /** The CCE gap: the largest CCE deviation gain, clipped at 0. */
  public static double coarseCorrelatedGap(NormalFormGame game, CorrelatedDistribution distribution) {
    double gap = 0.0;
    for (double[] player : coarseCorrelatedGains(game, distribution)) {
      for (double gain : player) {
        gap = Math.max(gap, gain);
      }
    }
    return gap;
  }

  /**
   * The CE analogue of NashConv: the sum over players of the best gain of a swap function (a
   * deviation for each recommended strategy), {@code sum_p sum_s max(0, max_s' gain[p][s][s'])}. Zero
   * exactly at a CE; it is the players' summed swap regret when the distribution is the empirical play
   * of a learning dynamics (Blum and Mansour 2007).
   */
  public static double correlatedIncentiveSum(NormalFormGame game, CorrelatedDistribution distribution) {
    double sum = 0.0;
    for (double[][] player : correlatedGains(game, distribution)) {
      for (double[] recommended : player) {
        double best = 0.0;
        for (double gain : recommended) {
          best = Math.max(best, gain);
        }
        sum += best;
      }
    }
    return sum;
  }

  /**
   * The CCE analogue of NashConv: the sum over players of the best gain from committing to one pure
   * strategy, {@code sum_p max(0, max_s' gain[p][s'])}. Zero exactly at a CCE; the players' summed
   * external regret when the distribution is the empirical play of a learning dynamics.
   */
  public static double coarseCorrelatedIncentiveSum(NormalFormGame game, CorrelatedDistribution distribution) {
    double sum = 0.0;
    for (double[] player : coarseCorrelatedGains(game, distribution)) {
      double best = 0.0;
      for (double gain : player) {
        best = Math.max(best, gain);
      }
      sum += best;
    }
    return sum;
  }

  /** The gap for {@code concept}. */
  public static double gap(NormalFormGame game, CorrelatedDistribution distribution, Concept concept) {
    return concept == Concept.CORRELATED ? correlatedGap(game, distribution) : coarseCorrelatedGap(game, distribution);
  }

  /** True when the gap for {@code concept} is at most {@code tolerance}. */
  public static boolean isEquilibrium(NormalFormGame game, CorrelatedDistribution distribution, Concept concept,
      double tolerance) {
    return gap(game, distribution, concept) <= tolerance;
  }

  /**
   * Every incentive constraint of {@code concept} with its deviation gain, in player,
   * recommendation, deviation order (CE: pairs {@code s != s'} only).
   */
  public static List<DeviationGain> deviationGains(NormalFormGame game, CorrelatedDistribution distribution,
      Concept concept) {
    List<DeviationGain> result = new ArrayList<>();
    if (concept == Concept.CORRELATED) {
      double[][][] gains = correlatedGains(game, distribution);
      for (int p = 0; p < gains.length; p++) {
        for (int s = 0; s < gains[p].length; s++) {
          for (int deviation = 0; deviation < gains[p].length; deviation++) {
            if (deviation != s) {
              result.add(new DeviationGain(p, OptionalInt.of(s), deviation, gains[p][s][deviation]));
            }
          }
        }
      }
    } else {
      double[][] gains = coarseCorrelatedGains(game, distribution);
      for (int p = 0; p < gains.length; p++) {
        for (int deviation = 0; deviation < gains[p].length; deviation++) {
          result.add(new DeviationGain(p, OptionalInt.empty(), deviation, gains[p][deviation]));
        }
      }
    }
    return result;
  }

  /** The constraints whose gain exceeds {@code tolerance}: the violated ones. */
  public static List<DeviationGain> violations(NormalFormGame game, CorrelatedDistribution distribution,
      Concept concept, double tolerance) {
    return deviationGains(game, distribution, concept).stream().filter(gain -> gain.gain() > tolerance).toList();
  }
}

package org.agora.solvers.constrained;

import java.util.List;
import org.agora.core.normalform.NormalFormGame;
import org.agora.solvers.correlated.CorrelatedEquilibriumSolver.Concept;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * Measures of a distribution in a constrained game: expected costs, and each player's best gain
 * from a <em>safe</em> deviation (Bernasconi et al., ICML 2023): a deviation in {@code Phi_p}
 * (constant for CCE, swap map for CE, both allowed to randomise) after which the player's own
 * expected costs are still within budget. Computed by one small LP over the deviation per player
 * (ojAlgo simplex); for a finite Phi the LP is over the weights of the listed maps. A distribution
 * is a constrained equilibrium when it meets every budget and every player's safe-deviation gain is
 * at most 0.
 */
public final class ConstrainedMeasures {

  private ConstrainedMeasures() {}

  /** The expected cost of {@code constraint} under {@code distribution}. */
  public static double expectedCost(NormalFormGame game, CostConstraint constraint, double[] distribution) {
    double sum = 0.0;
    for (int profile = 0; profile < distribution.length; profile++) {
      sum += distribution[profile] * constraint.cost(game, profile);
    }
    return sum;
  }

  /** The largest budget violation over the constraints (0 when all hold). */
  public static double budgetViolation(NormalFormGame game, List<CostConstraint> constraints, double[] distribution) {
    double worst = 0.0;
    for (CostConstraint constraint : constraints) {
      worst = Math.max(worst, expectedCost(game, constraint, distribution) - constraint.budget());
    }
    return worst;
  }

  /** The largest safe-deviation gain over the players. */
  public static double gap(NormalFormGame game, Concept concept, List<CostConstraint> constraints,
      double[] distribution) {
    return gap(game, DeviationSet.of(concept), constraints, distribution);
  }

  /**
   * The largest safe-deviation gain over the players; negative infinity when no player has a
   * safe deviation (possible for a finite Phi).
   */
  public static double gap(NormalFormGame game, DeviationSet deviations, List<CostConstraint> constraints,
      double[] distribution) {
    double worst = Double.NEGATIVE_INFINITY;
    for (int p = 0; p < game.playerCount(); p++) {
      double gain = deviations instanceof DeviationSet.Finite finite
          ? finiteDeviationGain(game, finite.of(p), constraints, distribution, p)
          : safeDeviationGain(game, deviations instanceof DeviationSet.Swap ? Concept.CORRELATED
              : Concept.COARSE_CORRELATED, constraints, distribution, p);
      worst = Math.max(worst, gain);
    }
    return worst;
  }

  /**
   * Player {@code player}'s best gain from a safe deviation in the convex hull of {@code maps}:
   * the largest {@code sum_k w_k V(phi_k) - u_p(mu)} over weights w in the simplex with every own
   * expected cost {@code sum_k w_k C_j(phi_k)} within budget; negative infinity when no mixture is
   * safe (or no map is listed), since then the player has no safe deviation.
   */
  public static double finiteDeviationGain(NormalFormGame game, List<Deviation> maps,
      List<CostConstraint> constraints, double[] distribution, int player) {
    if (maps.isEmpty()) {
      return Double.NEGATIVE_INFINITY;
    }
    int strategies = game.strategyCount(player);
    int stride = ConstrainedLinearProgram.stride(game, player);
    List<CostConstraint> own = constraints.stream().filter(c -> c.player() == player).toList();
    double[] value = new double[maps.size()];
    double[][] cost = new double[own.size()][maps.size()];
    double current = 0.0;
    for (int profile = 0; profile < distribution.length; profile++) {
      double weight = distribution[profile];
      if (weight == 0.0) {
        continue;
      }
      int played = game.strategyInProfile(profile, player);
      current += weight * game.payoff(player, profile);
      for (int k = 0; k < maps.size(); k++) {
        Deviation map = maps.get(k);
        for (int target = 0; target < strategies; target++) {
          double probability = map.probability(played, target);
          if (probability != 0.0) {
            int deviated = profile + (target - played) * stride;
            value[k] += weight * probability * game.payoff(player, deviated);
            for (int j = 0; j < own.size(); j++) {
              cost[j][k] += weight * probability * own.get(j).cost(game, deviated);
            }
          }
        }
      }
    }
    ExpressionsBasedModel model = new ExpressionsBasedModel();
    Variable[] weights = new Variable[maps.size()];
    Expression simplex = model.addExpression("simplex").level(1.0);
    for (int k = 0; k < maps.size(); k++) {
      weights[k] = model.addVariable("w" + k).lower(0.0).upper(1.0).weight(value[k]);
      simplex.set(weights[k], 1.0);
    }
    for (int j = 0; j < own.size(); j++) {
      Expression budget = model.addExpression("budget" + j).upper(own.get(j).budget());
      for (int k = 0; k < maps.size(); k++) {
        budget.set(weights[k], cost[j][k]);
      }
    }
    Optimisation.Result result = model.maximise();
    if (!result.getState().isFeasible()) {
      return Double.NEGATIVE_INFINITY;
    }
    return result.getValue() - current;
  }

  /**
   * Player {@code player}'s best gain from a safe deviation (0 or more when the distribution meets
   * the player's budgets, since not deviating is safe).
   *
   * @throws IllegalArgumentException if no deviation is safe (the distribution breaks a budget of
   *     the player and no deviation repairs it)
   */
  public static double safeDeviationGain(NormalFormGame game, Concept concept, List<CostConstraint> constraints,
      double[] distribution, int player) {
    int strategies = game.strategyCount(player);
    int recommendations = concept == Concept.CORRELATED ? strategies : 1;
    int stride = ConstrainedLinearProgram.stride(game, player);
    double[][] value = new double[recommendations][strategies];
    List<CostConstraint> own = constraints.stream().filter(c -> c.player() == player).toList();
    double[][][] cost = new double[own.size()][recommendations][strategies];
    double current = 0.0;
    for (int profile = 0; profile < distribution.length; profile++) {
      double weight = distribution[profile];
      if (weight == 0.0) {
        continue;
      }
      int played = game.strategyInProfile(profile, player);
      int row = concept == Concept.CORRELATED ? played : 0;
      current += weight * game.payoff(player, profile);
      for (int deviation = 0; deviation < strategies; deviation++) {
        int deviated = profile + (deviation - played) * stride;
        value[row][deviation] += weight * game.payoff(player, deviated);
        for (int j = 0; j < own.size(); j++) {
          cost[j][row][deviation] += weight * own.get(j).cost(game, deviated);
        }
      }
    }
    ExpressionsBasedModel model = new ExpressionsBasedModel();
    Variable[][] phi = new Variable[recommendations][strategies];
    for (int s = 0; s < recommendations; s++) {
      Expression simplex = model.addExpression("simplex" + s).level(1.0);
      for (int deviation = 0; deviation < strategies; deviation++) {
        phi[s][deviation] = model.addVariable("phi" + s + "_" + deviation).lower(0.0).weight(value[s][deviation]);
        simplex.set(phi[s][deviation], 1.0);
      }
    }
    for (int j = 0; j < own.size(); j++) {
      Expression budget = model.addExpression("budget" + j).upper(own.get(j).budget());
      for (int s = 0; s < recommendations; s++) {
        for (int deviation = 0; deviation < strategies; deviation++) {
          budget.set(phi[s][deviation], cost[j][s][deviation]);
        }
      }
    }
    Optimisation.Result result = model.maximise();
    if (!result.getState().isFeasible()) {
      throw new IllegalArgumentException("player " + player + " has no safe deviation: the distribution breaks "
          + "one of the player's budgets (" + result.getState() + ")");
    }
    return result.getValue() - current;
  }
}

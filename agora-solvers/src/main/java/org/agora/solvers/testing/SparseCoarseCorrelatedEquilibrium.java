package org.agora.solvers.testing;

import java.util.random.RandomGenerator;
import org.agora.core.normalform.NormalFormGame;
import org.agora.solvers.correlated.CorrelatedEquilibriumSolver;
import org.agora.solvers.correlated.CorrelatedEquilibriumSolver.Concept;
import org.agora.solvers.correlated.CorrelatedEquilibriumSolver.Objective;
import org.agora.solvers.correlated.CorrelatedMeasures;
import org.agora.solvers.correlated.CorrelatedDistribution;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * A sparse approximate coarse correlated equilibrium: at most k profiles in its support, by LP plus
 * sampling. An exact CCE is found by LP ({@link CorrelatedEquilibriumSolver}); k profiles are drawn
 * from it i.i.d.; their empirical distribution is an epsilon-CCE with probability at least
 * {@code 1 - delta} for {@code epsilon = R sqrt(2 ln(2K/delta) / k)} (Hoeffding over each of the K
 * CCE constraints, whose terms lie in {@code [-R, R]}, and a union bound). That random sampling of a
 * CCE gives an approximate CCE of logarithmic support is Babichenko, Barman and Peretz,
 * "Small-Support Approximate Correlated Equilibria" (arXiv:1308.6025, 2013); the same argument for
 * Nash equilibria is Lipton, Markakis and Mehta, "Playing large games using simple strategies", EC
 * 2003. Finally the weights on the drawn support are re-optimised by a second LP minimising the
 * largest CCE violation, which can only lower the gap.
 *
 * <p>Sparsity: Foster, Golowich and Kakade, "Hardness of Independent Learning and Sparse Equilibrium
 * Computation in Markov Games", ICML 2023 (PMLR 202:10188–10221), call a CCE sparse when it is a
 * mixture of a small number of product policies (in a normal-form game, products of mixed
 * strategies, as T rounds of independent no-regret learners produce), and prove computing one
 * (their SparseCCE problem) hard in Markov games, computationally and statistically. Here every
 * mixture component is a pure profile, a degenerate product, so a result on k profiles is k-sparse in
 * their sense; the converse does not hold (a fully mixed Nash equilibrium is one product but needs
 * every profile), so the k here is the pure-support size, a stricter measure than theirs.
 *
 * <p>Cost: one CCE LP, k draws, one LP with at most k weights and {@code sum_p m_p} rows.
 * Departure: Foster et al.'s object is a hardness object in Markov games; here it is a normal-form
 * construction only, where sparse CCE are easy to compute.
 */
public final class SparseCoarseCorrelatedEquilibrium {

  /**
   * The result.
   *
   * @param distribution the re-optimised sparse distribution (payoff-tensor order)
   * @param support the number of distinct profiles drawn (at most k)
   * @param sampledGap the CCE gap of the empirical distribution of the k draws
   * @param gap the CCE gap after re-optimising the weights (at most {@code sampledGap})
   * @param bound the Hoeffding bound on {@code sampledGap} that holds with probability 0.95
   */
  public record Result(double[] distribution, int support, double sampledGap, double gap, double bound) {}

  private SparseCoarseCorrelatedEquilibrium() {}

  /**
   * A CCE of {@code game} supported on at most {@code k} profiles.
   *
   * @throws IllegalArgumentException if {@code k < 1}
   */
  public static Result compute(NormalFormGame game, int k, Objective objective, RandomGenerator random) {
    if (k < 1) {
      throw new IllegalArgumentException("support size must be >= 1, got " + k);
    }
    double[] exact = CorrelatedEquilibriumSolver.solve(game, Concept.COARSE_CORRELATED, objective)
        .distribution().probabilities();
    double[] cumulative = new double[exact.length];
    double sum = 0.0;
    for (int profile = 0; profile < exact.length; profile++) {
      sum += exact[profile];
      cumulative[profile] = sum;
    }
    double[] empirical = new double[exact.length];
    for (int n = 0; n < k; n++) {
      double u = random.nextDouble() * sum;
      int low = 0;
      int high = cumulative.length - 1;
      while (low < high) {
        int middle = (low + high) >>> 1;
        if (cumulative[middle] > u) {
          high = middle;
        } else {
          low = middle + 1;
        }
      }
      empirical[low] += 1.0 / k;
    }
    int support = 0;
    for (double weight : empirical) {
      support += weight > 0.0 ? 1 : 0;
    }
    normalise(empirical);
    double sampledGap = gap(game, empirical);
    double[] optimised = reoptimise(game, empirical);
    double gap = gap(game, optimised);
    if (gap > sampledGap) {
      optimised = empirical;
      gap = sampledGap;
    }
    int deviations = 0;
    for (int p = 0; p < game.playerCount(); p++) {
      deviations += game.strategyCount(p);
    }
    double range = game.maxUtility() - game.minUtility();
    double bound = range * Math.sqrt(2.0 * Math.log(2.0 * deviations / 0.05) / k);
    return new Result(optimised, support, sampledGap, gap, bound);
  }

  private static double gap(NormalFormGame game, double[] distribution) {
    return Math.max(0.0, CorrelatedMeasures.coarseCorrelatedGap(game, CorrelatedDistribution.of(game, distribution)));
  }

  private static void normalise(double[] values) {
    double sum = 0.0;
    for (double value : values) {
      sum += value;
    }
    for (int k = 0; k < values.length; k++) {
      values[k] /= sum;
    }
  }

  /** Minimises the largest CCE violation over distributions on the support of {@code empirical}. */
  private static double[] reoptimise(NormalFormGame game, double[] empirical) {
    ExpressionsBasedModel model = new ExpressionsBasedModel();
    int profiles = game.profileCount();
    Variable[] mu = new Variable[profiles];
    Expression total = model.addExpression("total").level(1.0);
    for (int profile = 0; profile < profiles; profile++) {
      if (empirical[profile] > 0.0) {
        mu[profile] = model.addVariable("mu" + profile).lower(0.0);
        total.set(mu[profile], 1.0);
      }
    }
    Variable violation = model.addVariable("violation").weight(1.0);
    for (int p = 0; p < game.playerCount(); p++) {
      int stride = 1;
      for (int q = game.playerCount() - 1; q > p; q--) {
        stride *= game.strategyCount(q);
      }
      for (int deviation = 0; deviation < game.strategyCount(p); deviation++) {
        Expression row = model.addExpression("coarse" + p + "_" + deviation).lower(0.0);
        row.set(violation, 1.0);
        for (int profile = 0; profile < profiles; profile++) {
          if (mu[profile] != null) {
            int deviated = profile + (deviation - game.strategyInProfile(profile, p)) * stride;
            row.set(mu[profile], game.payoff(p, profile) - game.payoff(p, deviated));
          }
        }
      }
    }
    Optimisation.Result result = model.minimise();
    if (!result.getState().isFeasible()) {
      return empirical.clone();
    }
    double[] values = new double[profiles];
    for (int profile = 0; profile < profiles; profile++) {
      if (mu[profile] != null) {
        values[profile] = Math.max(0.0, result.doubleValue(model.indexOf(mu[profile])));
      }
    }
    normalise(values);
    return values;
  }
}

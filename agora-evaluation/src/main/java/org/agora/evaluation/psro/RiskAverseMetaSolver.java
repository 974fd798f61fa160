package org.agora.evaluation.psro;

import org.agora.solvers.MixedProfile;
import org.agora.solvers.riskaverse.RiskAverseFictitiousPlay;

/**
 * A risk-averse equilibrium of the meta-game ({@link RiskAverseFictitiousPlay}): PSRO with this
 * meta-solver is the population-based approximation of RAE of Slumbers, Mguni, Blumberg, McAleer,
 * Yang and Wang ("A Game-Theoretic Framework for Managing Risk in Multi-Agent Systems", ICML 2023,
 * their RAE-PSRO): each new policy is a best response to the opponent's risk-averse meta-strategy.
 * Deterministic.
 *
 * <p>Departure: the new policies are expected-reward best responses (PSRO's exact oracle); the
 * paper's oracle may also penalise variance.
 */
public final class RiskAverseMetaSolver implements MetaSolver {

  /** Default expected-reward tolerance of the risk-averse responses. */
  public static final double DEFAULT_TOLERANCE = 0.0;
  /** Default fictitious-play iterations per meta-game. */
  public static final int DEFAULT_ITERATIONS = 2_000;
  /** RAE gap at which the meta-solver stops early. */
  static final double PRECISION = 1e-9;

  private final double tolerance;
  private final int iterations;

  /** The meta-solver with the default tolerance and iterations. */
  public RiskAverseMetaSolver() {
    this(DEFAULT_TOLERANCE, DEFAULT_ITERATIONS);
  }

  /**
   * @param tolerance expected reward a player may give up for lower variance, ≥ 0
   * @param iterations fictitious-play iterations per meta-game, ≥ 1
   */
  public RiskAverseMetaSolver(double tolerance, int iterations) {
    // validated here so that a bad specification fails before PSRO starts
    new RiskAverseFictitiousPlay(tolerance, iterations, PRECISION);
    this.tolerance = tolerance;
    this.iterations = iterations;
  }

  @Override
  public String name() {
    return tolerance == DEFAULT_TOLERANCE && iterations == DEFAULT_ITERATIONS ? "rae"
        : "rae(tolerance=" + tolerance + ",iterations=" + iterations + ")";
  }

  @Override
  public double[][] solve(MetaGame game) {
    MixedProfile profile = new RiskAverseFictitiousPlay(tolerance, iterations, PRECISION)
        .solve(game.toNormalFormGame()).profile();
    return new double[][] {MetaStrategies.normalise(profile.strategy(0)), MetaStrategies.normalise(profile.strategy(1))};
  }
}

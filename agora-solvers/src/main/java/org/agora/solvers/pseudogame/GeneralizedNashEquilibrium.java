package org.agora.solvers.pseudogame;

/**
 * An approximate generalized Nash equilibrium found by {@link ExploitabilityDescent}.
 *
 * @param profile the jointly feasible profile reached (flat, see {@link PseudoGame})
 * @param exploitability its exploitability (sum of the players' best feasible gains)
 * @param gains each player's best feasible gain at {@code profile}
 * @param curve the exploitability after iteration {@code t} at {@code curve[t]}; {@code curve[0]} is the
 *     starting profile's
 * @param iterations descent steps taken
 * @param converged whether the exploitability fell to the tolerance
 */
public record GeneralizedNashEquilibrium(double[] profile, double exploitability, double[] gains, double[] curve,
    int iterations, boolean converged) {

  public GeneralizedNashEquilibrium {
    profile = profile.clone();
    gains = gains.clone();
    curve = curve.clone();
  }

  @Override
  public double[] profile() {
    return profile.clone();
  }

  @Override
  public double[] gains() {
    return gains.clone();
  }

  @Override
  public double[] curve() {
    return curve.clone();
  }
}

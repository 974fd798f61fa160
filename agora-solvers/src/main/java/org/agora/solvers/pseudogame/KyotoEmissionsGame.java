package org.agora.solvers.pseudogame;

/**
 * A Kyoto-style emissions pseudo-game: {@code n} countries each choose emissions {@code e_i >= 0};
 * country {@code i} earns {@code b_i e_i - (c_i/2) e_i^2} from the production its emissions allow and
 * suffers damage {@code d_i sum_j e_j} from total emissions; the joint cap {@code sum_j e_j <= cap} couples
 * the feasible sets ({@code X_i(e_-i) = [0, cap - sum_{j != i} e_j]}).
 *
 * <p>The model is the emissions part of the environmental game of Breton, Zaccour and Zahaf, "A
 * game-theoretic formulation of joint implementation of environmental projects", European Journal of
 * Operational Research, 2006, with the coupled cap of Krawczyk, "Coupled constraint Nash equilibria in
 * environmental games", Resource and Energy Economics, 2005; "Generative adversarial equilibrium
 * solvers" (Goktas et al., ICLR 2024) uses the Kyoto joint-implementation version. Departures: no
 * joint-implementation investments, and linear (not quadratic) damage, so a best response has the closed
 * form {@code clamp((b_i - d_i + alpha x_i) / (c_i + alpha), 0, cap - sum_{j != i} e_j)}.
 *
 * <p>When the uncapped Nash emissions {@code (b_i - d_i)/c_i} sum to more than the cap, the GNE are the
 * profiles on the cap with {@code e_i <= (b_i - d_i)/c_i} for every {@code i} (a continuum).
 */
public final class KyotoEmissionsGame implements PseudoGame {

  private final double[] benefits;
  private final double[] costs;
  private final double[] damages;
  private final double cap;

  /**
   * @param benefits marginal benefit {@code b_i} of the first unit of emissions, finite
   * @param costs curvature {@code c_i > 0} of the benefit
   * @param damages marginal damage {@code d_i >= 0} of total emissions
   * @param cap the joint cap, {@code > 0}
   */
  public KyotoEmissionsGame(double[] benefits, double[] costs, double[] damages, double cap) {
    int n = benefits.length;
    if (n < 1) {
      throw new IllegalArgumentException("a Kyoto game needs at least 1 country");
    }
    if (costs.length != n || damages.length != n) {
      throw new IllegalArgumentException("benefits, costs and damages must have one value per country: got "
          + n + ", " + costs.length + " and " + damages.length);
    }
    for (int i = 0; i < n; i++) {
      if (!Double.isFinite(benefits[i])) {
        throw new IllegalArgumentException("benefit of country " + (i + 1) + " must be finite, got " + benefits[i]);
      }
      if (!(costs[i] > 0) || Double.isInfinite(costs[i])) {
        throw new IllegalArgumentException("cost of country " + (i + 1) + " must be positive, got " + costs[i]);
      }
      if (!(damages[i] >= 0) || Double.isInfinite(damages[i])) {
        throw new IllegalArgumentException("damage of country " + (i + 1) + " must be non-negative, got "
            + damages[i]);
      }
    }
    if (!(cap > 0) || Double.isInfinite(cap)) {
      throw new IllegalArgumentException("cap must be positive, got " + cap);
    }
    this.benefits = benefits.clone();
    this.costs = costs.clone();
    this.damages = damages.clone();
    this.cap = cap;
  }

  /** The joint cap on total emissions. */
  public double cap() {
    return cap;
  }

  /** Country {@code i}'s emissions at its uncapped best response, {@code max(0, (b_i - d_i) / c_i)}. */
  public double uncappedEmissions(int country) {
    return Math.max(0, (benefits[country] - damages[country]) / costs[country]);
  }

  @Override
  public int players() {
    return benefits.length;
  }

  @Override
  public int dimension(int player) {
    return 1;
  }

  @Override
  public int offset(int player) {
    return player;
  }

  @Override
  public String playerName(int player) {
    return "country " + (player + 1);
  }

  @Override
  public String coordinateName(int player, int coordinate) {
    return "emissions";
  }

  @Override
  public double utility(int player, double[] profile) {
    double total = 0;
    for (double e : profile) {
      total += e;
    }
    double e = profile[player];
    return benefits[player] * e - costs[player] / 2 * e * e - damages[player] * total;
  }

  @Override
  public void ownGradient(int player, double[] profile, double[] gradient) {
    gradient[0] = benefits[player] - costs[player] * profile[player] - damages[player];
  }

  @Override
  public void projectAction(int player, double[] profile, double[] action) {
    action[0] = Math.min(Math.max(action[0], 0), room(player, profile));
  }

  @Override
  public void projectProfile(double[] profile) {
    Projections.ontoCappedOrthant(profile, 0, profile.length, cap);
  }

  @Override
  public double[] initialProfile() {
    return new double[benefits.length];
  }

  @Override
  public void bestResponse(int player, double[] profile, double regularisation, double[] response) {
    double unconstrained = (benefits[player] - damages[player] + regularisation * profile[player])
        / (costs[player] + regularisation);
    response[0] = Math.min(Math.max(unconstrained, 0), room(player, profile));
  }

  private double room(int player, double[] profile) {
    double others = 0;
    for (int j = 0; j < profile.length; j++) {
      others += j == player ? 0 : profile[j];
    }
    return Math.max(0, cap - others);
  }
}

package org.agora.markets.equilibrium;

import java.util.Locale;

/**
 * The market-equilibrium methods by name, for edges (the CLI's {@code agora solve market --method ...}) that
 * choose one from a string. Each solves with its class's defaults.
 */
public enum MarketEquilibriumMethod {
  /** Fisher equilibrium: the Eisenberg–Gale program by {@link EisenbergGaleSolver}. */
  FISHER("fisher", "Fisher market equilibrium, Eisenberg-Gale program (dual barrier)"),
  /** Fisher equilibrium by {@link ProportionalResponse} (10,000 rounds). */
  FISHER_PROPORTIONAL_RESPONSE("fisher-pr", "Fisher market equilibrium, proportional response dynamics"),
  /** Fisher equilibrium prices by {@link Tatonnement} (20,000 steps, step size 0.5). */
  FISHER_TATONNEMENT("fisher-tatonnement", "Fisher market prices, tatonnement"),
  /** First-price pacing equilibrium by {@link FirstPricePacingEquilibriumSolver}. */
  FPPE("fppe", "first-price pacing equilibrium, quasi-linear Eisenberg-Gale program (dual barrier)"),
  /** First-price pacing equilibrium by {@link QuasiLinearProportionalResponse} (10,000 rounds). */
  FPPE_PROPORTIONAL_RESPONSE("fppe-pr", "first-price pacing equilibrium, quasi-linear proportional response"),
  /** The revenue-maximal second-price pacing equilibrium by {@link SecondPricePacingEquilibriumSolver} (small markets). */
  SPPE_MAXIMUM_REVENUE("sppe-max", "second-price pacing equilibrium with the highest revenue, MIP (small markets)"),
  /** The revenue-minimal second-price pacing equilibrium (small markets). */
  SPPE_MINIMUM_REVENUE("sppe-min", "second-price pacing equilibrium with the lowest revenue, MIP (small markets)");

  private final String id;
  private final String description;

  MarketEquilibriumMethod(String id, String description) {
    this.id = id;
    this.description = description;
  }

  /** The name edges use ({@code fisher}, {@code fppe}, {@code sppe-max}, ...). */
  public String id() {
    return id;
  }

  /** A one-line description. */
  public String description() {
    return description;
  }

  /** Solves the market with this method. */
  public MarketEquilibrium solve(Market market) {
    return switch (this) {
      case FISHER -> new EisenbergGaleSolver().solve(market);
      case FISHER_PROPORTIONAL_RESPONSE -> new ProportionalResponse(10_000).solve(market);
      case FISHER_TATONNEMENT -> new Tatonnement(20_000, 0.5).solve(market);
      case FPPE -> new FirstPricePacingEquilibriumSolver().solve(market);
      case FPPE_PROPORTIONAL_RESPONSE -> new QuasiLinearProportionalResponse(10_000).solve(market);
      case SPPE_MAXIMUM_REVENUE -> new SecondPricePacingEquilibriumSolver(SecondPricePacingEquilibriumSolver.Objective.MAXIMUM_REVENUE).solve(market);
      case SPPE_MINIMUM_REVENUE -> new SecondPricePacingEquilibriumSolver(SecondPricePacingEquilibriumSolver.Objective.MINIMUM_REVENUE).solve(market);
    };
  }

  /**
   * The method with this id (case-insensitive).
   *
   * @throws IllegalArgumentException naming the value and the allowed ids
   */
  public static MarketEquilibriumMethod byId(String id) {
    for (MarketEquilibriumMethod method : values()) {
      if (method.id.equals(id.toLowerCase(Locale.ROOT))) {
        return method;
      }
    }
    StringBuilder allowed = new StringBuilder();
    for (MarketEquilibriumMethod method : values()) {
      allowed.append(allowed.length() == 0 ? "" : ", ").append(method.id);
    }
    throw new IllegalArgumentException("unknown market equilibrium method '" + id + "'; expected one of " + allowed);
  }
}

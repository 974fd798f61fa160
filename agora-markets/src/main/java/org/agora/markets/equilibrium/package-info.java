/**
 * Market equilibria on finite markets of buyers with budgets and linear values over divisible goods.
 *
 * <ul>
 *   <li>Input: {@link org.agora.markets.equilibrium.Market} (flat arrays; {@code Market.of(budgets, values)}),
 *       read from CSV by {@link org.agora.markets.equilibrium.MarketCsv}.
 *   <li>Fisher markets: {@link org.agora.markets.equilibrium.EisenbergGaleSolver} (the Eisenberg–Gale program
 *       by a dual log-barrier method, then polished to an equilibrium exact up to rounding on the barrier's active
 *       structure), {@link org.agora.markets.equilibrium.ProportionalResponse},
 *       {@link org.agora.markets.equilibrium.Tatonnement}.
 *   <li>Pacing equilibria: {@link org.agora.markets.equilibrium.FirstPricePacingEquilibriumSolver} (quasi-linear
 *       Eisenberg–Gale, barrier then polish), {@link org.agora.markets.equilibrium.QuasiLinearProportionalResponse},
 *       {@link org.agora.markets.equilibrium.SecondPricePacingEquilibriumSolver} (MIP, small markets).
 *   <li>Results: {@link org.agora.markets.equilibrium.MarketEquilibrium} (prices, allocation, multipliers,
 *       utilities, spend, revenue, Nash social welfare, accuracy), certified by
 *       {@link org.agora.markets.equilibrium.EquilibriumConditions}; methods by name in
 *       {@link org.agora.markets.equilibrium.MarketEquilibriumMethod}.
 *   <li>Inference: {@link org.agora.markets.equilibrium.FppeInference}, central-limit intervals for FPPE revenue
 *       and Nash social welfare under item sampling.
 *   <li>Bayes–Nash equilibria of symmetric single-item auctions:
 *       {@link org.agora.markets.equilibrium.SmoothedGradientBneLearner} (first order, smoothed) and
 *       {@link org.agora.markets.equilibrium.NpgaBneLearner} (zeroth order).
 * </ul>
 */
package org.agora.markets.equilibrium;

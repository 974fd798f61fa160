/**
 * Market equilibria on finite markets of buyers with budgets and linear values over divisible goods:
 * Fisher market equilibria (the Eisenberg–Gale convex program, proportional response, tâtonnement),
 * first- and second-price pacing equilibria of budget-constrained bidders, central-limit confidence
 * intervals for first-price pacing equilibria under item sampling, and Bayes–Nash equilibrium learning
 * for symmetric single-item auctions. Markets are {@link org.agora.markets.equilibrium.Market} records
 * over flat {@code double[]} arrays; results are {@link org.agora.markets.equilibrium.MarketEquilibrium}
 * records holding everything a report prints.
 */
package org.agora.markets.equilibrium;

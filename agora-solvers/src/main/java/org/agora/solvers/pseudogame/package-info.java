/**
 * Pseudo-games (Arrow and Debreu, "Existence of an equilibrium for a competitive economy",
 * Econometrica, 1954): continuous-action games in which each player's feasible set depends on the
 * others' actions, and their generalized Nash equilibria (GNE).
 *
 * <ul>
 *   <li>{@link org.agora.solvers.pseudogame.PseudoGame}: utilities, own-action gradients, the
 *       feasible-set projection and (optionally) closed-form best responses.
 *   <li>{@link org.agora.solvers.pseudogame.PseudoGameExploitability}: exploitability and its
 *       regularised form, by closed-form or projected-gradient best responses.
 *   <li>{@link org.agora.solvers.pseudogame.ExploitabilityDescent}: a first-order
 *       exploitability-minimisation solver with a convergence curve.
 *   <li>{@link org.agora.solvers.pseudogame.KyotoEmissionsGame} and
 *       {@link org.agora.solvers.pseudogame.ExchangeEconomy}: example pseudo-games.
 * </ul>
 */
package org.agora.solvers.pseudogame;

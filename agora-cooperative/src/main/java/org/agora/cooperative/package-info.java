/**
 * Cooperative games and fair division: the coalition-game interface ({@link
 * org.agora.cooperative.CoalitionGame}) shared by the Shapley estimators, the solution concepts
 * (core, least core, nucleolus, Owen value), the attribution adapters and the fair-division rules.
 */
package org.agora.cooperative;

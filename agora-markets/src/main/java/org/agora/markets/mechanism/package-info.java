/**
 * Mechanism design: principal–agent contracts ({@code contract}), Bayesian persuasion with a binary
 * state ({@code persuasion}), the off-switch game ({@code offswitch}) and multi-agent information
 * acquisition ({@code information}). Linear programs are solved with ojAlgo's
 * {@code ExpressionsBasedModel}. The off-switch game and the buyer–seller persuasion game are also
 * registered Agora games. Proper and decision scoring rules live in agora-core's
 * {@code org.agora.core.scoring}, so that other domain modules can use them.
 */
package org.agora.markets.mechanism;

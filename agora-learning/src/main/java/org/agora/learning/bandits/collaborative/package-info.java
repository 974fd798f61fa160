/**
 * Collaborative heterogeneous multi-agent bandits (Chawla, Vial, Shakkottai, Srikant, ICML 2023): N
 * agents each learning one of M bandits and gossiping arm ids over a graph
 * ({@link org.agora.learning.bandits.collaborative.HeterogeneousBanditNetwork},
 * {@link org.agora.learning.bandits.collaborative.GossipGraph}), the GosInE agents
 * ({@link org.agora.learning.bandits.collaborative.GossipInsertEliminate}), the non-collaborative
 * baseline ({@link org.agora.learning.bandits.collaborative.IndependentUcb}), the simulation of group
 * regret and message counts, and the string registry.
 */
package org.agora.learning.bandits.collaborative;

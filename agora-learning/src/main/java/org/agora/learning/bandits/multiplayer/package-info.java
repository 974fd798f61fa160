/**
 * Multi-player multi-armed bandits: M players pull arms of one stochastic bandit at the same time and
 * a {@link org.agora.learning.bandits.multiplayer.CollisionModel} decides what players sharing an arm
 * get. {@link org.agora.learning.bandits.multiplayer.MultiPlayerProblem} binds arms, players and model;
 * {@link org.agora.learning.bandits.multiplayer.MultiPlayerPolicy} moves all players (decentralised
 * policies keep each player's state apart; centralised ones assign arms jointly);
 * {@link org.agora.learning.bandits.multiplayer.MultiPlayerRegistry} creates policies from strings;
 * {@link org.agora.learning.bandits.multiplayer.MultiPlayerSimulation} runs one seed and
 * {@link org.agora.learning.bandits.multiplayer.MultiPlayerExperiment} many, on threads, with the same
 * numbers on any thread count. The shareable-arms equilibrium is
 * {@link org.agora.learning.bandits.multiplayer.AveragingAllocationEquilibrium}; the algorithms live in
 * {@code policy}.
 */
package org.agora.learning.bandits.multiplayer;

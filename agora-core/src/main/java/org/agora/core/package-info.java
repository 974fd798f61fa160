/**
 * The game API: {@link org.agora.core.Game} (an immutable description whose fixed facts are one
 * {@link org.agora.core.GameInfo} record and whose optional abilities, such as exact values, tensor
 * writers, integer information-state ids and hidden-state samplers, are listed by
 * {@link org.agora.core.GameAbilities}), the mutable {@link org.agora.core.State} with its history
 * (which long simulations can turn off), the registry that creates games from strings, typed game
 * parameters, exact rationals, policies, agents and the random playout.
 */
package org.agora.core;

/**
 * The API every other module builds on: {@link org.agora.core.Game} (an immutable description whose
 * fixed facts are one {@link org.agora.core.GameInfo} record and whose optional abilities, such as
 * exact values, tensor writers, integer information-state ids and hidden-state samplers, are listed
 * by {@link org.agora.core.GameAbilities}), the mutable {@link org.agora.core.State} with its history
 * (which long simulations can turn off), the registry that creates games from strings with typed
 * {@link org.agora.core.ParameterSpec} parameters, exact rationals, policies, the random playout,
 * and the agent contract ({@link org.agora.core.Agent}, sealed into
 * {@link org.agora.core.StateAgent}s that search the full state and {@link org.agora.core.ViewAgent}s
 * that see only a {@link org.agora.core.PlayerView}) with its provider registry.
 */
package org.agora.core;

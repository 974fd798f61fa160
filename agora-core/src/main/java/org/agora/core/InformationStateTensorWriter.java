package org.agora.core;

/**
 * Ability of a game that encodes a player's information state (everything the player knows, as
 * {@link State#informationStateKey(int)} does) as a flat tensor; two states with the same key give
 * the same tensor. See {@link TensorWriter} for the buffer contract.
 */
public interface InformationStateTensorWriter extends GameAbility, TensorWriter {}

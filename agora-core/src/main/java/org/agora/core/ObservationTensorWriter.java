package org.agora.core;

/**
 * Ability of a game that encodes what a player currently observes ({@link State#observation(int)})
 * as a flat tensor for learners; see {@link TensorWriter} for the buffer contract.
 */
public interface ObservationTensorWriter extends GameAbility, TensorWriter {}

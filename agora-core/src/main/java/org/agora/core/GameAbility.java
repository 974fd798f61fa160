package org.agora.core;

/**
 * An optional ability a {@link Game} offers beyond the core {@link State} contract: exact values
 * ({@link ExactValues}), tensors ({@link ObservationTensorWriter}, {@link InformationStateTensorWriter}),
 * integer information-state ids ({@link InformationStateIds}), resampling of hidden state
 * ({@link HiddenStateSampler}). An ability is a stateless object that acts on the states of the game
 * that offers it; callers look it up once with {@link Game#ability(Class)}, never per step, and
 * then call it on as many states as they like. Abilities are safe to share across threads when the
 * states they are given are not shared.
 */
public interface GameAbility {}

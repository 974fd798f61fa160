package org.agora.core;

import java.util.random.RandomGenerator;

/**
 * Ability of an imperfect-information game to resample what a player does not know, for search
 * (determinization, information-set Monte Carlo tree search). A sampled state gives {@code player}
 * the same information-state key and legal actions as the given one; the game documents the
 * distribution it draws from (typically the posterior over the hidden chance outcomes given the
 * chance probabilities and the player's own information, ignoring what the other players' actions
 * might reveal).
 */
public interface HiddenStateSampler extends GameAbility {

  /**
   * A new state consistent with what {@code player} knows at {@code state}; {@code state} is not
   * changed. The result records its history exactly when {@code state} does.
   */
  State sample(State state, int player, RandomGenerator random);
}

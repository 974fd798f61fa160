package org.agora.core;

/**
 * Ability of a game that numbers each player's information states with small integers, so that
 * policies and search index arrays instead of building and hashing {@link State#informationStateKey}
 * strings on hot paths. For one player, two states get the same id exactly when they give the same
 * key; ids lie in {@code [0, idCount(player))}. A game states in its documentation how densely its
 * ids fill that range.
 */
public interface InformationStateIds extends GameAbility {

  /** Number of ids of {@code player}: every id of that player is below it. */
  int idCount(int player);

  /** Id of {@code player}'s information state at {@code state}; allocates nothing. */
  int id(State state, int player);
}

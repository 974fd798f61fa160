package org.agora.core;

import java.util.Objects;

/**
 * The fixed facts of a {@link Game}: what kind of game it is, how many players and action ids it has,
 * the widest chance node, the range of terminal returns and the longest play. A game builds its
 * record once; {@link Game}'s accessors ({@link Game#type()}, {@link Game#playerCount()}, ...) read it.
 *
 * @param type what kind of game this is
 * @param playerCount number of players, at least 1
 * @param actionCount number of distinct action ids a player can ever use (every legal action is
 *     below it), at least 0 (0 only in a game where nobody ever chooses)
 * @param maxChanceOutcomes upper bound on the outcomes at any chance node, at least 0; 0 when the
 *     game has no chance ({@link GameType.Chance#NONE})
 * @param minUtility lower bound on any player's return at a terminal state
 * @param maxUtility upper bound on any player's return at a terminal state, at least
 *     {@code minUtility}
 * @param maxGameLength upper bound on the number of moves (decision, chance and simultaneous nodes)
 *     in one play, at least 0
 */
public record GameInfo(GameType type, int playerCount, int actionCount, int maxChanceOutcomes, double minUtility,
    double maxUtility, int maxGameLength) {

  /**
   * @throws IllegalArgumentException naming the first fact out of range and what is allowed
   */
  public GameInfo {
    Objects.requireNonNull(type, "type");
    if (playerCount < 1) {
      throw new IllegalArgumentException("playerCount " + playerCount + " must be at least 1");
    }
    if (actionCount < 0) {
      throw new IllegalArgumentException("actionCount " + actionCount + " must be at least 0");
    }
    if (maxChanceOutcomes < 0) {
      throw new IllegalArgumentException("maxChanceOutcomes " + maxChanceOutcomes + " must be at least 0");
    }
    if (type.chance() == GameType.Chance.NONE && maxChanceOutcomes != 0) {
      throw new IllegalArgumentException("maxChanceOutcomes " + maxChanceOutcomes
          + " must be 0 in a game without chance");
    }
    if (!Double.isFinite(minUtility) || !Double.isFinite(maxUtility)) {
      throw new IllegalArgumentException("utility bounds [" + minUtility + ", " + maxUtility + "] must be finite");
    }
    if (minUtility > maxUtility) {
      throw new IllegalArgumentException("minUtility " + minUtility + " must not exceed maxUtility " + maxUtility);
    }
    if (maxGameLength < 0) {
      throw new IllegalArgumentException("maxGameLength " + maxGameLength + " must be at least 0");
    }
  }
}

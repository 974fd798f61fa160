package org.agora.core;

import java.util.OptionalDouble;

/**
 * An immutable description of a game and a factory of its initial state.
 *
 * <p>Actions are {@code int} ids in {@code [0, actionCount())}; chance outcomes are ids in
 * {@code [0, maxChanceOutcomes())}. A game created from the registry reports in {@link #name()}
 * the canonical string that recreates it, e.g. {@code kuhn_poker(players=3)}.
 */
public interface Game {

  /** Canonical game string with every parameter, accepted by {@link GameRegistry#create(String)}. */
  String name();

  /** The parameters this instance was created with (all of them, defaults included). */
  GameParameters parameters();

  /** What kind of game this is. */
  GameType type();

  /** Number of players (at least 1). */
  int playerCount();

  /** Number of distinct action ids a player can ever use: every legal action is below this. */
  int actionCount();

  /** Upper bound on the number of outcomes at any chance node (0 if the game has no chance). */
  int maxChanceOutcomes();

  /** Lower bound on any player's return at a terminal state. */
  double minUtility();

  /** Upper bound on any player's return at a terminal state. */
  double maxUtility();

  /**
   * The constant sum of all players' returns at every terminal state: present for zero-sum (0) and
   * constant-sum games, empty otherwise.
   */
  default OptionalDouble utilitySum() {
    return switch (type().utility()) {
      case ZERO_SUM -> OptionalDouble.of(0.0);
      default -> OptionalDouble.empty();
    };
  }

  /** Upper bound on the number of moves (decision, chance and simultaneous nodes) in one play. */
  int maxGameLength();

  /** A fresh initial state. */
  State newInitialState();

  /** Readable name of a player (defaults to {@code player N}). */
  default String playerName(int player) {
    return "player " + player;
  }
}

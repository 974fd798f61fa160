package org.agora.core;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * An immutable description of a game and a factory of its initial state.
 *
 * <p>Actions are {@code int} ids in {@code [0, actionCount())}; chance outcomes are ids in
 * {@code [0, maxChanceOutcomes())}. A game created from the registry reports in {@link #name()}
 * the canonical string that recreates it, e.g. {@code kuhn_poker(players=3)}. Its fixed facts (type,
 * players, actions, utility range, length) are one {@link GameInfo} record, which the accessors
 * read; its optional abilities (exact values, tensors, integer information-state ids, hidden-state
 * sampling) are listed by {@link #abilities()}.
 */
public interface Game {

  /** Canonical game string with every parameter, accepted by {@link GameRegistry#create(String)}. */
  String name();

  /** The parameters this instance was created with (all of them, defaults included). */
  GameParameters parameters();

  /** The fixed facts of this game, built once. */
  GameInfo info();

  /** What kind of game this is. */
  default GameType type() {
    return info().type();
  }

  /** Number of players (at least 1). */
  default int playerCount() {
    return info().playerCount();
  }

  /** Number of distinct action ids a player can ever use: every legal action is below this. */
  default int actionCount() {
    return info().actionCount();
  }

  /** Upper bound on the number of outcomes at any chance node (0 if the game has no chance). */
  default int maxChanceOutcomes() {
    return info().maxChanceOutcomes();
  }

  /** Lower bound on any player's return at a terminal state. */
  default double minUtility() {
    return info().minUtility();
  }

  /** Upper bound on any player's return at a terminal state. */
  default double maxUtility() {
    return info().maxUtility();
  }

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
  default int maxGameLength() {
    return info().maxGameLength();
  }

  /** A fresh initial state that records its history. */
  State newInitialState();

  /**
   * A fresh initial state; with {@code recordHistory} false, long simulations skip recording the
   * moves, and the state's {@link State#history()} and {@link State#historyLength()} throw
   * {@link IllegalStateException} (so it cannot be serialized). Games that cannot turn recording
   * off (the default) return a recording state either way.
   */
  default State newInitialState(boolean recordHistory) {
    return newInitialState();
  }

  /** The optional abilities this game offers (none by default); built once, cheap to call. */
  default GameAbilities abilities() {
    return GameAbilities.NONE;
  }

  /**
   * The ability of {@code type} this game offers, or empty. Look it up once, not per step.
   *
   * @param type an ability interface such as {@link ExactValues} or {@link InformationStateIds}
   */
  default <A extends GameAbility> Optional<A> ability(Class<A> type) {
    return abilities().find(type);
  }

  /** Readable name of a player (defaults to {@code player N}). */
  default String playerName(int player) {
    return "player " + player;
  }
}

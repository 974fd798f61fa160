package org.agora.core;

import java.util.Objects;

/**
 * What kind of game a {@link Game} is: how players move, whether nature moves, what players see and
 * how utilities relate. Algorithms read it to decide whether they apply (for example CFR needs
 * {@link Dynamics#SEQUENTIAL} or a turn-based view; minimax needs perfect information and zero sum).
 *
 * @param dynamics how moves happen
 * @param chance how nature (chance) acts
 * @param information whether players see the whole state
 * @param utility how the players' utilities relate at terminal states
 */
public record GameType(Dynamics dynamics, Chance chance, Information information, Utility utility) {

  /** How players move. */
  public enum Dynamics {
    /** One player (or chance) moves at a time. */
    SEQUENTIAL,
    /** Some nodes are simultaneous: every player picks an action and they are applied together. */
    SIMULTANEOUS,
    /** A mean-field game: a representative player against a population distribution. */
    MEAN_FIELD
  }

  /** How chance acts. */
  public enum Chance {
    /** No chance nodes. */
    NONE,
    /** Chance nodes list their outcomes with exact probabilities. */
    EXPLICIT,
    /** Chance nodes can only be sampled. */
    SAMPLED
  }

  /** What players observe. */
  public enum Information {
    /** Every player sees the whole state at every decision. */
    PERFECT,
    /** Some player does not see part of the state (hidden cards, simultaneous moves). */
    IMPERFECT
  }

  /** How utilities relate at terminal states. */
  public enum Utility {
    /** Returns sum to zero. */
    ZERO_SUM,
    /** Returns sum to a constant other than zero (see {@link Game#utilitySum()}). */
    CONSTANT_SUM,
    /** No constraint. */
    GENERAL_SUM,
    /** All players get the same return. */
    IDENTICAL
  }

  public GameType {
    Objects.requireNonNull(dynamics, "dynamics");
    Objects.requireNonNull(chance, "chance");
    Objects.requireNonNull(information, "information");
    Objects.requireNonNull(utility, "utility");
  }

  /** Readable summary such as {@code sequential, explicit chance, imperfect information, zero-sum}. */
  public String describe() {
    String chanceText = switch (chance) {
      case NONE -> "no chance";
      case EXPLICIT -> "explicit chance";
      case SAMPLED -> "sampled chance";
    };
    return dynamics.name().toLowerCase().replace('_', '-') + ", " + chanceText + ", "
        + information.name().toLowerCase() + " information, "
        + utility.name().toLowerCase().replace('_', '-');
  }
}

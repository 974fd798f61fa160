package org.agora.testkit;

/**
 * The checks {@link GameConformance} runs. Every violation starts with its check's label in
 * brackets, e.g. {@code [chance] playout 3 at [0 1]: probabilities sum to 0.9}.
 */
public enum ConformanceCheck {
  /** Player count, action count, chance bound, utility bounds, length bound and utility sum are sane. */
  DECLARATION("declaration"),
  /** {@code name()} is a canonical game string and recreates an equivalent game through the registry. */
  REGISTRY("registry"),
  /** {@code turn()} agrees with the node-kind predicates and {@code currentPlayer()}. */
  TURN("turn"),
  /** The game's declared {@code GameType} agrees with the nodes it shows. */
  GAME_TYPE("game-type"),
  /** Legal actions are strictly increasing, in range, and present exactly for the players who move. */
  LEGAL_ACTIONS("legal-actions"),
  /** Chance outcomes are distinct, in range, with probabilities in (0, 1] summing to 1, sampled faithfully. */
  CHANCE("chance"),
  /** Plays end within {@code maxGameLength()} moves. */
  LENGTH("length"),
  /** Returns are finite and terminal returns lie in {@code [minUtility, maxUtility]}. */
  RETURNS("returns"),
  /** Zero-sum, constant-sum and identical-utility declarations hold at terminal states. */
  UTILITY("utility"),
  /**
   * The history grows by one entry per move and one per player per joint move, and lists the moves;
   * a state created without history recording plays the same and its history throws
   * {@link IllegalStateException}.
   */
  HISTORY("history"),
  /** Copies are equivalent to the original and fully independent of it. */
  COPY("copy"),
  /** Serializing and replaying a state reproduces it. */
  SERIALIZATION("serialization"),
  /** Information-state keys are non-empty where the player moves and fix that player's legal actions. */
  INFORMATION_STATE("information-state"),
  /** Observations and information-state keys are available for every player at every non-terminal state. */
  OBSERVATION("observation"),
  /** Legal actions and chance outcomes have readable names. */
  ACTION_NAMES("action-names"),
  /**
   * Observation and information-state tensor writers have a constant shape and write finite values
   * into exactly their range at any offset.
   */
  TENSOR("tensor"),
  /** Integer information-state ids lie in {@code [0, idCount)} and agree with the keys. */
  INFORMATION_STATE_ID("information-state-id"),
  /** Resampled hidden states keep the player's key, legal actions and turn, and leave the original alone. */
  HIDDEN_STATE("hidden-state"),
  /** Exact returns and exact chance probabilities agree with the doubles and sum exactly to 1. */
  EXACT("exact"),
  /** Playing legal moves never throws. */
  PLAYOUT("playout");

  private final String label;

  ConformanceCheck(String label) {
    this.label = label;
  }

  /** Short name used in violation messages, e.g. {@code legal-actions}. */
  public String label() {
    return label;
  }

  /** The prefix of this check's violation messages, e.g. {@code [legal-actions] }. */
  public String prefix() {
    return "[" + label + "] ";
  }
}

package org.agora.core;

/**
 * How validation errors about a {@link ParameterSpec} are worded: games speak of parameters
 * ({@code kuhn_poker: parameter 'players' value '9' is out of range; allowed: integer in [2, 10]}),
 * agents of options ({@code mcts: option 'c' value '-1' is invalid; allowed: a number in [0.0,
 * 1000000.0]}). The checks are the same; only the message differs.
 */
enum ParameterWording {
  /** Messages about a game's parameters. */
  GAME,
  /** Messages about an agent's options. */
  AGENT
}

package org.agora.core;

/**
 * A bot that plays one seat of a live game. Search agents, scripted bots, learned policies and
 * remote agents all implement it. Agents are created per match and per seat; {@link #restart()}
 * prepares one for a new episode and {@link #episodeEnded(double[])} reports how the last one ended.
 *
 * <p>What an agent may see is part of its type, and the type is closed: a {@link ViewAgent} is
 * handed only a {@link PlayerView} (what its player may see; hidden cards are unreachable) and has
 * no method that accepts a {@link State}; a {@link StateAgent} is handed the full {@link State},
 * which search agents need in order to simulate the game. Whoever runs agents asks them through
 * {@link #act(Agent, State)}, which gives each kind only what it declared, so a remote or
 * language-model agent written as a {@code ViewAgent} can never be handed the hidden state.
 */
public sealed interface Agent permits StateAgent, ViewAgent {

  /** The seat this agent plays. */
  int player();

  /** Forgets the current episode. */
  default void restart() {}

  /**
   * Called once at the end of every episode with every player's final return (indexed by player);
   * the array belongs to the caller and may be reused after the call.
   */
  default void episodeEnded(double[] returns) {}

  /**
   * Asks {@code agent} for its action at {@code state}, a decision node where it moves or a
   * simultaneous node: a {@link ViewAgent} gets a {@link PlayerView} of its own player, a
   * {@link StateAgent} the state itself (which it must not modify). This method is static so that
   * no agent can override how it is asked.
   */
  static int act(Agent agent, State state) {
    if (agent instanceof ViewAgent viewAgent) {
      return viewAgent.step(PlayerView.of(state, agent.player()));
    }
    return ((StateAgent) agent).step(state);
  }
}

package org.agora.cooperative.attribution;

import org.agora.core.PlayerView;
import org.agora.core.ViewAgent;

/** A test agent that always plays the same action. */
record FixedAgent(int player, int action) implements ViewAgent {

  @Override
  public int step(PlayerView view) {
    return action;
  }

  /** A factory of agents that always play {@code action}. */
  static SeatAgentFactory always(int action) {
    return (game, player, seed) -> new FixedAgent(player, action);
  }
}

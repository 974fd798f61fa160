package org.agora.cli;

import java.util.Map;
import org.agora.core.Agent;
import org.agora.core.AgentProvider;
import org.agora.core.Game;
import org.agora.core.State;

/** Test-only agent {@code cli_test_illegal} that always answers action 99, which no test game allows. */
public final class IllegalMoveAgentProvider implements AgentProvider {

  @Override
  public String name() {
    return "cli_test_illegal";
  }

  @Override
  public String description() {
    return "always plays the illegal action 99 (test only)";
  }

  @Override
  public Agent create(Game game, int player, long seed, Map<String, String> options) {
    return new Agent() {
      @Override
      public int player() {
        return player;
      }

      @Override
      public int step(State state) {
        return 99;
      }
    };
  }
}

package org.agora.cli;

import java.util.List;
import org.agora.core.Agent;
import org.agora.core.AgentProvider;
import org.agora.core.Game;
import org.agora.core.GameParameters;
import org.agora.core.ParameterSpec;
import org.agora.core.PlayerView;
import org.agora.core.ViewAgent;

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
  public List<ParameterSpec> parameters() {
    return List.of();
  }

  @Override
  public Agent create(Game game, int player, long seed, GameParameters options) {
    return new ViewAgent() {
      @Override
      public int player() {
        return player;
      }

      @Override
      public int step(PlayerView view) {
        return 99;
      }
    };
  }
}

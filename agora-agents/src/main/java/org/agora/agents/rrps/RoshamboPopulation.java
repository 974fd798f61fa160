package org.agora.agents.rrps;

import java.util.List;
import org.agora.core.AgentFamily;
import org.agora.core.AgentProvider;

/**
 * The {@code rrps} family: repeated rock-paper-scissors bots after the 1999 RoShamBo competition
 * entries (see the package description), registered as agents under their competition names.
 */
public final class RoshamboPopulation implements AgentFamily {

  private static final List<AgentProvider> BOTS = List.of(
      new BotProvider("copybot", "rrps: beats the opponent's previous throw", CopyBot::new),
      new BotProvider("randbot", "rrps: uniformly random throws (the Nash strategy)", RandBot::new),
      new BotProvider("rockbot", "rrps: always rock", RockBot::new),
      new BotProvider("rotatebot", "rrps: rock, paper, scissors in turn", RotateBot::new));

  @Override
  public String name() {
    return "rrps";
  }

  @Override
  public String description() {
    return "repeated rock-paper-scissors bots after the 1999 RoShamBo competition entries";
  }

  @Override
  public List<AgentProvider> providers() {
    return BOTS;
  }
}

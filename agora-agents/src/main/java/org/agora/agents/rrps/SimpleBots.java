package org.agora.agents.rrps;

import java.util.List;
import org.agora.core.AgentProvider;

/** The rrps family's fixed, cyclic, biased and sequence bots (rockbot, randbot, rotatebot, copybot and the dummy bots). */
final class SimpleBots {

  private SimpleBots() {}

  static final List<AgentProvider> BOTS = List.of(
      new BotProvider("copybot", "rrps: beats the opponent's previous throw", CopyBot::new),
      new BotProvider("randbot", "rrps: uniformly random throws (the Nash strategy)", RandBot::new),
      new BotProvider("rockbot", "rrps: always rock", RockBot::new),
      new BotProvider("rotatebot", "rrps: rock, paper, scissors in turn", RotateBot::new));
}

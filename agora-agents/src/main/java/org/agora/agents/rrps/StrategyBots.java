package org.agora.agents.rrps;

import java.util.List;
import org.agora.core.AgentProvider;

/** The rrps family's meta-strategy ensembles and the competition's strongest entries. */
final class StrategyBots {

  private StrategyBots() {}

  static final List<AgentProvider> BOTS = List.of(
      new BotProvider("greenberg", "rrps: Nagorko's Greenberg, many predictors scored over decaying windows (2nd competition winner)", Greenberg::new),
      new BotProvider("iocainebot", "rrps: Egnor's Iocaine Powder, history matchers with Sicilian meta-strategies (1st competition winner)", IocaineBot::new));
}

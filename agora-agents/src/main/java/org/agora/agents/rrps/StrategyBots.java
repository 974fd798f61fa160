package org.agora.agents.rrps;

import java.util.List;
import org.agora.core.AgentProvider;

/** The rrps family's meta-strategy ensembles and the competition's strongest entries. */
final class StrategyBots {

  private StrategyBots() {}

  static final List<AgentProvider> BOTS = List.of();
}

package org.agora.agents.rrps;

import java.util.List;
import org.agora.core.AgentProvider;

/** The rrps family's frequency counters, history and pattern matchers, Markov predictors. */
final class PatternBots {

  private PatternBots() {}

  static final List<AgentProvider> BOTS = List.of();
}

package org.agora.agents.rrps;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.agora.core.AgentFamily;
import org.agora.core.AgentProvider;

/**
 * The {@code rrps} family: repeated rock-paper-scissors bots after the 1999 RoShamBo competition
 * entries (see the package description), registered as agents under their competition names.
 */
public final class RoshamboPopulation implements AgentFamily {

  private static final List<AgentProvider> BOTS = all(SimpleBots.BOTS, PatternBots.BOTS, StrategyBots.BOTS);

  @SafeVarargs
  private static List<AgentProvider> all(List<AgentProvider>... parts) {
    List<AgentProvider> bots = new ArrayList<>();
    for (List<AgentProvider> part : parts) {
      bots.addAll(part);
    }
    bots.sort(Comparator.comparing(AgentProvider::name));
    return List.copyOf(bots);
  }

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

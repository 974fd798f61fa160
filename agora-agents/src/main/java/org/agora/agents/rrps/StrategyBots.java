package org.agora.agents.rrps;

import java.util.List;
import org.agora.core.AgentProvider;

/** The rrps family's meta-strategy ensembles and the competition's strongest entries. */
final class StrategyBots {

  private StrategyBots() {}

  static final List<AgentProvider> BOTS = List.of(
      new BotProvider("greenberg", "rrps: Nagorko's Greenberg, many predictors scored over decaying windows (2nd competition winner)", Greenberg::new),
      new BotProvider("iocainebot", "rrps: Egnor's Iocaine Powder, history matchers with Sicilian meta-strategies (1st competition winner)", IocaineBot::new),
      new BotProvider("mixed_strategy", "rrps: follows predictors drawn at random in proportion to their recent scores", MixedStrategy::new),
      new BotProvider("multibot", "rrps: Enzenberger's MultiStrategy, plays the best-scoring of six simple strategies", MultiBot::new),
      new BotProvider("phasenbott", "rrps: Mandelson's Phasenbott, history matches played in their best-scoring phase", Phasenbott::new),
      new BotProvider("sunCrazybot", "rrps: switches at random between simple strategies when one loses", SunCrazybot::new),
      new BotProvider("sunNervebot", "rrps: beats a first-order forecast, turns random for a while after three losses", SunNervebot::new),
      new BotProvider("zq_move", "rrps: Burch's ZQ Bot, a decaying second-order predictor of the opponent", ZqMove::new));
}

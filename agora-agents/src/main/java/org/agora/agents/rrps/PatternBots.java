package org.agora.agents.rrps;

import java.util.List;
import org.agora.core.AgentProvider;

/** The rrps family's frequency counters, history and pattern matchers, Markov predictors. */
final class PatternBots {

  private PatternBots() {}

  static final List<AgentProvider> BOTS = List.of(
      new BotProvider("antirotnbot", "rrps: counts the opponent's rotations and plays the best reply (Billings)", AntiRotnBot::new),
      new BotProvider("biopic", "rrps: predicts from its own or the opponent's last two throws, whichever scores (Schaeffer)", Biopic::new),
      new BotProvider("freqbot2", "rrps: beats the opponent's most frequent throw (Billings)", FreqBot2::new),
      new BotProvider("halbot", "rrps: blends Markov predictions over the last 0-4 rounds of both histories (Hutchens' MegaHAL)", HalBot::new),
      new BotProvider("markov5", "rrps: fifth-order Markov model of the opponent's throws (Hlynka)", Markov5::new),
      new BotProvider("markovbails", "rrps: markov5 that plays randomly when far ahead or behind (Hlynka)", MarkovBails::new),
      new BotProvider("mod1bot", "rrps: plays against the best of four simple opponent models (Beal)", Mod1Bot::new),
      new BotProvider("peterbot", "rrps: beats the opponent's most frequent successor of its last throw (Baylie)", PeterBot::new),
      new BotProvider("predbot", "rrps: history matcher, answers what followed the longest repeat of recent play (Beal)", PredBot::new));
}

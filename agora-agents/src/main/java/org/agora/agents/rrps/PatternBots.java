package org.agora.agents.rrps;

import java.util.List;
import org.agora.core.AgentProvider;

/** The rrps family's frequency counters, history and pattern matchers, Markov predictors. */
final class PatternBots {

  private PatternBots() {}

  static final List<AgentProvider> BOTS = List.of(
      new BotProvider("actr_lag2_decay", "rrps: ACT-R memory of three-throw sequences with decaying activation (Lebiere, West)", ActrLag2Decay::new),
      new BotProvider("antirotnbot", "rrps: counts the opponent's rotations and plays the best reply (Billings)", AntiRotnBot::new),
      new BotProvider("biopic", "rrps: predicts from its own or the opponent's last two throws, whichever scores (Schaeffer)", Biopic::new),
      new BotProvider("boom", "rrps: decaying pattern counts at lags 1-27, plays the most relevant (van Rijswijk)", Boom::new),
      new BotProvider("freqbot2", "rrps: beats the opponent's most frequent throw (Billings)", FreqBot2::new),
      new BotProvider("granite", "rrps: Markov model over both histories, two rounds back, backing off (Davidson)", Granite::new),
      new BotProvider("halbot", "rrps: blends Markov predictions over the last 0-4 rounds of both histories (Hutchens' MegaHAL)", HalBot::new),
      new BotProvider("inocencio", "rrps: recent frequencies, then three-throw patterns, thresholded (Morales)", Inocencio::new),
      new BotProvider("marble", "rrps: Markov model over both histories, three rounds back, a little random (Davidson)", Marble::new),
      new BotProvider("markov5", "rrps: fifth-order Markov model of the opponent's throws (Hlynka)", Markov5::new),
      new BotProvider("markovbails", "rrps: markov5 that plays randomly when far ahead or behind (Hlynka)", MarkovBails::new),
      new BotProvider("mod1bot", "rrps: plays against the best of four simple opponent models (Beal)", Mod1Bot::new),
      new BotProvider("peterbot", "rrps: beats the opponent's most frequent successor of its last throw (Baylie)", PeterBot::new),
      new BotProvider("predbot", "rrps: history matcher, answers what followed the longest repeat of recent play (Beal)", PredBot::new),
      new BotProvider("robertot", "rrps: history matchers of lengths 1-10, follows the best-credited (Junghanns)", Robertot::new),
      new BotProvider("russrocker4", "rrps: five predictors vote on the opponent's next throw (Williams)", RussRocker4::new),
      new BotProvider("shofar", "rrps: exponential weights over a pool of simple strategies (Cilibrasi)", Shofar::new));
}

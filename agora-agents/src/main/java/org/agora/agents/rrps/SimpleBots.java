package org.agora.agents.rrps;

import java.util.List;
import org.agora.core.AgentProvider;

/** The rrps family's fixed, cyclic, biased and sequence bots (rockbot, randbot, rotatebot, copybot and the dummy bots). */
final class SimpleBots {

  private SimpleBots() {}

  static final List<AgentProvider> BOTS = List.of(
      new BotProvider("adddriftbot2", "rrps: half random, half the sum of the last pair of throws, drifting every 200 throws", AddDriftBot2::new),
      new BotProvider("addshiftbot3", "rrps: mostly the sum of the last pair of throws, shifting when it loses", AddShiftBot3::new),
      new BotProvider("antiflatbot", "rrps: beats the opponent's least-thrown throw (exploits flat players)", AntiFlatBot::new),
      new BotProvider("copybot", "rrps: beats the opponent's previous throw", CopyBot::new),
      new BotProvider("debruijn81", "rrps: de Bruijn strings of length 81 (every run of four throws once)", DeBruijn81::new),
      new BotProvider("driftbot", "rrps: half the opponent's last throw, half random, drifting every 111 throws", DriftBot::new),
      new BotProvider("flatbot3", "rrps: favours its least-used throw (a flat distribution)", FlatBot3::new),
      new BotProvider("foxtrotbot", "rrps: random throws alternating with its previous throw plus 2, 1, 0", FoxtrotBot::new),
      new BotProvider("pibot", "rrps: the nonzero decimal digits of pi, mod 3", PiBot::new),
      new BotProvider("piedra", "rrps: beats the opponent's most frequent reply to the last pair of throws (Pena)", Piedra::new),
      new BotProvider("r226bot", "rrps: random, 20% rock, 20% paper, 60% scissors", R226Bot::new),
      new BotProvider("randbot", "rrps: uniformly random throws (the Nash strategy)", RandBot::new),
      new BotProvider("rockbot", "rrps: always rock", RockBot::new),
      new BotProvider("rotatebot", "rrps: rock, paper, scissors in turn", RotateBot::new),
      new BotProvider("sweetrock", "rrps: piedra's last-pair predictor, hedged towards the latest reply (Pena)", SweetRock::new),
      new BotProvider("switchalot", "rrps: seldom repeats its previous throw (12%)", Switchalot::new),
      new BotProvider("switchbot", "rrps: never repeats its previous throw", SwitchBot::new),
      new BotProvider("textbot", "rrps: English text spelled as throws, letter index mod 3", TextBot::new));
}

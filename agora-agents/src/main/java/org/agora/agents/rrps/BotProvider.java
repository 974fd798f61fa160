package org.agora.agents.rrps;

import java.util.ArrayList;
import java.util.List;
import org.agora.core.Agent;
import org.agora.core.AgentProvider;
import org.agora.core.Game;
import org.agora.core.GameParameters;
import org.agora.core.GameSpecException;
import org.agora.core.ParameterSpec;
import org.agora.core.transform.RepeatedGame;

/**
 * Registers one repeated rock-paper-scissors bot or learner: its name, a one-line description, its
 * options (none for the competition bots) and how to make it. Every bot also takes a {@code seed}
 * option (defaulting to the agent's seed) and plays repeated rock-paper-scissors only.
 */
final class BotProvider implements AgentProvider {

  /** Makes a bot without options for a seat. */
  @FunctionalInterface
  interface Maker {
    RoshamboBot make(int player, long seed);
  }

  /** Makes a bot for a seat from its validated options. */
  @FunctionalInterface
  interface OptionsMaker {
    RoshamboBot make(int player, long seed, GameParameters options);
  }

  private final String name;
  private final String description;
  private final List<ParameterSpec> parameters;
  private final OptionsMaker maker;

  /** A bot without options. */
  BotProvider(String name, String description, Maker maker) {
    this(name, description, List.of(), (player, seed, options) -> maker.make(player, seed));
  }

  /** A bot with {@code options} besides the seed. */
  BotProvider(String name, String description, List<ParameterSpec> options, OptionsMaker maker) {
    this.name = name;
    this.description = description;
    List<ParameterSpec> all = new ArrayList<>(options);
    all.add(ParameterSpec.longInteger("seed", null, "the bot's seed (default: the seed the agent is given)"));
    this.parameters = List.copyOf(all);
    this.maker = maker;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public List<ParameterSpec> parameters() {
    return parameters;
  }

  @Override
  public Agent create(Game game, int player, long seed, GameParameters options) {
    if (!isRepeatedRockPaperScissors(game)) {
      throw new GameSpecException(name + " plays repeated rock-paper-scissors only (e.g."
          + " repeated_rock_paper_scissors), not " + game.name());
    }
    return maker.make(player, options.getLong("seed"), options);
  }

  static boolean isRepeatedRockPaperScissors(Game game) {
    return game instanceof RepeatedGame repeated && repeated.playerCount() == 2 && repeated.actionCount() == 3
        && repeated.stage().name().startsWith("rock_paper_scissors");
  }
}

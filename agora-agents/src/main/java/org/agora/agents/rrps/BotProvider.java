package org.agora.agents.rrps;

import java.util.List;
import org.agora.core.Agent;
import org.agora.core.AgentProvider;
import org.agora.core.Game;
import org.agora.core.GameParameters;
import org.agora.core.GameSpecException;
import org.agora.core.ParameterSpec;
import org.agora.core.transform.RepeatedGame;

/**
 * Registers one bot of the population: its name, a one-line description and how to make it. Bots
 * take a {@code seed} option (defaulting to the agent's seed) and play repeated rock-paper-scissors
 * only.
 */
final class BotProvider implements AgentProvider {

  /** Makes a bot for a seat. */
  @FunctionalInterface
  interface Maker {
    RoshamboBot make(int player, long seed);
  }

  private final String name;
  private final String description;
  private final Maker maker;

  BotProvider(String name, String description, Maker maker) {
    this.name = name;
    this.description = description;
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
    return List.of(ParameterSpec.longInteger("seed", null, "the bot's seed (default: the seed the agent is given)"));
  }

  @Override
  public Agent create(Game game, int player, long seed, GameParameters options) {
    if (!isRepeatedRockPaperScissors(game)) {
      throw new GameSpecException(name + " plays repeated rock-paper-scissors only (e.g."
          + " repeated_rock_paper_scissors), not " + game.name());
    }
    return maker.make(player, options.getLong("seed"));
  }

  static boolean isRepeatedRockPaperScissors(Game game) {
    return game instanceof RepeatedGame repeated && repeated.playerCount() == 2 && repeated.actionCount() == 3
        && repeated.stage().name().startsWith("rock_paper_scissors");
  }
}

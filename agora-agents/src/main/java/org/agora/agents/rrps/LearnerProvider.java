package org.agora.agents.rrps;

import java.util.ArrayList;
import java.util.List;
import org.agora.core.Agent;
import org.agora.core.AgentProvider;
import org.agora.core.Game;
import org.agora.core.GameParameters;
import org.agora.core.GameSpecException;
import org.agora.core.ParameterSpec;

/**
 * Registers one repeated rock-paper-scissors learner (outside the competition population): its name,
 * a one-line description, its options and how to make it from them. Every learner also takes a
 * {@code seed} option (defaulting to the agent's seed).
 */
final class LearnerProvider implements AgentProvider {

  /** Makes a learner for a seat from its validated options. */
  @FunctionalInterface
  interface Maker {
    RoshamboBot make(int player, long seed, GameParameters options);
  }

  private final String name;
  private final String description;
  private final List<ParameterSpec> parameters;
  private final Maker maker;

  LearnerProvider(String name, String description, List<ParameterSpec> options, Maker maker) {
    this.name = name;
    this.description = description;
    List<ParameterSpec> all = new ArrayList<>(options);
    all.add(ParameterSpec.longInteger("seed", null, "the learner's seed (default: the seed the agent is given)"));
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
    if (!BotProvider.isRepeatedRockPaperScissors(game)) {
      throw new GameSpecException(name + " plays repeated rock-paper-scissors only (e.g."
          + " repeated_rock_paper_scissors), not " + game.name());
    }
    return maker.make(player, options.getLong("seed"), options);
  }
}

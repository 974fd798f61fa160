package org.agora.agents.mcts;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.agora.agents.AgentOptions;
import org.agora.core.Agent;
import org.agora.core.AgentProvider;
import org.agora.core.Game;

/**
 * Registers {@link MctsAgent} as {@code mcts}. Options: {@code simulations} (per move, default
 * 1000), {@code c} (UCT exploration constant, default sqrt(2)), {@code rollouts} (random rollouts
 * per leaf, default 1), {@code seed} (default the seed the agent is given) and {@code solve}
 * ({@code true} for MCTS-Solver in two-player zero-sum games without chance; default false).
 */
public final class MctsAgentProvider implements AgentProvider {

  private static final String NAME = "mcts";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "UCT Monte-Carlo tree search; options simulations (1000), c (sqrt 2), rollouts (1), seed, solve (false)";
  }

  @Override
  public Agent create(Game game, int player, long seed, Map<String, String> options) {
    AgentOptions parsed = AgentOptions.of(NAME, options, List.of("simulations", "c", "rollouts", "seed", "solve"));
    int simulations = parsed.integer("simulations", 1000, 1, 100_000_000);
    double exploration = parsed.real("c", Math.sqrt(2.0), 0.0, 1e6);
    int rollouts = parsed.integer("rollouts", 1, 1, 1_000_000);
    long agentSeed = parsed.longInteger("seed", seed);
    boolean solve = parsed.bool("solve", false);
    MctsAgent.requireTree(game, NAME);
    return new MctsAgent(game, player, simulations, exploration, new RandomRolloutEvaluator(game, rollouts),
        new SplittableRandom(agentSeed), solve);
  }
}

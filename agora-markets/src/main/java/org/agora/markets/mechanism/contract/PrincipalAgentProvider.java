package org.agora.markets.mechanism.contract;

import java.util.List;
import org.agora.core.Game;
import org.agora.core.GameParameters;
import org.agora.core.GameProvider;
import org.agora.core.ParameterSpec;

/** Registers {@link PrincipalAgentGame} as {@code principal_agent(cost=...,shirk_success=...,work_success=...,reward=...,levels=...)}. */
public final class PrincipalAgentProvider implements GameProvider {

  @Override
  public String name() {
    return PrincipalAgentGame.NAME;
  }

  @Override
  public String description() {
    return "hidden-action contract: a principal offers a success bonus, an agent privately shirks or works";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(
        ParameterSpec.real("cost", 1.0, 0.0, 1e6, "the agent's cost of working"),
        ParameterSpec.real("shirk_success", 0.2, 0.0, 1.0, "success probability when the agent shirks"),
        ParameterSpec.real("work_success", 0.6, 0.0, 1.0, "success probability when the agent works"),
        ParameterSpec.real("reward", 10.0, 0.0, 1e6, "the principal's reward on success"),
        ParameterSpec.integer("levels", 5, 2, PrincipalAgentGame.MAX_LEVELS,
            "bonus levels: reward * k / (levels - 1)"));
  }

  @Override
  public Game create(GameParameters parameters) {
    return new PrincipalAgentGame(parameters.getDouble("cost"), parameters.getDouble("shirk_success"),
        parameters.getDouble("work_success"), parameters.getDouble("reward"), parameters.getInt("levels"));
  }
}

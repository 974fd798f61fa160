package org.agora.markets.mechanism.persuasion;

import java.util.List;
import org.agora.core.Game;
import org.agora.core.GameParameters;
import org.agora.core.GameProvider;
import org.agora.core.ParameterSpec;

/** Registers {@link BayesianPersuasionGame} as {@code bayesian_persuasion(prior=...,high=...,low=...,price=...,levels=...)}. */
public final class BayesianPersuasionProvider implements GameProvider {

  @Override
  public String name() {
    return BayesianPersuasionGame.NAME;
  }

  @Override
  public String description() {
    return "Bayesian persuasion: a seller commits to a recommendation scheme, a buyer unsure of the state buys or not";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(
        ParameterSpec.real("prior", 0.25, 0.0, 1.0, "probability of the high state"),
        ParameterSpec.real("high", 2.0, -1e6, 1e6, "the buyer's value in the high state"),
        ParameterSpec.real("low", 0.0, -1e6, 1e6, "the buyer's value in the low state (below high)"),
        ParameterSpec.real("price", 1.0, -1e6, 1e6, "the fixed price"),
        ParameterSpec.integer("levels", 4, 2, BayesianPersuasionGame.MAX_LEVELS,
            "seller schemes: recommend buy in the low state with probability k/(levels-1)"));
  }

  @Override
  public Game create(GameParameters parameters) {
    return new BayesianPersuasionGame(parameters.getDouble("prior"), parameters.getDouble("high"),
        parameters.getDouble("low"), parameters.getDouble("price"), parameters.getInt("levels"));
  }
}

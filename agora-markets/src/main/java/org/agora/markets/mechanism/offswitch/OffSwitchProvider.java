package org.agora.markets.mechanism.offswitch;

import java.util.List;
import org.agora.core.Game;
import org.agora.core.GameParameters;
import org.agora.core.GameProvider;
import org.agora.core.ParameterSpec;

/** Registers {@link OffSwitchGame} as {@code off_switch(mean=...,sd=...,points=...)}. */
public final class OffSwitchProvider implements GameProvider {

  @Override
  public String name() {
    return OffSwitchGame.NAME;
  }

  @Override
  public String description() {
    return "off-switch game: a robot unsure of the human's normal utility U acts, switches off or lets the human decide";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(
        ParameterSpec.real("mean", 0.0, -1e6, 1e6, "mean of the human's utility U"),
        ParameterSpec.real("sd", 1.0, 0.0, 1e6, "standard deviation of U"),
        ParameterSpec.integer("points", 7, 1, OffSwitchGame.MAX_POINTS,
            "utility levels: mean + sd * z for z evenly spaced over [-3, 3]"));
  }

  @Override
  public Game create(GameParameters parameters) {
    return new OffSwitchGame(parameters.getDouble("mean"), parameters.getDouble("sd"), parameters.getInt("points"));
  }
}

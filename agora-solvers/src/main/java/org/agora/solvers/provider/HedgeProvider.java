package org.agora.solvers.provider;

import org.agora.core.GameParameters;
import org.agora.core.normalform.NormalFormGame;
import org.agora.solvers.dynamics.LearningDynamics;
import org.agora.solvers.dynamics.Hedge;

/** {@code hedge}: Hedge (Freund and Schapire 1997) with its rate tuned to the number of iterations; see {@link DynamicsProvider}. */
public final class HedgeProvider extends DynamicsProvider {

  public HedgeProvider() {
    super("hedge", "Hedge / multiplicative weights tuned to --iterations (Freund and Schapire 1997)", true);
  }

  @Override
  LearningDynamics dynamics(NormalFormGame game, GameParameters values) {
    return Hedge.forHorizon(game, values.getInt("iterations"), randomStart(game, values));
  }
}

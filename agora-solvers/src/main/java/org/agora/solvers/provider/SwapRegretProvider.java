package org.agora.solvers.provider;

import org.agora.core.GameParameters;
import org.agora.core.normalform.NormalFormGame;
import org.agora.solvers.dynamics.LearningDynamics;
import org.agora.solvers.dynamics.SwapRegretMinimizer;

/** {@code swap}: swap-regret minimisation (Blum and Mansour 2007); see {@link DynamicsProvider}. */
public final class SwapRegretProvider extends DynamicsProvider {

  public SwapRegretProvider() {
    super("swap", "swap-regret minimisation (Blum and Mansour 2007); joint play tends to a CE", false);
  }

  @Override
  LearningDynamics dynamics(NormalFormGame game, GameParameters values) {
    return new SwapRegretMinimizer(game);
  }
}

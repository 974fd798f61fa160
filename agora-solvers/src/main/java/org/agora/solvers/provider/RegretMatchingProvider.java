package org.agora.solvers.provider;

import org.agora.core.GameParameters;
import org.agora.core.normalform.NormalFormGame;
import org.agora.solvers.dynamics.LearningDynamics;
import org.agora.solvers.dynamics.RegretMatching;

/** {@code rm}: regret matching (Hart and Mas-Colell 2000) from a seeded random start; see {@link DynamicsProvider}. */
public final class RegretMatchingProvider extends DynamicsProvider {

  public RegretMatchingProvider() {
    super("rm", "regret matching (Hart and Mas-Colell 2000), time average", true);
  }

  @Override
  LearningDynamics dynamics(NormalFormGame game, GameParameters values) {
    return new RegretMatching(game, randomStart(game, values));
  }
}

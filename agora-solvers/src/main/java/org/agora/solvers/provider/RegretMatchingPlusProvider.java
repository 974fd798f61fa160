package org.agora.solvers.provider;

import org.agora.core.GameParameters;
import org.agora.core.normalform.NormalFormGame;
import org.agora.solvers.dynamics.LearningDynamics;
import org.agora.solvers.dynamics.RegretMatchingPlus;

/** {@code rm+}: regret matching+ (Tammelin 2014) from a seeded random start; see {@link DynamicsProvider}. */
public final class RegretMatchingPlusProvider extends DynamicsProvider {

  public RegretMatchingPlusProvider() {
    super("rm+", "regret matching+ (Tammelin 2014), linear time average", true);
  }

  @Override
  LearningDynamics dynamics(NormalFormGame game, GameParameters values) {
    return new RegretMatchingPlus(game, randomStart(game, values));
  }
}

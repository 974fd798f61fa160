package org.agora.solvers.provider;

import org.agora.core.GameParameters;
import org.agora.core.normalform.NormalFormGame;
import org.agora.solvers.dynamics.LearningDynamics;
import org.agora.solvers.dynamics.FictitiousPlay;

/** {@code fp}: fictitious play (Brown 1951); see {@link DynamicsProvider}. */
public final class FictitiousPlayProvider extends DynamicsProvider {

  public FictitiousPlayProvider() {
    super("fp", "fictitious play (Brown 1951), time average", false);
  }

  @Override
  LearningDynamics dynamics(NormalFormGame game, GameParameters values) {
    return new FictitiousPlay(game);
  }
}

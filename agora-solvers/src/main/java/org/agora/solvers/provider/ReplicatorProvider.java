package org.agora.solvers.provider;

import org.agora.core.GameParameters;
import org.agora.core.normalform.NormalFormGame;
import org.agora.solvers.dynamics.LearningDynamics;
import org.agora.solvers.dynamics.ReplicatorDynamics;

/** {@code replicator}: replicator dynamics (Taylor and Jonker 1978), fourth-order Runge-Kutta with step 0.01; see {@link DynamicsProvider}. */
public final class ReplicatorProvider extends DynamicsProvider {

  public ReplicatorProvider() {
    super("replicator", "replicator dynamics, RK4 with step 0.01 (Taylor and Jonker 1978)", true);
  }

  @Override
  LearningDynamics dynamics(NormalFormGame game, GameParameters values) {
    return new ReplicatorDynamics(game, 0.01, ReplicatorDynamics.Integrator.RUNGE_KUTTA_4,
        randomStart(game, values));
  }
}

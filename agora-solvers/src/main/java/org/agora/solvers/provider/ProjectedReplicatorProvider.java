package org.agora.solvers.provider;

import org.agora.core.GameParameters;
import org.agora.core.normalform.NormalFormGame;
import org.agora.solvers.dynamics.LearningDynamics;
import org.agora.solvers.dynamics.ProjectedReplicatorDynamics;

/** {@code projected-replicator}: projected replicator dynamics (Lanctot et al. 2017), step 0.01, exploration 0.01; see {@link DynamicsProvider}. */
public final class ProjectedReplicatorProvider extends DynamicsProvider {

  public ProjectedReplicatorProvider() {
    super("projected-replicator", "projected replicator dynamics, step 0.01, exploration 0.01"
        + " (Lanctot et al. 2017)", true);
  }

  @Override
  LearningDynamics dynamics(NormalFormGame game, GameParameters values) {
    return new ProjectedReplicatorDynamics(game, 0.01, 0.01, randomStart(game, values));
  }
}

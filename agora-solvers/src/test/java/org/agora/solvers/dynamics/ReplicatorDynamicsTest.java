package org.agora.solvers.dynamics;

import static org.agora.solvers.dynamics.DynamicsFixtures.zoo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.agora.core.normalform.NormalFormGame;
import org.agora.solvers.MixedProfile;
import org.junit.jupiter.api.Test;

class ReplicatorDynamicsTest {

  private static final MixedProfile START = MixedProfile.of(new double[] {0.5, 0.3, 0.2}, new double[] {0.2, 0.3, 0.5});

  /** sum_i log x_i + sum_j log y_j, constant along two-population replicator orbits of rock-paper-scissors. */
  private static double logProduct(MixedProfile profile) {
    double sum = 0.0;
    for (int p = 0; p < 2; p++) {
      for (int s = 0; s < 3; s++) {
        sum += Math.log(profile.probability(p, s));
      }
    }
    return sum;
  }

  @Test
  void rungeKuttaConservesTheLogProductAndCyclesInRockPaperScissors() {
    NormalFormGame rps = zoo("rock_paper_scissors");
    ReplicatorDynamics dynamics = new ReplicatorDynamics(rps, 0.01, ReplicatorDynamics.Integrator.RUNGE_KUTTA_4, START);
    double initial = logProduct(START);
    double farthestFromUniform = 0.0;
    double nearestToUniform = Double.POSITIVE_INFINITY;
    for (int t = 0; t < 5000; t++) {
      dynamics.step();
      MixedProfile current = dynamics.currentProfile();
      assertThat(logProduct(current)).isCloseTo(initial, within(1e-6));
      double distance = Math.abs(current.probability(0, 0) - 1.0 / 3);
      farthestFromUniform = Math.max(farthestFromUniform, distance);
      nearestToUniform = Math.min(nearestToUniform, distance + Math.abs(current.probability(0, 1) - 1.0 / 3));
    }
    // It keeps moving around the equilibrium rather than converging to it.
    assertThat(farthestFromUniform).isGreaterThan(0.15);
    assertThat(nearestToUniform).isGreaterThan(0.01);
  }

  @Test
  void eulerStepsSpiralOutwardInRockPaperScissors() {
    // One Euler step multiplies x_i by 1 + h (u_i - u). By concavity of log, (1/3) sum_i log(1 + h (u_i
    // - u)) <= log(1 + h a) for the row with a = u_1(uniform, y) - u_1(x, y) = u_1(x, y), and the column
    // gets <= log(1 - h a) (zero-sum, value 0): the log-product falls by at least -3 log(1 - h^2 a^2).
    // The discrete orbit drifts toward the boundary, while the flow conserves it.
    NormalFormGame rps = zoo("rock_paper_scissors");
    ReplicatorDynamics dynamics = new ReplicatorDynamics(rps, 0.01, ReplicatorDynamics.Integrator.EULER, START);
    double previous = logProduct(START);
    for (int t = 0; t < 2000; t++) {
      dynamics.step();
      double next = logProduct(dynamics.currentProfile());
      assertThat(next).isLessThan(previous);
      previous = next;
    }
  }

  @Test
  void timeAverageOfTheCycleApproachesTheUniformEquilibrium() {
    NormalFormGame rps = zoo("rock_paper_scissors");
    ReplicatorDynamics dynamics = new ReplicatorDynamics(rps, 0.01, ReplicatorDynamics.Integrator.RUNGE_KUTTA_4, START);
    dynamics.run(20000, 20000);
    assertThat(dynamics.averageProfile().isCloseTo(MixedProfile.uniform(rps), 0.02)).as(dynamics.averageProfile().toString()).isTrue();
  }

  @Test
  void eulerStepIsTheVectorField() {
    NormalFormGame rps = zoo("rock_paper_scissors");
    ReplicatorDynamics dynamics = new ReplicatorDynamics(rps, 0.1, ReplicatorDynamics.Integrator.EULER, START);
    dynamics.step();
    // Row rock: payoff vs y = (0.2, 0.3, 0.5) is -0.3 + 0.5 = 0.2; paper 0.2 - 0.5 = -0.3; scissors -0.2 + 0.3 = 0.1.
    // Average payoff: 0.5*0.2 + 0.3*(-0.3) + 0.2*0.1 = 0.03.
    assertThat(dynamics.currentProfile().probability(0, 0)).isCloseTo(0.5 + 0.1 * 0.5 * (0.2 - 0.03), within(1e-12));
    assertThat(dynamics.currentProfile().probability(0, 1)).isCloseTo(0.3 + 0.1 * 0.3 * (-0.3 - 0.03), within(1e-12));
  }

  @Test
  void strictEquilibriumAttractsInTheStagHunt() {
    NormalFormGame stagHunt = zoo("stag_hunt");
    ReplicatorDynamics dynamics = new ReplicatorDynamics(stagHunt, 0.05, ReplicatorDynamics.Integrator.RUNGE_KUTTA_4);
    dynamics.run(4000, 4000);
    assertThat(org.agora.solvers.measures.ProfileMeasures.nashConv(stagHunt, dynamics.currentProfile())).isLessThan(1e-6);
  }

  @Test
  void projectedReplicatorAverageApproachesUniformInRockPaperScissors() {
    NormalFormGame rps = zoo("rock_paper_scissors");
    ProjectedReplicatorDynamics dynamics = new ProjectedReplicatorDynamics(rps, 0.01, 0.01, START);
    dynamics.run(20000, 20000);
    assertThat(dynamics.averageProfile().isCloseTo(MixedProfile.uniform(rps), 0.02)).as(dynamics.averageProfile().toString()).isTrue();
  }

  @Test
  void projectionKeepsTheExplorationFloor() {
    double[] values = {1.4, -0.2, -0.2};
    ProjectedReplicatorDynamics.project(values, 0.1);
    assertThat(values).containsExactly(new double[] {0.8, 0.1, 0.1}, within(1e-12));
    double[] inside = {0.5, 0.3, 0.2};
    ProjectedReplicatorDynamics.project(inside, 0.05);
    assertThat(inside).containsExactly(new double[] {0.5, 0.3, 0.2}, within(1e-12));
    double[] shifted = {0.6, 0.5, 0.1};
    // Euclidean projection onto the simplex: subtract (1.2 - 1) / 3 from each.
    ProjectedReplicatorDynamics.project(shifted, 0.0);
    assertThat(shifted).containsExactly(new double[] {0.6 - 0.2 / 3, 0.5 - 0.2 / 3, 0.1 - 0.2 / 3}, within(1e-12));
  }
}

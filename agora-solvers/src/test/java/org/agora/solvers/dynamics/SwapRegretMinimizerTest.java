package org.agora.solvers.dynamics;

import static org.agora.solvers.dynamics.DynamicsFixtures.randomGame;
import static org.agora.solvers.dynamics.DynamicsFixtures.zoo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.agora.core.normalform.NormalFormGame;
import org.junit.jupiter.api.Test;

class SwapRegretMinimizerTest {

  @Test
  void jointDistributionIsAnApproximateCorrelatedEquilibriumOfChicken() {
    SwapRegretMinimizer minimizer = new SwapRegretMinimizer(zoo("chicken"));
    Trajectory trajectory = minimizer.run(5000, 1000);
    assertThat(trajectory.last().correlatedGap()).isLessThan(0.02);
    assertThat(trajectory.last().correlatedGap()).isLessThan(trajectory.samples().get(0).correlatedGap());
  }

  @Test
  void jointDistributionIsAnApproximateCorrelatedEquilibriumOfRandomGames() {
    int[][] shapes = {{3, 3}, {4, 5}, {3, 3, 3}, {2, 3, 4}};
    for (long seed = 0; seed < 3; seed++) {
      for (int[] shape : shapes) {
        NormalFormGame game = randomGame(seed, shape);
        Trajectory.Sample last = new SwapRegretMinimizer(game).run(5000, 5000).last();
        assertThat(last.correlatedGap()).as(game.title() + " " + java.util.Arrays.toString(shape)).isLessThan(0.02);
        assertThat(last.coarseCorrelatedGap()).isLessThanOrEqualTo(last.correlatedGap() + 1e-12);
      }
    }
  }

  @Test
  void playsTheStationaryDistributionOfItsRecommendations() {
    NormalFormGame game = randomGame(3, 4, 5);
    SwapRegretMinimizer minimizer = new SwapRegretMinimizer(game);
    for (int t = 0; t < 200; t++) {
      minimizer.step();
      for (int p = 0; p < 2; p++) {
        double[][] rows = minimizer.recommendations(p);
        double[] strategy = minimizer.currentProfile().strategy(p);
        for (int i = 0; i < strategy.length; i++) {
          double next = 0.0;
          for (int k = 0; k < strategy.length; k++) {
            next += strategy[k] * rows[k][i];
          }
          assertThat(next).isCloseTo(strategy[i], within(1e-10));
        }
      }
    }
  }
}

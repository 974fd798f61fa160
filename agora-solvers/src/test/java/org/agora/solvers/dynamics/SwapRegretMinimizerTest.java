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

  @Test
  void hedgeCopiesAlsoApproachTheCorrelatedSetWithinTheirBound() {
    int horizon = 5000;
    for (NormalFormGame game : new NormalFormGame[] {zoo("chicken"), randomGame(0, 3, 3, 3), randomGame(1, 4, 5)}) {
      double range = game.maxUtility() - game.minUtility();
      int m = game.strategyCount(0);
      double rate = Math.sqrt(8 * Math.log(m) / horizon) / range;
      Trajectory trajectory = SwapRegretMinimizer.overHedge(game, rate).run(horizon, horizon / 10);
      // Swap regret <= sum over copies of (ln m / rate + rate range^2 L_j / 8), sum_j L_j = T.
      double bound = 0.0;
      for (int p = 0; p < game.playerCount(); p++) {
        int count = game.strategyCount(p);
        bound += (count * Math.log(count) / rate + rate * range * range * horizon / 8) / horizon;
      }
      Trajectory.Sample last = trajectory.last();
      assertThat(last.correlatedGap()).as(game.title()).isLessThanOrEqualTo(bound);
      assertThat(last.correlatedGap()).as(game.title()).isLessThan(trajectory.samples().get(0).correlatedGap());
    }
  }

  @Test
  void rejectsANonPositiveLearningRate() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> SwapRegretMinimizer.overHedge(zoo("chicken"), 0.0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("learningRate");
  }
}

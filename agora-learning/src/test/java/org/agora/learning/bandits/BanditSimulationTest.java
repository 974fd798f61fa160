package org.agora.learning.bandits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.agora.learning.bandits.arm.AdversarialBandit;
import org.agora.learning.bandits.arm.BernoulliBandit;
import org.junit.jupiter.api.Test;

/** Regret bookkeeping on hand examples, the log grid, and determinism across seeds and thread counts. */
class BanditSimulationTest {

  /** Always pulls one arm. */
  private static BanditPolicy fixed(int arms, int arm) {
    return new BanditPolicy() {
      @Override
      public int armCount() {
        return arms;
      }

      @Override
      public void reset() {}

      @Override
      public int choose(long round) {
        return arm;
      }

      @Override
      public void update(int pulled, double reward) {}

      @Override
      public String describe() {
        return "fixed";
      }
    };
  }

  @Test
  void pseudoRegretOfAFixedArmIsTheGapTimesTheRound() {
    BanditRun run = BanditSimulation.run(fixed(2, 0), new BernoulliBandit(0.2, 0.8), 1000, new SplittableRandom(1), 1,
        LogGrid.rounds(1000, 10));
    for (int i = 0; i < run.rounds().length; i++) {
      assertThat(run.regret()[i]).isCloseTo(0.6 * run.rounds()[i], within(1e-9));
    }
    assertThat(run.pulls()).containsExactly(1000, 0);
  }

  @Test
  void adversarialRegretIsAgainstTheBestFixedArmInHindsight() {
    AdversarialBandit table = new AdversarialBandit(new double[][] {{1, 0}, {0, 1}, {1, 0}});
    // Arm 0 earns 2 in three rounds, arm 1 earns 1: pulling arm 1 loses 1, pulling arm 0 loses nothing.
    BanditRun loser = BanditSimulation.run(fixed(2, 1), table, 3, new SplittableRandom(1), 1, new long[] {1, 2, 3});
    assertThat(loser.regret()).containsExactly(1, 0, 1);
    BanditRun winner = BanditSimulation.run(fixed(2, 0), table, 3, new SplittableRandom(1), 1, new long[] {3});
    assertThat(winner.finalRegret()).isZero();
    assertThat(winner.totalReward()).isEqualTo(2);
  }

  @Test
  void logGridIsIncreasingAndEndsAtTheHorizon() {
    assertThat(LogGrid.rounds(1, 20)).containsExactly(1);
    assertThat(LogGrid.rounds(100, 2)).containsExactly(1, 3, 10, 32, 100);
    long[] grid = LogGrid.rounds(1_000_000, 20);
    assertThat(grid).startsWith(1, 2, 3).endsWith(1_000_000).isSorted().doesNotHaveDuplicates();
    assertThat(grid.length).isLessThan(130);
  }

  @Test
  void sameSeedSameRunAndDifferentSeedDifferentRun() {
    BanditRun first = BanditSimulation.run("thompson", "bernoulli(0.4,0.5)", 5000, 42);
    BanditRun again = BanditSimulation.run("thompson", "bernoulli(0.4,0.5)", 5000, 42);
    BanditRun other = BanditSimulation.run("thompson", "bernoulli(0.4,0.5)", 5000, 43);
    assertThat(again.regret()).containsExactly(first.regret());
    assertThat(again.pulls()).containsExactly(first.pulls());
    assertThat(other.regret()).isNotEqualTo(first.regret());
  }

  @Test
  void experimentGivesTheSameNumbersOnAnyThreadCountAndEachRunReproducesAlone() {
    BanditExperiment experiment = new BanditExperiment(List.of("ucb1", "exp3", "tsallis-inf", "bayes-ucb"),
        List.of("bernoulli(0.2,0.5,0.6)", "adversarial(arms=3,rounds=500,rule=uniform)"), 2000, 3, 9);
    List<BanditRun> one = experiment.run(1);
    List<BanditRun> three = experiment.run(3);
    assertThat(one).hasSize(24);
    for (int i = 0; i < one.size(); i++) {
      assertThat(three.get(i).regret()).containsExactly(one.get(i).regret());
      assertThat(three.get(i).seed()).isEqualTo(one.get(i).seed());
    }
    // Task 7 = policy 1 (exp3), problem 0, seed index 1.
    BanditRun task = one.get(7);
    assertThat(task.policy()).startsWith("exp3");
    assertThat(task.problem()).startsWith("bernoulli");
    BanditRun alone = BanditSimulation.run("exp3", "bernoulli(0.2,0.5,0.6)", 2000, task.seed());
    assertThat(alone.regret()).containsExactly(task.regret());
  }

  @Test
  void everyRegisteredPolicyPlaysEveryStochasticProblem() {
    for (BanditPolicyProvider policy : BanditRegistry.policies()) {
      for (String problem : List.of("bernoulli(0.2,0.8)", "gaussian(means=0.2;0.8,sigma=0.5)", "exponential(0.5,1)",
          "poisson(1,3)", "piecewise(changes=[100],means=0.2;0.8|0.8;0.2)")) {
        BanditRun run = BanditSimulation.run(policy.name(), problem, 300, 5);
        assertThat(run.pulls()[0] + run.pulls()[1]).as(policy.name() + " on " + problem).isEqualTo(300);
        assertThat(Double.isFinite(run.finalRegret())).isTrue();
        // Pseudo-regret only grows: each round adds mu*_t - mu_{a_t, t} >= 0.
        for (int i = 1; i < run.regret().length; i++) {
          assertThat(run.regret()[i]).as(policy.name() + " on " + problem).isGreaterThanOrEqualTo(run.regret()[i - 1]);
        }
      }
    }
  }
}

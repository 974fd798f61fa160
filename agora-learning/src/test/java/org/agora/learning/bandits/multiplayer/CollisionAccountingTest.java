package org.agora.learning.bandits.multiplayer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Collisions, rewards, observations and regret on hand examples. Arms with means 0 and 1 draw 0 and 1
 * surely, so every reward is known in advance.
 */
class CollisionAccountingTest {

  private static final long[] GRID = {1, 10, 100};

  private static MultiPlayerRun run(FixedArms policy, String arms, int players, String model) {
    MultiPlayerProblem problem = MultiPlayerProblem.of(arms, players, model);
    return MultiPlayerSimulation.run(policy, problem, 100, new SplittableRandom(1), 1, GRID);
  }

  @Test
  void collidingPlayersGetNothingAndSenseTheCollision() {
    FixedArms policy = new FixedArms(3, 1, 1);
    MultiPlayerRun run = run(policy, "bernoulli(0,1,1)", 2, "sensing");
    // Both on arm 1 every round: 2 colliding pulls per round; the benchmark is 1 + 1 = 2 per round.
    assertThat(run.collisions()).containsExactly(2, 20, 200);
    assertThat(run.regret()).containsExactly(2, 20, 200);
    assertThat(run.playerRewards()).containsExactly(0, 0);
    assertThat(policy.lastSharers).containsExactly(2, 2);
    assertThat(run.pulls()).containsExactly(0, 200, 0);
  }

  @Test
  void withoutSensingTheCollisionIsNotObserved() {
    FixedArms policy = new FixedArms(3, 1, 1);
    MultiPlayerRun run = run(policy, "bernoulli(0,1,1)", 2, "no-sensing");
    assertThat(run.totalCollisions()).isEqualTo(200);
    assertThat(policy.lastSharers).containsExactly(0, 0);
    assertThat(policy.lastRewards).containsExactly(0, 0);
  }

  @Test
  void solePullersAreRewardedAndRegretIsTheGapToTheBestArms() {
    FixedArms policy = new FixedArms(3, 0, 2);
    MultiPlayerRun run = run(policy, "bernoulli(0,1,1)", 2, "sensing");
    // Arm 0 (mean 0) instead of arm 1 (mean 1): regret 1 per round; arm 2 pays 1 per round.
    assertThat(run.regret()).containsExactly(1, 10, 100);
    assertThat(run.totalCollisions()).isZero();
    assertThat(run.playerRewards()).containsExactly(0, 100);
    assertThat(policy.lastSharers).containsExactly(1, 1);
  }

  @Test
  void sharedArmsSplitTheRewardAndRegretIsAgainstTheEquilibrium() {
    FixedArms policy = new FixedArms(2, 0, 0, 0);
    MultiPlayerRun run = run(policy, "bernoulli(1,0.5)", 3, "shared");
    // Equilibrium of [1, 0.5] for 3 players: shares 1, 0.5 (arm 0 then arm 1), 0.5 (arm 0): counts [2, 1],
    // total 1.5 per round. All on arm 0 collect 1 per round: regret 0.5 per round; each gets 1/3.
    assertThat(run.regret()[2]).isCloseTo(50, within(1e-9));
    assertThat(run.playerRewards()[0]).isCloseTo(100.0 / 3, within(1e-9));
    assertThat(run.totalCollisions()).isEqualTo(300);
    assertThat(policy.lastSharers).containsExactly(3, 3, 3);
    assertThat(policy.lastRewards[2]).isCloseTo(1.0 / 3, within(1e-15));
  }

  @Test
  void theOracleHasNoRegret() {
    String arms = "bernoulli(0.1,0.2,0.3,0.4,0.5,0.6,0.7,0.8,0.9)";
    for (String model : new String[] {"sensing", "no-sensing"}) {
      MultiPlayerRun run = MultiPlayerSimulation.run("oracle", MultiPlayerProblem.of(arms, 6, model), 5000, 3);
      assertThat(run.finalRegret()).isCloseTo(0, within(1e-9));
      assertThat(run.totalCollisions()).isZero();
      assertThat(run.pulls()).containsExactly(0, 0, 0, 5000, 5000, 5000, 5000, 5000, 5000);
    }
    MultiPlayerRun shared = MultiPlayerSimulation.run("oracle", MultiPlayerProblem.of(arms, 14, "shared"), 5000, 3);
    assertThat(shared.finalRegret()).isCloseTo(0, within(1e-9));
    // It plays the equilibrium profile every round.
    int[] counts = AveragingAllocationEquilibrium.counts(
        MultiPlayerProblem.of(arms, 14, "shared").means(), 14);
    for (int k = 0; k < 9; k++) {
      assertThat(shared.pulls()[k]).isEqualTo(5000L * counts[k]);
    }
  }
}

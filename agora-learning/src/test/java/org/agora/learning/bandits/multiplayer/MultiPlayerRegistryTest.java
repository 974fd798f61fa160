package org.agora.learning.bandits.multiplayer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import org.agora.core.GameSpecException;
import org.junit.jupiter.api.Test;

/** Creation from strings, one-line errors, and determinism across seeds and thread counts. */
class MultiPlayerRegistryTest {

  private static final String ARMS = "bernoulli(0.1,0.5,0.9,0.3)";

  private static MultiPlayerProblem problem(String model) {
    return MultiPlayerProblem.of(ARMS, 2, model);
  }

  @Test
  void everyPolicyIsCreatedFromItsStringAndDescribesItself() {
    assertThat(MultiPlayerRegistry.policies()).extracting(MultiPlayerPolicyProvider::name)
        .containsExactly("centralized", "mctopm", "musical-chair", "oracle", "randtopm", "rhorand", "selfish", "smaa");
    assertThat(MultiPlayerRegistry.createPolicy("mctopm(index=kl-ucb)", problem("sensing"), 100, new SplittableRandom(1))
        .describe()).isEqualTo("mctopm(index=kl-ucb)");
    assertThat(MultiPlayerRegistry.createPolicy("rhorand(index=ucb1)", problem("sensing"), 100, new SplittableRandom(1))
        .describe()).isEqualTo("rhorand(index=ucb1)");
    assertThat(MultiPlayerRegistry.createPolicy("selfish(index=thompson)", problem("no-sensing"), 100,
        new SplittableRandom(1)).describe()).isEqualTo("selfish(index=thompson)");
    assertThat(MultiPlayerRegistry.createPolicy("smaa", problem("shared"), 100, new SplittableRandom(1)).describe())
        .isEqualTo("smaa(beta=1.0,tolerance=1.0E-9)");
    for (MultiPlayerPolicyProvider provider : MultiPlayerRegistry.policies()) {
      MultiPlayerProblem problem = problem(provider.models().get(0).text());
      MultiPlayerPolicy policy = MultiPlayerRegistry.createPolicy(provider.name(), problem, 1000, new SplittableRandom(1));
      assertThat(policy.playerCount()).isEqualTo(2);
      assertThat(policy.armCount()).isEqualTo(4);
      // The description creates the same policy again.
      assertThat(MultiPlayerRegistry.createPolicy(policy.describe(), problem, 1000, new SplittableRandom(1)).describe())
          .isEqualTo(policy.describe());
    }
  }

  @Test
  void badStringsGiveOneLineErrors() {
    assertOneLine(() -> MultiPlayerRegistry.createPolicy("nope", problem("sensing"), 100, new SplittableRandom(1)),
        "unknown multi-player policy 'nope'; known: centralized, mctopm");
    assertOneLine(() -> MultiPlayerRegistry.createPolicy("mctopm(index=ucb7)", problem("sensing"), 100,
        new SplittableRandom(1)), "ucb7");
    assertOneLine(() -> MultiPlayerRegistry.createPolicy("mctopm(speed=2)", problem("sensing"), 100,
        new SplittableRandom(1)), "speed");
    assertOneLine(() -> MultiPlayerRegistry.createPolicy("mctopm(index=kl-ucb", problem("sensing"), 100,
        new SplittableRandom(1)), "bad multi-player policy string");
    assertOneLine(() -> MultiPlayerRegistry.createPolicy("rhorand", problem("no-sensing"), 100, new SplittableRandom(1)),
        "rhorand does not work under the no-sensing collision model; allowed: sensing");
    assertOneLine(() -> MultiPlayerRegistry.createPolicy("smaa", problem("sensing"), 100, new SplittableRandom(1)),
        "allowed: shared");
    assertOneLine(() -> MultiPlayerRegistry.createPolicy("selfish(index=nope)", problem("sensing"), 100,
        new SplittableRandom(1)), "selfish: unknown bandit policy 'nope'");
    assertOneLine(() -> MultiPlayerRegistry.createPolicy(" ", problem("sensing"), 100, new SplittableRandom(1)),
        "missing");
    assertOneLine(() -> MultiPlayerProblem.of(ARMS, 2, "loud"), "unknown collision model 'loud'; allowed: sensing");
    assertOneLine(() -> MultiPlayerProblem.of(ARMS, 5, "sensing"), "5 players on 4 arms");
    assertOneLine(() -> MultiPlayerProblem.of(ARMS, 0, "shared"), "at least one player");
    assertOneLine(() -> MultiPlayerProblem.of("adversarial(rewards=[[1,0],[0,1]])", 1, "sensing"), "stationary");
    assertOneLine(() -> MultiPlayerProblem.of("gaussian(means=[-1,1])", 2, "shared"), "non-negative means");
    assertOneLine(() -> MultiPlayerProblem.of("bernoulli(2)", 1, "sensing"), "means");
    // More players than arms is fine when arms are shared.
    assertThat(MultiPlayerProblem.of(ARMS, 9, "shared").players()).isEqualTo(9);
  }

  private static void assertOneLine(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String fragment) {
    assertThatThrownBy(call).isInstanceOf(GameSpecException.class)
        .hasMessageContaining(fragment)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void sameNumbersOnAnyThreadCountAndEachRunReproducesFromItsSeed() {
    MultiPlayerExperiment experiment = new MultiPlayerExperiment(List.of("mctopm", "rhorand(index=ucb1)", "selfish",
        "musical-chair", "randtopm"), "bernoulli(0.1,0.2,0.3,0.4,0.5,0.6,0.7,0.8,0.9)", 4, "sensing", 2000, 3, 77);
    List<MultiPlayerRun> one = experiment.run(1);
    List<MultiPlayerRun> three = experiment.run(3);
    assertThat(three).hasSize(15);
    for (int i = 0; i < one.size(); i++) {
      assertThat(three.get(i).regret()).containsExactly(one.get(i).regret());
      assertThat(three.get(i).collisions()).containsExactly(one.get(i).collisions());
      assertThat(three.get(i).playerRewards()).containsExactly(one.get(i).playerRewards());
    }
    MultiPlayerRun alone = MultiPlayerSimulation.run(experiment.policies().get(1),
        MultiPlayerProblem.of(experiment.arms(), 4, "sensing"), 2000, one.get(4).seed());
    assertThat(alone.regret()).containsExactly(one.get(4).regret());
    assertThat(alone.policy()).isEqualTo("rhorand(index=ucb1)");
    // Different seeds give different runs.
    assertThat(one.get(0).regret()).isNotEqualTo(one.get(1).regret());
  }
}

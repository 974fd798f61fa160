package org.agora.learning.bandits.contextual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.agora.core.GameSpecException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContextualRegistryTest {

  private static final ContextualSetting SETTING = new ContextualSetting(5, 10, 1000);

  @Test
  void createsPoliciesAndProblemsFromStrings() {
    assertThat(ContextualBanditRegistry.createPolicy("linucb(alpha=1)", SETTING, new SplittableRandom(1)).describe())
        .isEqualTo("linucb(alpha=1.0,lambda=1.0)");
    assertThat(ContextualBanditRegistry.createPolicy("lin-ts(v=0.5)", SETTING, new SplittableRandom(1)).describe())
        .isEqualTo("lin-ts(v=0.5,lambda=1.0)");
    ContextualBanditPolicy blind = ContextualBanditRegistry.createPolicy("ucb1", SETTING, new SplittableRandom(1));
    assertThat(blind).isInstanceOf(ContextBlindPolicy.class);
    assertThat(blind.describe()).isEqualTo("ucb1(c=2.0)");
    ContextualBanditProblem problem = ContextualBanditRegistry.createProblem("linear(arms=5,dimension=10,noise=0.1,seed=3)");
    assertThat(problem.armCount()).isEqualTo(5);
    assertThat(problem.dimension()).isEqualTo(10);
    assertThat(ContextualBanditRegistry.createProblem(problem.describe()).describe()).isEqualTo(problem.describe());
    assertThat(ContextualBanditRegistry.createProblem("linear-shared(arms=4,dimension=3)").dimension()).isEqualTo(12);
    assertThat(ContextualBanditRegistry.createProblem("logistic").binaryRewards()).isTrue();
    assertThat(ContextualBanditRegistry.createProblem("bernoulli-linear(arms=2,dimension=2,seed=1)").describe())
        .isEqualTo("bernoulli-linear(arms=2,dimension=2,seed=1)");
    assertThat(ContextualBanditRegistry.policies()).extracting(ContextualPolicyProvider::name)
        .containsExactly("lin-ts", "linucb", "ridge-epsilon-greedy", "uniform");
    assertThat(ContextualBanditRegistry.problems()).extracting(ContextualProblemProvider::name)
        .containsExactly("bernoulli-linear", "linear", "linear-shared", "logistic");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "nope|unknown contextual bandit policy 'nope'; known: lin-ts, linucb, ridge-epsilon-greedy, uniform",
      "linucb(alpha=-1)|alpha",
      "linucb(beta=1)|beta",
      "lin-ts(v=x)|'x'",
      "linucb(lambda=0)|lambda",
      "ridge-epsilon-greedy(epsilon=2)|epsilon",
      "linucb(|bad contextual bandit policy string",
      "' '|contextual bandit policy string is missing"})
  void badPolicyStringsGiveOneLineErrors(String text, String expected) {
    assertThatThrownBy(() -> ContextualBanditRegistry.createPolicy(text, SETTING, new SplittableRandom(1)))
        .isInstanceOf(GameSpecException.class)
        .hasMessageContaining(expected)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "nope|unknown contextual bandit problem 'nope'; known: bernoulli-linear, linear, linear-shared, logistic",
      "linear(arms=0)|arms",
      "linear(dimension=100000)|dimension",
      "linear(noise=-1)|noise",
      "linear(seed=abc)|seed",
      "logistic(scale=nan)|scale",
      "linear(arms=5,|bad contextual bandit problem string"})
  void badProblemStringsGiveOneLineErrors(String text, String expected) {
    assertThatThrownBy(() -> ContextualBanditRegistry.createProblem(text))
        .isInstanceOf(GameSpecException.class)
        .hasMessageContaining(expected)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void aPolicyForOtherArmsOrDimensionIsRefused() {
    ContextualBanditProblem problem = ContextualBanditRegistry.createProblem("linear(arms=3,dimension=4)");
    ContextualBanditPolicy policy = ContextualBanditRegistry.createPolicy("linucb",
        new ContextualSetting(3, 5, 10), new SplittableRandom(1));
    assertThatThrownBy(() -> ContextualBanditSimulation.run(policy, problem, 10, new SplittableRandom(1),
        new SplittableRandom(2), 0, new long[] {10}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dimension 5");
  }
}

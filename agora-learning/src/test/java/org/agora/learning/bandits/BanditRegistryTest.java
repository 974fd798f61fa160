package org.agora.learning.bandits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import org.agora.core.GameSpecException;
import org.agora.learning.bandits.arm.BernoulliBandit;
import org.agora.learning.bandits.arm.GaussianBandit;
import org.junit.jupiter.api.Test;

/** Problems and policies created from strings, their listings, and the one-line errors of bad strings. */
class BanditRegistryTest {

  @Test
  void listsEveryPolicyAndProblem() {
    assertThat(BanditRegistry.policies()).extracting(BanditPolicyProvider::name).containsExactly(
        "bayes-ucb", "discounted-ucb", "epsilon-greedy", "exp3", "exp3-ix", "kl-ucb", "moss", "sliding-window-ucb",
        "thompson", "thompson-gaussian", "tsallis-inf", "ucb-v", "ucb1");
    assertThat(BanditRegistry.problems()).extracting(BanditProblemProvider::name).containsExactly(
        "adversarial", "bernoulli", "exponential", "gaussian", "piecewise", "poisson");
    assertThat(BanditRegistry.policies()).allSatisfy(p -> assertThat(p.description()).isNotBlank());
  }

  @Test
  void createsProblemsInEveryWriting() {
    BanditProblem positional = BanditRegistry.createProblem("bernoulli(0.1,0.5,0.9)");
    BanditProblem bracketed = BanditRegistry.createProblem("bernoulli(means=[0.1,0.5,0.9])");
    BanditProblem semicolons = BanditRegistry.createProblem("bernoulli(means=0.1;0.5;0.9)");
    for (BanditProblem problem : List.of(positional, bracketed, semicolons)) {
      assertThat(problem).isInstanceOf(BernoulliBandit.class);
      assertThat(((BernoulliBandit) problem).means()).containsExactly(0.1, 0.5, 0.9);
      assertThat(problem.bestMean(1)).isEqualTo(0.9);
    }
    GaussianBandit gaussian = (GaussianBandit) BanditRegistry.createProblem("gaussian(means=0.1;0.5,sigma=2)");
    assertThat(gaussian.sigmas()).containsExactly(2.0, 2.0);
    assertThat(gaussian.varianceKnown()).isTrue();
    assertThat(((GaussianBandit) BanditRegistry.createProblem("gaussian(means=0;1,variance=unknown)")).varianceKnown())
        .isFalse();
    BanditProblem piecewise = BanditRegistry.createProblem("piecewise(changes=[100,200],means=[[0.1,0.9],[0.9,0.1],[0.5,0.2]])");
    assertThat(piecewise.bestMean(99)).isEqualTo(0.9);
    assertThat(piecewise.mean(0, 100)).isEqualTo(0.9);
    assertThat(piecewise.mean(1, 250)).isEqualTo(0.2);
    BanditProblem table = BanditRegistry.createProblem("adversarial(rewards=[[1,0],[0,1],[0,0]])");
    assertThat(table.mean(1, 2)).isEqualTo(1);
    assertThat(table.mean(0, 4)).isEqualTo(1);
    assertThat(table.comparesToBestFixedArm()).isTrue();
  }

  @Test
  void descriptionsReadBackToTheSameObject() {
    for (String problem : List.of("bernoulli(0.1,0.9)", "gaussian(means=1;2,sigma=0.5;3)", "gaussian(means=-1;2,variance=unknown)", "exponential(1,2)",
        "poisson(0.5,20)", "piecewise(changes=10;20,means=0.1;0.9|0.9;0.1|0.5;0.5)",
        "adversarial(arms=3,rounds=50,rule=uniform,seed=4)", "adversarial(rewards=[[1,0.5]])")) {
      String text = BanditRegistry.createProblem(problem).describe();
      assertThat(BanditRegistry.createProblem(text).describe()).as(problem).isEqualTo(text);
    }
    BanditSetting setting = new BanditSetting(3, 1000);
    for (BanditPolicyProvider provider : BanditRegistry.policies()) {
      String text = BanditRegistry.createPolicy(provider.name(), setting, new SplittableRandom(1)).describe();
      assertThat(BanditRegistry.createPolicy(text, setting, new SplittableRandom(1)).describe())
          .as(provider.name()).isEqualTo(text);
    }
  }

  @Test
  void badStringsGetOneLineErrorsNamingParameterValueAndAllowed() {
    assertThatThrownBy(() -> BanditRegistry.createProblem("bernoulli(0.1,1.5)"))
        .isInstanceOf(GameSpecException.class)
        .hasMessage("bernoulli: parameter 'means' value '[0.1,1.5]': 1.5 is out of range; allowed: a list of numbers"
            + " in [0, 1] such as [0.1,0.5,0.9] or 0.1;0.5;0.9");
    assertThatThrownBy(() -> BanditRegistry.createProblem("gaussian(means=0.1;x)"))
        .hasMessageContaining("gaussian: parameter 'means' value '0.1;x': 'x' is not a number");
    assertThatThrownBy(() -> BanditRegistry.createProblem("gaussian(means=0.1,sigma=-1)"))
        .hasMessageContaining("parameter 'sigma' value '-1'");
    assertThatThrownBy(() -> BanditRegistry.createProblem("bernouli(0.5)"))
        .hasMessageStartingWith("unknown bandit problem 'bernouli'; known: adversarial, bernoulli");
    assertThatThrownBy(() -> BanditRegistry.createProblem("bernoulli(means=[0.5)"))
        .hasMessageStartingWith("bad bandit problem string 'bernoulli(means=[0.5)'");
    assertThatThrownBy(() -> BanditRegistry.createProblem("bernoulli"))
        .hasMessage("bernoulli: parameter 'means' is required; allowed: the arms' expected rewards, e.g. [0.1,0.5,0.9]"
            + " or 0.1;0.5;0.9");
    assertThatThrownBy(() -> BanditRegistry.createProblem("adversarial(arms=100,rounds=1000000)"))
        .hasMessageStartingWith("adversarial: a generated table needs arms >= 1, rounds >= 1, period >= 1 and arms * rounds"
            + " <= 10000000");
    assertThatThrownBy(() -> BanditRegistry.createProblem("piecewise(changes=[5,3],means=0.1|0.2|0.3)"))
        .hasMessageContaining("parameter 'changes' value '[5,3]' is not increasing");
    assertThatThrownBy(() -> BanditRegistry.createProblem("piecewise(changes=[5],means=0.1;0.2|0.3)"))
        .hasMessageContaining("row 2 has 1 entries, row 1 has 2");
    assertThatThrownBy(() -> BanditRegistry.createProblem("piecewise(changes=[5],means=0.1;0.2)"))
        .hasMessage("piecewise: give one row of means per segment: 2 rows for 1 change points, got 1");
    BanditSetting setting = new BanditSetting(2, 100);
    SplittableRandom random = new SplittableRandom(1);
    assertThatThrownBy(() -> BanditRegistry.createPolicy("exp3(gamma=2)", setting, random))
        .isInstanceOf(GameSpecException.class)
        .hasMessage("exp3: parameter 'gamma' value '2' is out of range; allowed: number in [0, 1]");
    assertThatThrownBy(() -> BanditRegistry.createPolicy("ucb1(alpha=2)", setting, random))
        .hasMessage("ucb1: unknown parameter 'alpha'; allowed: c");
    assertThatThrownBy(() -> BanditRegistry.createPolicy("kl-ucb(kl=beta)", setting, random))
        .hasMessage("kl-ucb: parameter 'kl' value 'beta' is not allowed; allowed: one of bernoulli, gaussian, poisson, exponential");
    assertThatThrownBy(() -> BanditRegistry.createPolicy("exp3(0.1)", setting, random))
        .hasMessage("bad bandit policy string 'exp3(0.1)': options are written key=value, e.g. exp3(gamma=0.1)");
    assertThatThrownBy(() -> BanditRegistry.createPolicy("ucb2", setting, random))
        .hasMessageStartingWith("unknown bandit policy 'ucb2'; known: bayes-ucb,");
  }
}

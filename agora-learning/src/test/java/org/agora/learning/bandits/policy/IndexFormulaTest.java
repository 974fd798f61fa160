package org.agora.learning.bandits.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.agora.learning.bandits.distribution.PoissonDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Index policies' formulas on hand examples, and the KL-UCB index solving kl(p, q) = bound. */
class IndexFormulaTest {

  @Test
  void ucb1IndexOnAHandExample() {
    Ucb1 policy = new Ucb1(2, 2);
    // Rounds 1-3: arm 0 gets 1, arm 1 gets 1 (initial pulls), then arm 0 gets 0.
    assertThat(policy.choose(1)).isZero();
    policy.update(0, 1);
    assertThat(policy.choose(2)).isEqualTo(1);
    policy.update(1, 1);
    policy.update(0, 0);
    // Round 4: arm 0 has mean 1/2 over 2 pulls, arm 1 mean 1 over 1 pull.
    // index_0 = 0.5 + sqrt(2 ln 4 / 2) = 0.5 + sqrt(ln 4) = 1.677410...; index_1 = 1 + sqrt(2 ln 4) = 2.665109...
    assertThat(policy.index(0, 4)).isCloseTo(0.5 + Math.sqrt(Math.log(4)), within(1e-15));
    assertThat(policy.index(0, 4)).isCloseTo(1.6774100225154747, within(1e-12));
    assertThat(policy.index(1, 4)).isCloseTo(2.665109222315395, within(1e-12));
    assertThat(policy.choose(4)).isEqualTo(1);
  }

  @Test
  void ucb1PicksTheLargerIndexNotTheLargerMean() {
    Ucb1 policy = new Ucb1(2, 2);
    // Arm 0: 9 pulls, mean 0.6; arm 1: 1 pull, mean 0.5. At t = 10 index_1 = 0.5 + sqrt(2 ln 10) = 2.646 beats
    // index_0 = 0.6 + sqrt(2 ln 10 / 9) = 1.315.
    policy.update(1, 0.5);
    for (int i = 0; i < 9; i++) {
      policy.update(0, 0.6);
    }
    assertThat(policy.choose(10)).isEqualTo(1);
  }

  @Test
  void mossAndUcbVIndicesFollowTheirFormulas() {
    Moss moss = new Moss(2, 100);
    moss.update(0, 1);
    moss.update(0, 0);
    // mean 1/2 + sqrt(ln(100 / (2 * 2)) / 2) = 0.5 + sqrt(ln 25 / 2)
    assertThat(moss.index(0)).isCloseTo(0.5 + Math.sqrt(Math.log(25) / 2), within(1e-15));
    UcbV ucbV = new UcbV(1, 1.2, 1, 1);
    ucbV.update(0, 1);
    ucbV.update(0, 0);
    // mean 1/2, empirical variance 1/4, E = 1.2 ln 10: 0.5 + sqrt(2 * 0.25 * E / 2) + 3 E / 2
    double e = 1.2 * Math.log(10);
    assertThat(ucbV.index(0, 10)).isCloseTo(0.5 + Math.sqrt(0.25 * e) + 1.5 * e, within(1e-14));
  }

  @Test
  void klUcbIndexMatchesScipyRoots() {
    // Roots of kl(p, q) = bound found with scipy.optimize.brentq.
    assertThat(KlDivergence.BERNOULLI.upperIndex(0.3, 0.5, 1)).isCloseTo(0.7713823286075752, within(1e-10));
    assertThat(KlDivergence.POISSON.upperIndex(2.0, 0.7, 1)).isCloseTo(4.169111549987787, within(1e-9));
    assertThat(KlDivergence.EXPONENTIAL.upperIndex(1.5, 0.2, 1)).isCloseTo(3.041119439560016, within(1e-9));
    // Gaussian closed form p + sigma sqrt(2 bound).
    assertThat(KlDivergence.GAUSSIAN.upperIndex(0.2, 0.5, 2)).isCloseTo(0.2 + 2, within(1e-15));
  }

  @Test
  void klUcbIndexSolvesTheEquationOnRandomArguments() {
    SplittableRandom random = new SplittableRandom(3);
    for (KlDivergence divergence : KlDivergence.values()) {
      for (int i = 0; i < 2000; i++) {
        double p = divergence == KlDivergence.BERNOULLI ? random.nextDouble(0.001, 0.999) : random.nextDouble(0.01, 20);
        double bound = Math.exp(random.nextDouble(-8, 1.5));
        double q = divergence.upperIndex(p, bound, 1.5);
        if (divergence == KlDivergence.BERNOULLI && divergence.divergence(p, 1 - 1e-15, 1.5) <= bound) {
          assertThat(q).isEqualTo(1);
          continue;
        }
        assertThat(q).isGreaterThanOrEqualTo(p);
        // The root lies within 1e-10 (relative) of q: kl changes sign across [q - delta, q + delta]
        // (or kl(q) matches the bound to 1e-9 where kl is flat).
        double delta = 1e-10 * Math.max(1, q);
        boolean brackets = divergence.divergence(p, q - delta, 1.5) <= bound
            && (q + delta >= 1 && divergence == KlDivergence.BERNOULLI || divergence.divergence(p, q + delta, 1.5) >= bound);
        boolean close = Math.abs(divergence.divergence(p, q, 1.5) - bound) <= 1e-9 * Math.max(1, bound);
        assertThat(brackets || close).as("%s p=%s bound=%s q=%s", divergence, p, bound, q).isTrue();
      }
    }
  }

  @Test
  void warmStartedKlUcbIndexIsTheColdOne() {
    SplittableRandom random = new SplittableRandom(4);
    for (KlDivergence divergence : KlDivergence.values()) {
      for (int i = 0; i < 2000; i++) {
        double p = divergence == KlDivergence.BERNOULLI ? random.nextDouble(0.001, 0.999) : random.nextDouble(0.01, 20);
        double bound = Math.exp(random.nextDouble(-8, 1.5));
        double cold = divergence.upperIndex(p, bound, 1.5);
        double guess = cold * (1 + random.nextDouble(-0.01, 0.01));
        assertThat(divergence.upperIndex(p, bound, 1.5, guess)).as("%s p=%s bound=%s", divergence, p, bound)
            .isCloseTo(cold, within(1e-9 * Math.max(1, cold)));
      }
    }
  }

  @ParameterizedTest
  @EnumSource(value = KlDivergence.class, names = {"BERNOULLI", "POISSON", "EXPONENTIAL"})
  void klUcbChoosesTheLargestIndexDespitePruning(KlDivergence divergence) {
    SplittableRandom random = new SplittableRandom(5);
    double[] means = {0.05, 0.3, 0.5, 0.52, 0.7, 0.9, 0.91};
    KlUcb policy = new KlUcb(means.length, divergence, 1, 1);
    for (long round = 1; round <= 20_000; round++) {
      int arm = policy.choose(round);
      if (round > means.length) {
        double best = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < means.length; k++) {
          best = Math.max(best, policy.index(k, round));
        }
        assertThat(policy.index(arm, round)).as("round %s", round).isGreaterThanOrEqualTo(best - 1e-9);
      }
      double reward = switch (divergence) {
        case BERNOULLI -> random.nextDouble() < means[arm] ? 1 : 0;
        case POISSON -> PoissonDistribution.sample(means[arm], random);
        default -> -means[arm] * Math.log1p(-random.nextDouble());
      };
      policy.update(arm, reward);
    }
  }

  @Test
  void klUcbUsesTheLogTBudget() {
    KlUcb policy = new KlUcb(2, KlDivergence.BERNOULLI, 0, 1);
    policy.update(0, 1);
    policy.update(0, 0);
    policy.update(0, 1);
    policy.update(0, 0);
    // n = 4, mean 1/2, t = 50: q solves 4 kl(0.5, q) = ln 50.
    double q = policy.index(0, 50);
    assertThat(4 * KlDivergence.BERNOULLI.divergence(0.5, q, 1)).isCloseTo(Math.log(50), within(1e-9));
  }

  @Test
  void tsallisInfProbabilitiesSumToOneAndFollowTheClosedForm() {
    TsallisInf policy = new TsallisInf(3, new SplittableRandom(1));
    // Equal losses: uniform distribution, and x = L - 2 sqrt(K) / eta since 3 * 4 / (eta (L - x))^2 = 1.
    double x = policy.computeProbabilities(4);
    assertThat(x).isCloseTo(-2 * Math.sqrt(3) / (2 / Math.sqrt(4)), within(1e-9));
    for (int arm = 0; arm < 3; arm++) {
      assertThat(policy.probability(arm)).isCloseTo(1.0 / 3, within(1e-12));
    }
    policy.choose(1);
    policy.update(1, 0);
    policy.choose(2);
    policy.update(2, 0.5);
    double normaliser = policy.computeProbabilities(9);
    double sum = 0;
    for (int arm = 0; arm < 3; arm++) {
      sum += policy.probability(arm);
    }
    assertThat(sum).isCloseTo(1, within(1e-12));
    assertThat(policy.probability(0)).isGreaterThan(policy.probability(2)).isGreaterThan(policy.probability(1));
    // p_0 = 4 / (eta (0 - x))^2 with eta = 2/3 (arm 0 has no loss).
    assertThat(policy.probability(0)).isCloseTo(4 / Math.pow(2.0 / 3 * -normaliser, 2), within(1e-9));
  }

  @Test
  void exp3TunedRateAndBoundFollowCorollary32() {
    // gamma = min(1, sqrt(K ln K / ((e - 1) g))), bound 2 sqrt(e - 1) sqrt(g K ln K); K = 3, g = 10^4.
    assertThat(Exp3.tunedGamma(3, 10_000)).isCloseTo(Math.sqrt(3 * Math.log(3) / ((Math.E - 1) * 10_000)), within(1e-15));
    assertThat(Exp3.regretBound(3, 10_000)).isCloseTo(2 * Math.sqrt(Math.E - 1) * Math.sqrt(30_000 * Math.log(3)), within(1e-9));
  }

  @Test
  void decayingEpsilonFollowsTheSchedule() {
    EpsilonGreedy policy = new EpsilonGreedy(4, 0.1, true, 0.2, 0.1, new SplittableRandom(1));
    // min(1, c K / (d^2 t)) = min(1, 0.8 / (0.01 t)) = 80 / t
    assertThat(policy.explorationProbability(40)).isEqualTo(1);
    assertThat(policy.explorationProbability(800)).isCloseTo(0.1, within(1e-15));
  }
}

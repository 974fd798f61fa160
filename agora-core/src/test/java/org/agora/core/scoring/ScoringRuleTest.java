package org.agora.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScoringRuleTest {

  @Test
  void knownValues() {
    // ln(1/2); 2*0.7 - (0.49 + 0.09) = 0.82; 0.8 / ||(0.6, 0.8)|| = 0.8 / 1.
    assertThat(LogarithmicScoringRule.INSTANCE.score(new double[] {0.5, 0.5}, 0)).isCloseTo(Math.log(0.5),
        within(1e-15));
    assertThat(QuadraticScoringRule.INSTANCE.score(new double[] {0.7, 0.3}, 0)).isCloseTo(0.82, within(1e-15));
    assertThat(SphericalScoringRule.INSTANCE.score(new double[] {0.6, 0.8}, 1)).isCloseTo(0.8, within(1e-15));
    // Quadratic expected-score loss is ||p - q||^2: p = (0.5, 0.5), q = (0.8, 0.2): 0.09 + 0.09.
    double[] p = {0.5, 0.5};
    double[] q = {0.8, 0.2};
    assertThat(QuadraticScoringRule.INSTANCE.expectedScore(p, p) - QuadraticScoringRule.INSTANCE.expectedScore(p, q))
        .isCloseTo(0.18, within(1e-12));
    // Log loss is KL(p || q) = 0.5 ln(0.5/0.8) + 0.5 ln(0.5/0.2).
    assertThat(LogarithmicScoringRule.INSTANCE.expectedScore(p, p) - LogarithmicScoringRule.INSTANCE.expectedScore(p, q))
        .isCloseTo(0.5 * Math.log(0.5 / 0.8) + 0.5 * Math.log(0.5 / 0.2), within(1e-12));
  }

  @ParameterizedTest
  @ValueSource(strings = {"log", "quadratic", "spherical"})
  void strictlyProperOnSeededRandomBeliefs(String name) {
    ScoringRule rule = ScoringRule.named(name);
    SplittableRandom random = new SplittableRandom(42);
    for (int trial = 0; trial < 300; trial++) {
      int outcomes = 2 + random.nextInt(5);
      double[] belief = randomDistribution(random, outcomes);
      double truthful = rule.expectedScore(belief, belief);
      for (int k = 0; k < 20; k++) {
        double[] report = perturb(random, belief, 0.01 + 0.3 * random.nextDouble());
        assertThat(rule.expectedScore(belief, report)).as("%s trial %d", name, trial).isLessThan(truthful);
      }
    }
  }

  @Test
  void unknownRuleNamesTheAllowedOnes() {
    assertThatThrownBy(() -> ScoringRule.named("cubic")).hasMessageContaining("'cubic'")
        .hasMessageContaining("log, quadratic, spherical");
  }

  /** A distribution with entries bounded away from 0 (normalised uniforms plus a floor). */
  static double[] randomDistribution(SplittableRandom random, int outcomes) {
    double[] p = new double[outcomes];
    double total = 0;
    for (int o = 0; o < outcomes; o++) {
      p[o] = 0.05 + random.nextDouble();
      total += p[o];
    }
    for (int o = 0; o < outcomes; o++) {
      p[o] /= total;
    }
    return p;
  }

  /** A different distribution: the mixture (1 - size) p + size r for a random distribution r != p. */
  static double[] perturb(SplittableRandom random, double[] p, double size) {
    double[] r = randomDistribution(random, p.length);
    double[] q = new double[p.length];
    for (int o = 0; o < p.length; o++) {
      q[o] = (1 - size) * p[o] + size * r[o];
    }
    return q;
  }
}

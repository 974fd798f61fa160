package org.agora.evaluation.alpharank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StationaryDistributionTest {

  @Test
  void twoStateChainHasTheClosedForm() {
    // pi = (q, p) / (p + q) for P = [[1-p, p], [q, 1-q]]
    double p = 0.3;
    double q = 0.1;
    double[] pi = StationaryDistribution.of(new double[] {1 - p, p, q, 1 - q}, 2);
    assertThat(pi[0]).isCloseTo(q / (p + q), within(1e-15));
    assertThat(pi[1]).isCloseTo(p / (p + q), within(1e-15));
  }

  @Test
  void anEscapeProbabilityAtTheBottomOfTheDoubleRangeDoesNotOverflow() {
    // state 1 leaves with probability 1e-320 (subnormal) and is entered with probability 0.5: the
    // unnormalised mass 0.5 / 1e-320 overflows a double, which once turned the result into NaN
    double leave = 1e-320;
    double[] pi = StationaryDistribution.of(new double[] {0.5, 0.5, leave, 1 - leave}, 2);
    assertThat(pi[1]).isEqualTo(1.0);
    assertThat(pi[0]).isBetween(0.0, 1e-300);
  }

  @Test
  void overflowInTheMiddleOfALongerChainKeepsTheUpperStates() {
    // 0 -> 1 often; 1 -> 0 almost never; 1 <-> 2 evenly: all mass on {1, 2}, split evenly
    double leave = 1e-321;
    double[] transitions = {
        0.5, 0.5, 0.0,
        leave, 0.5 - leave, 0.5,
        0.0, 0.5, 0.5};
    double[] pi = StationaryDistribution.of(transitions, 3);
    assertThat(pi[0]).isBetween(0.0, 1e-300);
    assertThat(pi[1]).isCloseTo(0.5, within(1e-12));
    assertThat(pi[2]).isCloseTo(0.5, within(1e-12));
  }
}

package org.agora.markets.pacing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.agora.markets.auction.SingleItemFormat;
import org.agora.markets.auction.ValueTrace;
import org.junit.jupiter.api.Test;

class DualMirrorDescentPacingAgentTest {

  /**
   * As in {@link DualPacingAgentTest}: value 1 against U[0,1] competing bids in second price spends b^2/2 per
   * auction, so a per-auction target of 0.08 needs b = sqrt(0.16) = 0.4 (mu = 1.5). Near mu = 1.5 the
   * multiplicative step moves mu by about 1.5 x 0.05 x (z - rho)/unit: an AR(1) around mu* with coefficient
   * 1 - 0.075 x 32/40 = 0.94 and sd(mu) of about 0.016, sd(multiplier) about 0.003; the 100-step mean is far
   * tighter than the 0.01 allowed.
   */
  @Test
  void multiplierApproachesSqrtTwoRhoWithoutOverspending() {
    int steps = 200;
    int perStep = 500;
    int n = steps * perStep;
    double rho = 0.08;
    double[] values = new double[n];
    double[] competing = new double[n];
    SplittableRandom random = new SplittableRandom(11);
    for (int k = 0; k < n; k++) {
      values[k] = 1;
      competing[k] = random.nextDouble();
    }
    Campaign campaign = Campaign.even(rho * n, Double.NaN, steps);
    TraceReplay.Result result = TraceReplay.replay(new ValueTrace(values, competing),
        new DualMirrorDescentPacingAgent(0.05, 1, 100), campaign, SingleItemFormat.SECOND_PRICE, 0, 1);
    double mean = 0;
    for (int s = 60; s < 160; s++) {
      mean += result.multiplier()[s] / 100;
    }
    assertThat(mean).isCloseTo(Math.sqrt(2 * rho), within(0.01));
    assertThat(result.spend()).isLessThanOrEqualTo(campaign.budget());
    assertThat(result.spend()).isGreaterThan(0.95 * campaign.budget());
  }

  @Test
  void theUpdateIsMultiplicativeAndBounded() {
    DualMirrorDescentPacingAgent agent = new DualMirrorDescentPacingAgent(0.5, 1, 4);
    Campaign campaign = Campaign.even(10, Double.NaN, 2);
    agent.startPeriod(campaign, 2, new SplittableRandom(1));
    assertThat(agent.multiplier(0)).isEqualTo(0.5);
    agent.endStep(0, new StepOutcome(1, 1, 1, 7, 1, 0, 3)); // spent 7 against 5, unit 5: mu x exp(0.5 x 2/5)
    assertThat(agent.dual()).isCloseTo(Math.exp(0.2), within(1e-12));
    agent.endStep(1, new StepOutcome(1, 1, 1, 1000, 1, 0, 0)); // vast overspend: capped at the bound
    assertThat(agent.dual()).isEqualTo(4);
    agent.startPeriod(campaign, 2, new SplittableRandom(1));
    assertThat(agent.dual()).isEqualTo(1);
    assertThatThrownBy(() -> new DualMirrorDescentPacingAgent(0.1, 0, 1)).hasMessageContaining("0 < initial dual");
  }

  @Test
  void bidderStringsBuildIt() {
    BidderSetup setup = BidderStrings.parse("mirror(budget=5,step=0.2,mu0=2)");
    assertThat(setup.agents().get()).isInstanceOf(DualMirrorDescentPacingAgent.class);
    assertThatThrownBy(() -> BidderStrings.parse("mirror(budget=5,mu0=0)")).hasMessageContaining("mu0");
  }
}
